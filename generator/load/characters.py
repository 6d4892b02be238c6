"""Invisible and look-alike characters, found before parsing and named with their exact position.

Text pasted from Word or a web page brings characters that look like ordinary ones but are not
YAML: a non-breaking space after a colon makes `title: X` a single word, a zero-width space makes
`ohjaaja` a different id that prints exactly the same, a typographic quote is not a quote and an
en dash is not a list marker. libyaml then reports a symptom somewhere else ("puuttuu kaksoispiste",
"tuntematon rooli 'ohjaaja'"); we name the character itself, where it is, and how to fix it.

Only places where the character changes the YAML are errors: zero-width characters anywhere (they
are never meaningful in a model), space look-alikes in indentation, next to `:`, `-` or `#` and at
the end of a line, a dash where YAML expects the list marker `-`, and typographic quotes around a
whole value. A non-breaking space between two words or an en dash in prose (`3–24 kuukautta`) is
correct Finnish typography and stays.

`scan_characters` also returns the text with those characters repaired, so validation can go on
and report what is really wrong in the rest of the file instead of a cascade of follow-up errors.
The repaired text is never written anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator import codes
from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.messages import message

# Each character → the id of its Finnish name (`load.characters.<id>` in the message catalogue).
# Never meaningful in a model: removed from the text that is parsed.
ZERO_WIDTH = {
    "\u200b": "zero_width_space",
    "\u200c": "zero_width_non_joiner",
    "\u200d": "zero_width_joiner",
    "\u2060": "word_joiner",
    "\ufeff": "byte_order_mark",
    "\u00ad": "soft_hyphen",
    "\u180e": "mongolian_vowel_separator",
}
# Line breaks to YAML (libyaml ends a line at each) that an editor shows inside a line, or not at all: never meant in a
# model, so removed wherever they are, in comments too (a comment would end there and the rest be read as YAML).
LINE_BREAK_LIKE = {
    "\x85": "next_line",
    "\u2028": "line_separator",
    "\u2029": "paragraph_separator",
}
# Look like a space but are not one for YAML: replaced by a space where YAML needs one.
SPACE_LIKE = {
    "\u00a0": "no_break_space",
    "\u202f": "narrow_no_break_space",
    "\u2007": "figure_space",
    "\u2002": "en_space",
    "\u2003": "em_space",
    "\u2009": "thin_space",
    "\u3000": "ideographic_space",
}
DASHES = {
    "\u2013": "en_dash",
    "\u2014": "em_dash",
    "\u2212": "minus_sign",
    "\u2010": "hyphen",
}
QUOTES = {
    "\u201c": "left_double_quote",
    "\u201d": "right_double_quote",
    "\u201e": "low_double_quote",
    "\u2018": "left_single_quote",
    "\u2019": "right_single_quote",
    "\u00ab": "left_guillemet",
    "\u00bb": "right_guillemet",
}
_SINGLE = {"\u2018", "\u2019"}
_SPACES = " \t" + "".join(SPACE_LIKE)
_INDENT = re.compile(f"[{_SPACES}]*")
_KEY = re.compile(f"[^{_SPACES}#:'\"{{}}\\[\\],][^#:]*?[{_SPACES}]*:(?=[{_SPACES}]|$)")
_BLOCK_HEADER = re.compile(r"[|>][-+0-9]*\s*(#.*)?$")
# Every finding is one of these characters: a file without any (nearly every file) needs no line-by-line scan.
_NAME_IDS = {**ZERO_WIDTH, **LINE_BREAK_LIKE, **SPACE_LIKE, **DASHES, **QUOTES}
_SUSPECT = re.compile("[" + "".join(_NAME_IDS) + "]")
_ZERO_WIDTH = re.compile("[" + "".join(ZERO_WIDTH) + "]")
_LINE_BREAK_LIKE = re.compile("[" + "".join(LINE_BREAK_LIKE) + "]")


@dataclass(frozen=True, slots=True)
class Finding:
    """One character at a 1-based line and column, and what it should be instead."""

    line: int
    column: int
    char: str
    replacement: str


@dataclass(slots=True)
class _Line:
    number: int
    text: str
    findings: list[Finding]

    def add(self, index: int, replacement: str) -> None:
        if any(f.column == index + 1 for f in self.findings):
            return
        self.findings.append(Finding(self.number, index + 1, self.text[index], replacement))


def scan_characters(text: str, file: str) -> tuple[str, list[Diagnostic]]:
    """The diagnostics for every invisible or look-alike character, and the text with them repaired."""
    if _SUSPECT.search(text) is None:
        return text, []
    findings: list[Finding] = []
    block_indent: int | None = None
    lines = text.split("\n")
    for number, raw in enumerate(lines, start=1):
        line = _Line(number, raw, [])
        indent = len(_INDENT.match(raw).group())  # type: ignore[union-attr]
        content = raw[indent:]
        for found in _LINE_BREAK_LIKE.finditer(raw):
            line.add(found.start(), "")
        # a comment is the maintainer's own note: nothing in it but a line break changes the model
        if not content.startswith("#"):
            if block_indent is not None and (not content or indent > block_indent):
                _scan_block_content(line, indent)
            else:
                block_indent = _scan_structure(line, indent)
            _scan_zero_width(line)
        findings.extend(sorted(line.findings, key=lambda f: f.column))
    return _repair(lines, findings), [_diagnostic(f, file) for f in findings]


def _scan_zero_width(line: _Line) -> None:
    for found in _ZERO_WIDTH.finditer(line.text):
        line.add(found.start(), "")


def _scan_block_content(line: _Line, indent: int) -> None:
    """Inside a `|` or `>` block only the indentation is YAML; the rest is the maintainer's prose."""
    for index in range(indent):
        if line.text[index] in SPACE_LIKE:
            line.add(index, " ")


def _scan_structure(line: _Line, indent: int) -> int | None:
    """Indentation, list markers, the key and the start and end of the value; returns the indentation
    of a key whose value is a block scalar (its content lines follow)."""
    text = line.text
    _spaces_in(line, 0, indent)
    at = indent
    while at < len(text) and (text[at] == "-" or text[at] in DASHES) and _space_or_end(text, at + 1):
        if text[at] in DASHES:
            line.add(at, "-")
        gap = len(_INDENT.match(text, at + 1).group())  # type: ignore[union-attr]
        _spaces_in(line, at + 1, at + 1 + gap)
        at += 1 + gap
    key = _KEY.match(text, at)
    if key is not None and not text.startswith("#", at):
        _spaces_in(line, at, key.end())
        gap = len(_INDENT.match(text, key.end()).group())  # type: ignore[union-attr]
        _spaces_in(line, key.end(), key.end() + gap)
        at = key.end() + gap
    value = text[at:]
    _trailing_and_comment(line, at)
    _wrapped_in_typographic_quotes(line, at)
    return indent if key is not None and _BLOCK_HEADER.match(value) else None


def _trailing_and_comment(line: _Line, start: int) -> None:
    text = line.text
    end = len(text.rstrip(_SPACES))
    _spaces_in(line, max(start, end), len(text))
    comment = text.find("#", start)
    while comment > start:
        if text[comment - 1] in SPACE_LIKE:
            line.add(comment - 1, " ")
        comment = text.find("#", comment + 1)


def _wrapped_in_typographic_quotes(line: _Line, start: int) -> None:
    """`title: ”Teksti”` — Word's quotes are not quotes to YAML; they would become part of the text."""
    text = line.text
    value = text[start:].rstrip(_SPACES)
    if len(value) < 2 or value[0] not in QUOTES or value[-1] not in QUOTES:
        return
    straight = "'" if value[0] in _SINGLE and value[-1] in _SINGLE else '"'
    line.add(start, straight)
    line.add(start + len(value) - 1, straight)


def _spaces_in(line: _Line, start: int, end: int) -> None:
    for index in range(start, end):
        if line.text[index] in SPACE_LIKE:
            line.add(index, " ")


def _space_or_end(text: str, index: int) -> bool:
    return index >= len(text) or text[index] in _SPACES


def _repair(lines: list[str], findings: list[Finding]) -> str:
    if not findings:
        return "\n".join(lines)
    by_line: dict[int, list[Finding]] = {}
    for finding in findings:
        by_line.setdefault(finding.line, []).append(finding)
    for number, found in by_line.items():
        chars = list(lines[number - 1])
        for finding in found:
            chars[finding.column - 1] = finding.replacement
        lines[number - 1] = "".join(chars)
    return "\n".join(lines)


def character_name(char: str) -> str:
    name_id = _NAME_IDS.get(char)
    return message(f"load.characters.{name_id}") if name_id else f"U+{ord(char):04X}"


def _diagnostic(finding: Finding, file: str) -> Diagnostic:
    name = character_name(finding.char)
    if finding.char in ZERO_WIDTH or finding.char in LINE_BREAK_LIKE or finding.char in SPACE_LIKE:
        fix = message("load.character_fix.remove" if finding.replacement == "" else "load.character_fix.space")
        effect = message("load.character_effect.line_break" if finding.char in LINE_BREAK_LIKE
                         else "load.character_effect.not_a_space")
        return dg.make(codes.Y006, file, finding.line, finding.column, name=name, fix=fix, effect=effect)
    if finding.char in DASHES:
        expected, advice = message("load.expected_dash"), ""
    else:
        expected = message("load.expected_quote", quote=finding.replacement)
        advice = message("load.typographic_quotes_advice")
    return dg.make(codes.Y007, file, finding.line, finding.column, name=name, expected=expected,
                   replacement=finding.replacement, advice=advice)

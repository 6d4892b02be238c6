"""A YAML syntax error at the line where the maintainer made the mistake, with a specific code.

libyaml stops where the text stopped making sense, which is often a line or ten lines after the
mistake: a missing colon is noticed at the next key, an unclosed `"` where the next `"` closes it,
`-id:` where the next `- ` item begins. We look at the lines up to libyaml's position for the
mistakes maintainers really make and name the first one found; when none fits, libyaml's own
position is kept and its message is given in Finnish (Y001).

Mistakes found even when the file parses: a value that starts with `#` (YAML reads the rest of the
line as a comment, so the value silently becomes empty). `quote_comment_values` names those and
quotes them in the text that is parsed, so nothing else on the line is reported as a follow-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator import codes
from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.load.yaml_messages import finnish_problem
from generator.messages import message

_ITEMS = r"(?:-[ ]+)*"
_KEY_LINE = re.compile(rf"^(?P<indent>[ ]*{_ITEMS})(?P<key>[A-Za-z_][\w-]*)[ ]*:(?:[ ]+(?P<value>.*)|$)")
_NO_SPACE = re.compile(rf"^(?P<indent>[ ]*{_ITEMS})(?P<key>[A-Za-z_][\w]*):(?P<value>[^\s:/].*)$")
_NO_COLON = re.compile(rf"^(?P<indent>[ ]*{_ITEMS})(?P<key>[A-Za-z_][\w]*)(?P<value>[ ]+[^:#]*)?$")
_DASH_NO_SPACE = re.compile(r"^(?P<indent>[ ]*)-(?P<rest>[A-Za-z_][\w]*:(?:[ ].*|$))")
_BLOCK_HEADER = re.compile(r"^[|>][-+1-9]{0,2}[ ]*(?:#.*)?$")
_ANCHOR_OR_ALIAS = re.compile(r"^[&*][\w-]+(?:[ ]+.*)?$")
_TAG = re.compile(r"^![\w!/:.-]*(?:[ ]+.*)?$")

# A character that means something to YAML at the start of a value → the id of its explanation
# (`load.special_meanings.<id>` in the message catalogue).
SPECIAL_MEANINGS = {
    "[": "flow_sequence",
    "{": "flow_mapping",
    "*": "alias",
    "&": "anchor",
    "!": "tag",
    "|": "literal_block",
    ">": "folded_block",
    "@": "reserved_at",
    "`": "reserved_backtick",
    "%": "directive",
    "#": "comment",
}


# Problems whose position and Finnish wording already say it all.
_OWN_WORDS_ARE_BEST = {"did not find expected <document start>", "but found another document",
                       "found a tab character that violates indentation",
                       "found a tab character where an indentation space is expected"}


@dataclass(frozen=True, slots=True)
class _Value:
    """The value part of a line: where it starts (0-based column) and its text."""

    line: int
    column: int
    text: str
    key: str | None


def syntax_error(text: str, file: str, exc: Any) -> Diagnostic:
    """The diagnostic for a libyaml error: the real mistake when we recognise it, else Y001 in Finnish."""
    problem = str(exc.problem or exc.context or "")
    mark = exc.problem_mark or exc.context_mark
    line = mark.line if mark is not None else 0
    lines = text.split("\n")
    context = exc.context_mark
    if exc.context == "while scanning a quoted scalar" and context is not None:
        quote = lines[context.line][context.column] if context.column < len(lines[context.line]) else '"'
        return dg.make(codes.Y009, file, context.line + 1, context.column + 1, quote=quote)
    if exc.context == "while scanning a simple key" and context is not None:
        line = context.line  # libyaml notices a missing ':' only on the next line
        found = _missing_colon_or_space(lines, line, file)
        if found is not None:
            return found
        return _y001(file, line, context.column, problem)
    if problem in _OWN_WORDS_ARE_BEST:
        return _y001(file, line, mark.column if mark is not None else 0, problem)
    found = _first_mistake(lines, min(line, len(lines) - 1), file)
    if found is not None:
        return found
    if problem.startswith("mapping values are not allowed"):
        found = _deeper_than_siblings(lines, min(line, len(lines) - 1), file)
        if found is not None:
            return found
    return _y001(file, line, mark.column if mark is not None else 0, problem)


def _deeper_than_siblings(lines: list[str], index: int, file: str) -> Diagnostic | None:
    """`key: value` indented more than the key above it, which already has a value: one space too many."""
    here = _KEY_LINE.match(lines[index])
    if here is None:
        return None
    for other in range(index - 1, -1, -1):
        above = _KEY_LINE.match(lines[other])
        if above is None:
            continue
        column, above_column = len(here.group("indent")), len(above.group("indent"))
        if column <= above_column or not (above.group("value") or "").strip():
            return None
        problem = message("load.indentation", name=here.group("key"), column=column, above=above.group("key"),
                          above_column=above_column)
        return dg.make(codes.Y001, file, index + 1, column + 1, problem=problem)
    return None


def _y001(file: str, line: int, column: int, problem: str) -> Diagnostic:
    return dg.make(codes.Y001, file, line + 1, column + 1, problem=finnish_problem(problem))


def _first_mistake(lines: list[str], last: int, file: str) -> Diagnostic | None:
    for index in _structural_lines(lines, last):
        for detector in (_dash_without_space, _special_first_character, _missing_colon_or_space, _unclosed_quote):
            found = detector(lines, index, file)
            if found is not None:
                return found
    return None


def _structural_lines(lines: list[str], last: int) -> list[int]:
    """Lines 0..last that are YAML structure, not the content of a `|`/`>` block."""
    result: list[int] = []
    block_indent: int | None = None
    for index in range(last + 1):
        raw = lines[index]
        stripped = raw.lstrip(" ")
        indent = len(raw) - len(stripped)
        if block_indent is not None and (not stripped or indent > block_indent):
            continue
        block_indent = None
        if not stripped or stripped.startswith("#"):
            continue
        result.append(index)
        value = _value_of(lines, index)
        if value is not None and _BLOCK_HEADER.match(value.text):
            block_indent = indent
    return result


def _value_of(lines: list[str], index: int) -> _Value | None:
    match = _KEY_LINE.match(lines[index])
    if match is not None:
        value = match.group("value") or ""
        return _Value(index, match.end() - len(value), value, match.group("key"))
    raw = lines[index]
    item = re.match(r"^[ ]*(?:-[ ]+)+", raw)
    if item is not None:
        return _Value(index, item.end(), raw[item.end():], None)
    return None


def _dash_without_space(lines: list[str], index: int, file: str) -> Diagnostic | None:
    match = _DASH_NO_SPACE.match(lines[index])
    if match is None:
        return None
    found = lines[index].strip()
    fixed = "- " + found[1:]
    return dg.make(codes.Y011, file, index + 1, len(match.group("indent")) + 1, found=found, fixed=fixed)


def _missing_colon_or_space(lines: list[str], index: int, file: str) -> Diagnostic | None:
    raw = lines[index]
    no_space = _NO_SPACE.match(raw)
    if no_space is not None and not _KEY_LINE.match(raw):
        key, value = no_space.group("key"), no_space.group("value")
        column = len(no_space.group("indent")) + len(key) + 2
        return dg.make(codes.Y010, file, index + 1, column, found=raw.strip(), key=key,
                       missing=message("load.missing.space"), fixed=f"{key}: {value}")
    no_colon = _NO_COLON.match(raw)
    if no_colon is not None and _is_sibling_key(lines, index, len(no_colon.group("indent"))):
        key, value = no_colon.group("key"), (no_colon.group("value") or "").strip()
        column = len(no_colon.group("indent")) + len(key) + 1
        fixed = f"{key}: {value}" if value else f"{key}:"
        return dg.make(codes.Y010, file, index + 1, column, found=raw.strip(), key=key,
                       missing=message("load.missing.colon"), fixed=fixed)
    return None


def _is_sibling_key(lines: list[str], index: int, column: int) -> bool:
    """A line without ':' is a mistake only where a key belongs: not deeper than the keys around it
    (a more indented line under `key: value` is the value's continuation)."""
    for other in range(index - 1, -1, -1):
        match = _KEY_LINE.match(lines[other])
        if match is None:
            continue
        key_column = len(match.group("indent"))
        has_value = bool((match.group("value") or "").strip()) and not _BLOCK_HEADER.match(match.group("value"))
        return column <= key_column or not has_value
    return True


def _special_first_character(lines: list[str], index: int, file: str) -> Diagnostic | None:
    value = _value_of(lines, index)
    if value is None or not value.text or value.text[0] not in SPECIAL_MEANINGS or value.text[0] == "#":
        return None
    if _legitimate_special(lines, value):
        return None
    return _special(file, value, lines[index])


def _special(file: str, value: _Value, raw: str) -> Diagnostic:
    body = value.text.rstrip()
    quoted = "'" + body.replace("'", "''") + "'"
    example = raw[:value.column].strip() + " " + quoted
    return dg.make(codes.Y008, file, value.line + 1, value.column + 1, char=body[0],
                   meaning=message(f"load.special_meanings.{SPECIAL_MEANINGS[body[0]]}"), example=example.strip())


def _legitimate_special(lines: list[str], value: _Value) -> bool:
    text = value.text.rstrip()
    first = text[0]
    if first in "[{":
        return _closes_cleanly(lines, value)
    if first in "|>":
        return bool(_BLOCK_HEADER.match(text))
    if first in "&*":
        return bool(_ANCHOR_OR_ALIAS.match(text)) and not text.rstrip().endswith(first)
    if first == "!":
        return bool(_TAG.match(text))
    return False


def _closes_cleanly(lines: list[str], value: _Value) -> bool:
    """A flow collection is fine when its brackets balance and nothing but a comment follows."""
    depth, quote = 0, ""
    index, column = value.line, value.column
    while index < len(lines):
        text = lines[index]
        while column < len(text):
            char = text[column]
            if quote:
                quote = "" if char == quote else quote
            elif char in "'\"":
                quote = char
            elif char in "[{":
                depth += 1
            elif char in "]}":
                depth -= 1
                if depth == 0:
                    rest = text[column + 1:].strip()
                    return not rest or rest.startswith("#")
            column += 1
        index, column = index + 1, 0
    return False


def _unclosed_quote(lines: list[str], index: int, file: str) -> Diagnostic | None:
    """A quoted value whose closing quote is on a later line, past lines that look like keys:
    the quote was left open and swallowed them."""
    value = _value_of(lines, index)
    if value is None or not value.text or value.text[0] not in "'\"":
        return None
    quote = value.text[0]
    if _closing_column(value.text, quote) is not None:
        return None
    for later in range(index + 1, len(lines)):
        if _KEY_LINE.match(lines[later]) or re.match(r"^[ ]*- ", lines[later]):
            return dg.make(codes.Y009, file, index + 1, value.column + 1, quote=quote)
        if _closing_column(lines[later], quote, start=0) is not None:
            return None
    return None


def _closing_column(text: str, quote: str, start: int = 1) -> int | None:
    at = start
    while at < len(text):
        if text[at] == quote:
            if quote == "'" and text[at + 1:at + 2] == "'":
                at += 2
                continue
            if quote == '"' and text[at - 1:at] == "\\":
                at += 1
                continue
            return at
        at += 1
    return None


_COMMENT_VALUE = re.compile(rf"^(?P<lead>[ ]*{_ITEMS}[A-Za-z_][\w-]*[ ]*:[ ]+)(?P<value>#\S.*)$")


def quote_comment_values(text: str, file: str) -> tuple[str, list[Diagnostic]]:
    """`title: #1 Työkokeilu` is an empty title and a comment. Name it (Y008) and quote the value in
    the text that is parsed, so the rest of the file is checked as the maintainer meant it."""
    lines = text.split("\n")
    found: list[Diagnostic] = []
    for index, raw in enumerate(lines):
        match = _COMMENT_VALUE.match(raw)
        if match is None or _has_children(lines, index, len(re.match(rf"^[ ]*{_ITEMS}", raw).group())):  # type: ignore[union-attr]
            continue
        value = _Value(index, len(match.group("lead")), match.group("value"), None)
        found.append(_special(file, value, raw))
        lines[index] = match.group("lead") + "'" + match.group("value").rstrip().replace("'", "''") + "'"
    return "\n".join(lines), found


def _has_children(lines: list[str], index: int, key_column: int) -> bool:
    for later in lines[index + 1:]:
        stripped = later.lstrip(" ")
        if stripped and not stripped.startswith("#"):
            indent = len(later) - len(stripped)
            return indent > key_column or (indent == key_column and stripped.startswith("- "))
    return False

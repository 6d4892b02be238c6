"""Untrusted text from pull requests: no raw HTML, scripts, unsafe links, extension syntax,
and no personal data (henkilötunnus, phone numbers, personal e-mail addresses)."""

from __future__ import annotations

import html
import re
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass

from generator import codes
from generator import diagnostics as dg
from generator.codes import Code
from generator.diagnostics import Diagnostic
from generator.load.files import LoadedFile
from generator.load.yaml_nodes import YMap, YNode, YScalar, YSeq
from generator.validate.context import RuleContext

_SCRIPT = re.compile(r"<\s*/?\s*script\b|\bon[a-z]+\s*=\s*[\"'`]?[^\s\"'`>]|<\s*(iframe|object|embed|svg|math)\b",
                     re.IGNORECASE)
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][\w:-]*(\s[^<>]*)?/?\s*>|<!--|<!\[CDATA\[|<\?|<![a-zA-Z]")
_MD_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")
_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)", re.MULTILINE)
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.\-]*:[^>\s]*)>")
_SAFE_SCHEMES = {"http", "https", "mailto"}
_EXTENSION_SYNTAX = re.compile(
    r"\{:?[^{}\n]*(?:^|\s|\{)[#.][\w-]+[^{}\n]*\}|\{:?[^{}\n]*\b[\w-]+\s*=[^{}\n]*\}|--8<--|^\s*\*\[[^\]]*\]:",
    re.MULTILINE,
)
_HETU = re.compile(r"(?<![\w-])(\d{2})(\d{2})(\d{2})([-+ABCDEFYXWVU])(\d{3})([0-9A-Y])(?![\w])")
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_PHONE = re.compile(r"(?<![\w/.,:-])(?:\+358|00358|0)[\s-]?\d{1,3}(?:[\s-]?\d){5,8}(?![\w/.,-]?\d)")
_EMAIL = re.compile(r"([\w.+-]+)\s*(?:@|\(a\)|\[at\]|\(at\))\s*([\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)
# Every markup pattern above needs one of these characters, every personal-data pattern a digit or an
# address sign: most texts have neither, and skipping them halves validation time at national scale.
_MARKUP_TRIGGER = re.compile(r"[<\[\]{=]")
_PERSONAL_TRIGGER = re.compile(r"\d|@|\((?:a|at)\)|\[at\]", re.IGNORECASE)
_PERSONAL_LOCAL = re.compile(r"^[^\W\d_]{2,}[.\-_][^\W\d_]{2,}$")


@dataclass(frozen=True, slots=True)
class _Finding:
    code: Code
    start: int
    params: dict[str, str]


CODES = (codes.H001, codes.H002, codes.H003, codes.H004, codes.D001, codes.D002, codes.D003)


def check(context: RuleContext) -> list[Diagnostic]:
    return [d for loaded in context.loaded for d in check_text_safety(loaded)]


def check_text_safety(loaded: LoadedFile) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for scalar in _scalars(loaded.root):
        for finding in _first_per_code(scan(scalar.text)):
            line, column = _locate(scalar, finding.start)
            out.append(dg.make(finding.code, loaded.path, line, column, **finding.params))
    return out


def _first_per_code(findings: list[_Finding]) -> list[_Finding]:
    """One finding per kind per text is enough to act on; '<script>…</script>' is one problem."""
    seen: set[str] = set()
    return [f for f in findings if not (f.code.id in seen or seen.add(f.code.id))]  # type: ignore[func-returns-value]


def scan(text: str) -> list[_Finding]:
    """All safety findings in one text, in order; a script is not also reported as plain HTML."""
    findings: list[_Finding] = []
    if _MARKUP_TRIGGER.search(text):
        findings.extend(_markup(text))
    if _PERSONAL_TRIGGER.search(text):
        findings.extend(_personal_data(text))
    return sorted(findings, key=lambda f: (f.start, f.code.id))


def _markup(text: str) -> list[_Finding]:
    findings: list[_Finding] = []
    script_spans = [m.span() for m in _SCRIPT.finditer(text)]
    for start, _end in script_spans:
        findings.append(_Finding(codes.H002, start, {"snippet": _snippet(text, start)}))
    for match in _TAG.finditer(text):
        if not any(a <= match.start() < b or match.start() <= a < match.end() for a, b in script_spans):
            findings.append(_Finding(codes.H001, match.start(), {"snippet": _snippet(text, match.start())}))
    findings.extend(_unsafe_links(text))
    for match in _EXTENSION_SYNTAX.finditer(text):
        findings.append(_Finding(codes.H004, match.start(), {"snippet": _snippet(text, match.start())}))
    return findings


def is_safe_url(url: str) -> bool:
    """Only http(s), mailto and scheme-less (site-relative or #anchor) destinations are allowed."""
    decoded = urllib.parse.unquote(html.unescape(url))
    compact = re.sub(r"[\x00-\x20\x7f]+", "", decoded).lower()
    scheme = re.match(r"^([a-z][a-z0-9+.\-]*):", compact)
    if scheme is None:
        return not compact.startswith("//") and "&#" not in url.lower()
    return scheme.group(1) in _SAFE_SCHEMES


def _unsafe_links(text: str) -> Iterator[_Finding]:
    for pattern in (_MD_LINK, _MD_REFDEF, _AUTOLINK):
        for match in pattern.finditer(text):
            url = match.group(1)
            if url and not is_safe_url(url):
                yield _Finding(codes.H003, match.start(1), {"url": url[:60]})


def _personal_data(text: str) -> Iterator[_Finding]:
    for match in _HETU.finditer(text):
        if _valid_hetu(match):
            yield _Finding(codes.D001, match.start(), {"snippet": match.group(0)})
    for match in _PHONE.finditer(text):
        yield _Finding(codes.D002, match.start(), {"snippet": match.group(0).strip()})
    for match in _EMAIL.finditer(text):
        if _PERSONAL_LOCAL.match(match.group(1)):
            yield _Finding(codes.D003, match.start(), {"snippet": match.group(0)})


def _valid_hetu(match: re.Match[str]) -> bool:
    day, month = int(match.group(1)), int(match.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    number = int(match.group(1) + match.group(2) + match.group(3) + match.group(5))
    return _HETU_CHECK[number % 31] == match.group(6)


def _snippet(text: str, start: int) -> str:
    piece = text[start:start + 40].splitlines()[0] if text[start:] else ""
    return piece


def _scalars(node: YNode) -> Iterator[YScalar]:
    if isinstance(node, YScalar):
        yield node
    elif isinstance(node, YSeq):
        for item in node.items:
            yield from _scalars(item)
    elif isinstance(node, YMap):
        for value in node.entries.values():
            yield from _scalars(value)


def _locate(scalar: YScalar, offset: int) -> tuple[int, int]:
    """Best position of a match inside a scalar: exact on the first line, line-accurate after."""
    before = scalar.text[:offset]
    newlines = before.count("\n")
    if newlines == 0 and not scalar.block:
        return scalar.pos.line, scalar.pos.column + offset + (1 if scalar.quoted else 0)
    line = scalar.pos.line + newlines + (1 if scalar.block else 0)
    column_in_line = offset - (before.rfind("\n") + 1)
    return line, scalar.indent + column_in_line + 1

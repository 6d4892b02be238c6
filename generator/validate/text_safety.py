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
from generator.validate.person_names import is_person_name

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
# Entity-encoded markup survives Markdown into attribute values, and Material's tooltips read `title` with
# innerHTML: "&lt;img …&gt;" becomes an element. Numeric references and named ones ending in ";" are refused;
# the four markup entities also without ";" (browsers decode "&lt" too).
_ENTITY = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[a-zA-Z][a-zA-Z0-9]{1,31};|(?:lt|gt|amp|quot))")
# [text](url "title"), [text](url 'title'), [text](url (title)) and reference definitions with a title
_LINK_TITLE = re.compile(r"\]\(\s*(?:<[^>\n]*>|[^\s)]*)\s+[\"'(]|^\s{0,3}\[[^\]]+\]:\s*\S+\s+[\"'(]", re.MULTILINE)
_IMAGE = re.compile(r"!\[[^\]\n]*\]")
_HETU = re.compile(r"(?<![\w-])(\d{2})(\d{2})(\d{2})([-+A-FU-Ya-fu-y])(\d{3})([0-9A-Ya-y])(?![\w])")
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
# +358 40 123 4567, +358 (0)40 123 4567, 00358…, (09) 123 4567, 040-123 4567, 040.123.4567, puh:0401234567
_PHONE = re.compile(
    r"(?<![\w/,-])(?:(?:\+|00)358[\s.-]*(?:\(0\)[\s.-]*)?\d{1,3}|\(0\d{1,2}\)|0\d{1,3})"
    r"(?:[\s.-]?\d){5,8}(?![\w/,-]?\d)"
)
_Y_TUNNUS = re.compile(r"^\d{7}-\d$")
_Y_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
_EMAIL = re.compile(r"([\w.+-]+)\s*(?:@|%40|\(a\)|\[at\]|\(at\))\s*([\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)
# Mannerheimintie 12 B 34, Hämeenkatu 5 as. 3, Storgatan 1: a capitalised street name with a house number
_ADDRESS = re.compile(
    r"\b[A-ZÅÄÖ][a-zåäöé-]*(?:katu|tie|kuja|tori|raitti|väylä|kaari|rinne|ranta|puisto|aukio|bulevardi|"
    r"esplanadi|piha|gatan|vägen|gränd)\s+\d{1,4}(?:\s?[A-Za-z](?![\w]))?(?:\s*(?:as\.\s*)?\d{1,4})?(?![\d,.]\d)"
)
# Every markup pattern above needs one of these characters, every personal-data pattern a digit or an
# address sign: most texts have neither, and skipping them halves validation time at national scale.
_MARKUP_TRIGGER = re.compile(r"[<\[\]{=&]")
_PERSONAL_TRIGGER = re.compile(r"\d|@|%40|\((?:a|at)\)|\[at\]", re.IGNORECASE)
_NAME_PARTS = re.compile(r"[.\-_+]")


@dataclass(frozen=True, slots=True)
class _Finding:
    code: Code
    start: int
    params: dict[str, str]


CODES = (codes.H001, codes.H002, codes.H003, codes.H004, codes.H005, codes.H006, codes.H007,
         codes.D001, codes.D002, codes.D003, codes.D004)


def check(context: RuleContext) -> list[Diagnostic]:
    return context.each_file("text_safety", check_text_safety)


def check_text_safety(loaded: LoadedFile) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for scalar in _scalars(loaded.root):
        for finding in _first_per_code(scan(scalar.text)):
            line, column = _locate(scalar, finding.start)
            out.append(dg.make(finding.code, loaded.path, line, column, **finding.params))
    reported = {(d.line, d.code) for d in out}
    for comment in loaded.comments:  # comments are published with the repository: no personal data there either
        if _PERSONAL_TRIGGER.search(comment.text):
            for finding in _first_per_code(sorted(_personal_data(comment.text), key=lambda f: f.start)):
                if (comment.line, finding.code.id) not in reported:
                    out.append(dg.make(finding.code, loaded.path, comment.line, comment.column + 1 + finding.start,
                                       **finding.params))
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


def personal_data_codes(text: str) -> list[str]:
    """The personal-data codes (D001…D004) found in a text that is not a model value, e.g. a commit subject."""
    if not _PERSONAL_TRIGGER.search(text):
        return []
    return sorted({finding.code.id for finding in _personal_data(text)})


def _markup(text: str) -> list[_Finding]:
    findings: list[_Finding] = []
    script_spans = [m.span() for m in _SCRIPT.finditer(text)]
    for start, _end in script_spans:
        findings.append(_Finding(codes.H002, start, {"snippet": _snippet(text, start)}))
    for match in _TAG.finditer(text):
        if not any(a <= match.start() < b or match.start() <= a < match.end() for a, b in script_spans):
            findings.append(_Finding(codes.H001, match.start(), {"snippet": _snippet(text, match.start())}))
    findings.extend(_unsafe_links(text))
    for code, pattern in ((codes.H005, _ENTITY), (codes.H006, _LINK_TITLE), (codes.H007, _IMAGE)):
        for match in pattern.finditer(text):
            if code is not codes.H005 or html.unescape(match.group(0)) != match.group(0):
                findings.append(_Finding(code, match.start(), {"snippet": _snippet(text, match.start())}))
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
        if not _valid_y_tunnus(match.group(0)):
            yield _Finding(codes.D002, match.start(), {"snippet": match.group(0).strip()})
    for match in _EMAIL.finditer(text):
        if is_personal_local_part(match.group(1)):
            yield _Finding(codes.D003, match.start(), {"snippet": match.group(0)})
    for match in _ADDRESS.finditer(text):
        yield _Finding(codes.D004, match.start(), {"snippet": match.group(0)})


def is_personal_local_part(local: str) -> bool:
    """'matti.meikalainen', 'm.meikalainen', 'matti.j.meikalainen' and a bare first or family name
    ('matti', 'virtanen', as Voikko knows them) are people; 'kirjaamo', 'tyollisyyspalvelut' are services."""
    parts = [part for part in _NAME_PARTS.split(local) if part]
    if not parts or not all(part.isalpha() for part in parts):
        return False
    if len(parts) >= 2:
        return any(len(part) >= 2 for part in parts)
    return is_person_name(parts[0])


def _valid_hetu(match: re.Match[str]) -> bool:
    day, month = int(match.group(1)), int(match.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    number = int(match.group(1) + match.group(2) + match.group(3) + match.group(5))
    return _HETU_CHECK[number % 31] == match.group(6).upper()


def _valid_y_tunnus(candidate: str) -> bool:
    """A business id (Y-tunnus, '0201256-6') with a correct check digit is an organisation, not a phone."""
    if not _Y_TUNNUS.match(candidate):
        return False
    remainder = sum(int(digit) * weight for digit, weight in zip(candidate[:7], _Y_WEIGHTS, strict=True)) % 11
    if remainder == 1:
        return False
    return int(candidate[8]) == (0 if remainder == 0 else 11 - remainder)


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

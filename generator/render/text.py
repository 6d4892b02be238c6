"""Model text → safe Markdown. Model text is untrusted: it is escaped for the context it lands in.

The validator already refuses HTML, scripts and unsafe links; these filters are the second line of
defence, so that even text that slipped past it cannot leave its element.
"""

from __future__ import annotations

import functools
import html
import json
import re

from generator.model.text import LocalizedText

# Python-Markdown's own escapable characters (with the tables extension's "|"); "<" and "&" become entities.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]{}()>#+\-.!|])")
# headings, setext underlines, rules, table rows, admonitions (!!!) and collapsible blocks (???)
_LINE_START_BLOCK = re.compile(r"^(\s{0,3})(#{1,6}\s|={3,}|-{3,}\s*$|\||!{3}|\?{3})", re.MULTILINE)
_IMAGE = re.compile(r"!\[")
_ANGLE = re.compile(r"<(?!(?:https?://|mailto:)[^>\s]*>)")
# "&lt;", "&#60;", "&#x3c;": Markdown passes entities through, into text and into attribute values
_ENTITY_START = re.compile(r"&(?=#|[A-Za-z][A-Za-z0-9]*;?)")
# a link or image title ([x](url "title")): a `title` attribute is read with innerHTML by Material's tooltips
_LINK_TITLE = re.compile(r"(\]\(\s*(?:<[^>\n]*>|[^\s()]*))\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\))\s*\)")
_REFDEF_TITLE = re.compile(r"^(\s{0,3}\[[^\]\n]+\]:[ \t]*\S+)[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\))[ \t]*$",
                           re.MULTILINE)
# characters that would end a Markdown link destination or an HTML attribute
_URL_UNSAFE = re.compile(r"[\s()<>\"'`\\\[\]]")


def t(text: LocalizedText | str | None) -> str:
    """The Finnish text of a field ('' when absent)."""
    if text is None:
        return ""
    return text.fi if isinstance(text, LocalizedText) else text


def inline(text: LocalizedText | str | None) -> str:
    """Plain text for titles, table cells and link texts: every Markdown special is escaped."""
    return _inline(t(text))


@functools.lru_cache(maxsize=65536)  # the same names (roles, regions, steps) stand on hundreds of pages
def _inline(text: str) -> str:
    flat = " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;")
    return _INLINE_SPECIAL.sub(r"\\\1", flat)


def block(text: LocalizedText | str | None) -> str:
    """Markdown paragraphs (emphasis, lists, links) without headings, tables, rules, images or raw HTML."""
    body = t(text).strip().replace("\r\n", "\n")
    body = _ENTITY_START.sub("&amp;", body)
    body = _ANGLE.sub("&lt;", body)
    body = _REFDEF_TITLE.sub(r"\1", _LINK_TITLE.sub(r"\1)", body))
    body = _LINE_START_BLOCK.sub(lambda m: m.group(1) + "\\" + m.group(2), body)
    return _IMAGE.sub(r"\\![", body)  # an image would load from anywhere: the site makes no outside requests


def href(url: str | None) -> str:
    """A link destination from a model's `url` field: only http(s), and nothing that could end the Markdown
    destination ('https://a.fi/)![p](…)') or an attribute is left unencoded."""
    value = (url or "").strip()
    if not re.match(r"^https?://", value, re.IGNORECASE):
        return "#"
    return _URL_UNSAFE.sub(lambda m: f"%{ord(m.group()):02X}", value)


def code(text: LocalizedText | str | None) -> str:
    """An inline code span that its text cannot end: the fence is longer than any run of backticks in it."""
    flat = " ".join(t(text).split())
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def attr(text: LocalizedText | str | None) -> str:
    """Text for an HTML attribute value written by our own templates."""
    return html.escape(" ".join(t(text).split()), quote=True)


def meta(text: LocalizedText | str | None) -> str:
    """A complete front-matter value: a quoted YAML scalar whose text is HTML-escaped, because MkDocs writes
    page titles into <title> and the navigation without escaping them."""
    return json.dumps(attr(text), ensure_ascii=False)

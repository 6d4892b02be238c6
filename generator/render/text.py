"""Model text → safe Markdown. Model text is untrusted: it is escaped for the context it lands in.

The validator already refuses HTML, scripts and unsafe links; these filters are the second line of
defence, so that even text that slipped past it cannot leave its element.
"""

from __future__ import annotations

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


def t(text: LocalizedText | str | None) -> str:
    """The Finnish text of a field ('' when absent)."""
    if text is None:
        return ""
    return text.fi if isinstance(text, LocalizedText) else text


def inline(text: LocalizedText | str | None) -> str:
    """Plain text for titles, table cells and link texts: every Markdown special is escaped."""
    flat = " ".join(t(text).split()).replace("&", "&amp;").replace("<", "&lt;")
    return _INLINE_SPECIAL.sub(r"\\\1", flat)


def block(text: LocalizedText | str | None) -> str:
    """Markdown paragraphs (emphasis, lists, links) without headings, tables, rules, images or raw HTML."""
    body = t(text).strip().replace("\r\n", "\n")
    body = _ANGLE.sub("&lt;", body)
    body = _LINE_START_BLOCK.sub(lambda m: m.group(1) + "\\" + m.group(2), body)
    return _IMAGE.sub(r"\\![", body)  # an image would load from anywhere: the site makes no outside requests


def attr(text: LocalizedText | str | None) -> str:
    """Text for an HTML attribute value written by our own templates."""
    return html.escape(" ".join(t(text).split()), quote=True)



def meta(text: LocalizedText | str | None) -> str:
    """A complete front-matter value: a quoted YAML scalar whose text is HTML-escaped, because MkDocs writes
    page titles into <title> and the navigation without escaping them."""
    return json.dumps(attr(text), ensure_ascii=False)

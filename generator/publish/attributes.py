"""The last boundary before a page is written: `title` attributes that a script will read as HTML.

Material turns every `[title]` in the content (and every `abbr[title]`) into a tooltip with
`tooltip.innerHTML = el.title`. An attribute value is decoded once by the browser, so a title whose
decoded text holds `<` or `&` (e.g. from `&lt;img …&gt;` that Python-Markdown passes through as an entity)
would become live markup. Such a value is escaped once more, so that innerHTML shows exactly the text.
The validator already refuses markup and entities in model text; this holds for hand-written pages too.
"""

from __future__ import annotations

import html
import re

# a title attribute inside a start tag (code blocks have their "<" escaped, so they never match)
_TITLE = re.compile(r"(<[a-zA-Z][^<>]*?\s)title=(\"[^\"]*\"|'[^']*')")
# A title can decode to "<" or "&" only if its source holds one of them: a page without such a title (nearly every
# page) is left as it is without running _TITLE, whose search tries every tag of the page.
_SUSPECT_TITLE = re.compile(r"title=(?:\"[^\"&<]*[&<]|'[^'&<]*[&<])")


def safe_title_attributes(page_html: str) -> str:
    if _SUSPECT_TITLE.search(page_html) is None:
        return page_html
    return _TITLE.sub(_escape_title, page_html)


def _escape_title(match: re.Match[str]) -> str:
    raw = match.group(2)[1:-1]
    decoded = html.unescape(raw)
    if "<" not in decoded and "&" not in decoded:
        return match.group(0)
    return f'{match.group(1)}title="{tooltip_value(decoded)}"'


def tooltip_value(text: str) -> str:
    """Attribute source for a `title` whose decoded value, read with innerHTML, shows `text` as text."""
    return html.escape(html.escape(text, quote=True), quote=True)


def tooltip_text(source: str) -> str:
    """The text Material's tooltip shows for a `title` written as `source` in a finished page (the inverse of
    `tooltip_value`): the browser decodes the attribute once and innerHTML once more. A title left as it was
    (no "<" or "&" in its decoded value) decodes the same either way."""
    return html.unescape(html.unescape(source))

"""The last pass over a page's HTML: a glossary tooltip on an abbreviation the visible text already spells out.

Python-Markdown marks every occurrence of a glossary abbreviation, also inside a word that is its own expansion:
"TE-palvelut" became `<abbr title="TE-palvelut">TE</abbr>-palvelut`, a tooltip repeating what the reader reads.
Role names carry such words, and a process page repeats its role names in every step, its table and its answers:
about half of a process page's `<abbr>` elements. Such an element (the abbreviation is the first part of a hyphenated
word that reads as the expansion) is dropped and its text kept. An abbreviation whose expansion is not spelled out
there (the "TE" of "TE-toimisto") keeps its tooltip, and so does a word on its own, even with its expansion beside it
("IPS (Individual Placement and Support)"): a glossary abbreviation in running text is always marked.
"""

from __future__ import annotations

import html
import re

# a glossary tooltip as Python-Markdown writes it, and the text after it up to the next tag
_ABBR = re.compile(r'<abbr title="([^"<>]*)">([^<>]*)</abbr>(?=([^<]*))')


def drop_spelled_out_abbreviations(page_html: str) -> str:
    if "<abbr" not in page_html:
        return page_html
    return _ABBR.sub(_unwrap_if_spelled_out, page_html)


def _unwrap_if_spelled_out(match: re.Match[str]) -> str:
    expansion = html.unescape(match.group(1)).casefold()
    shown = html.unescape(match.group(2) + match.group(3)).casefold()
    compound = match.group(3).startswith("-")
    return match.group(2) if compound and expansion and shown.startswith(expansion) else match.group(0)

"""The theme's indentation next to tags, dropped as each page is written.

Material's templates indent every navigation entry through several nested includes: a process page carried
about 8 kB of spaces between its tags, and about 1 kB more of blank lines around each navigation title inside its
`<span>`. A run of whitespace that holds a line break and touches a tag (after its `>` or before its `<`) becomes
one line break, which a browser renders exactly as before (outside preformatted text, a whitespace run is one
space either way). Preformatted elements (code blocks, text areas) and scripts and styles are left as they are.
"""

from __future__ import annotations

import re

_KEPT = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.IGNORECASE | re.DOTALL)
# A run of whitespace holding a line break, after a tag (or a kept element) or before the next tag (or kept element):
# the pieces are split at kept elements. Said as "[ \t\r]*\n\s* after `>` or at the start, or before `<` or at the
# end", the pattern begins with a repetition, so the engine tried it at every character of every page (a few seconds
# spent in this step). Here it begins with the run's first character, which the engine skips to: the
# lookbehinds say what the start position said (`>` before it, or nothing before it), a run is matched from its
# first [ \t\r\n] character only, and what follows is the same "[ \t\r]*\n\s*" (its first character already taken).
_NEXT_TO_TAGS = re.compile(
    r"[ \t\r\n]"
    r"(?:(?:(?<=>[ \t\r\n])|(?<![\s\S]{2}))(?:(?<=\n)|[ \t\r]*\n)\s*"
    r"|(?<![ \t\r\n]{2})(?:(?<=\n)|[ \t\r]*\n)\s*(?=<|\Z))")


def collapse_layout_whitespace(page_html: str) -> str:
    pieces = _KEPT.split(page_html)
    # split() yields: text, kept element, its tag name, text, kept element, its tag name, …
    out = []
    for index, piece in enumerate(pieces):
        kind = index % 3
        if kind == 0:
            out.append(_NEXT_TO_TAGS.sub("\n", piece))
        elif kind == 1:
            out.append(piece)
    return "".join(out)

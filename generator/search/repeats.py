"""Repeated words in a search document: the index keeps a word's first few occurrences on a page, not every one.

Every occurrence of a word is a location that the browser downloads with any query for that word, for every page
that has it: at national scale a process page says "työtoimintapaikalla" dozens of times (step texts, answers,
role lists), and the query "työtoimintapaikka" downloaded some 70 000 locations. Pagefind's ranking saturates
with repetition, so past a few occurrences the rest change little but cost bytes.

Pagefind indexes every word of the text it shows as the excerpt, so a later occurrence is replaced by a marker
that Pagefind does not index (no letters or digits): `¤` and the index of the word in the page's list of
replaced words, written with punctuation. The list travels in the `toisto` meta, written so that Pagefind indexes
none of it (unindexed.py: Pagefind indexes every meta's words), and
the search box puts the words back before showing an excerpt (haku.js), so a reader sees the page's own text and
the word positions Pagefind counts are unchanged. Headings, filter and meta elements are left whole.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import lxml.html

from generator.search.keywords import stem
from generator.search.unindexed import shiftable

REPEAT_CAP = 5     # occurrences of a word (by Pagefind's stem) indexed on one page
MARKER = "¤"       # starts a replaced word; a page whose text has one is left as it is
# the digits 0–9 of a replaced word's index: characters Pagefind neither indexes nor treats as markup
DIGITS = "!#$%()*+-="
REPEATS_META = "toisto"
_TOKEN = re.compile(r"\S+")
_LETTERS = re.compile(r"[\W_]+")
_KEEP = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass(frozen=True, slots=True)
class Repeats:
    """The words replaced on one page, in marker order (empty: nothing was replaced)."""

    words: tuple[str, ...]


@cache
def marker(index: int) -> str:
    return MARKER + "".join(DIGITS[int(digit)] for digit in str(index))


def thin_repeats(article: lxml.html.HtmlElement, cap: int = REPEAT_CAP) -> Repeats:
    """Replace each word's occurrences past `cap` in `article`'s text with markers (in place)."""
    if MARKER in article.text_content():
        return Repeats(())
    pieces = list(_pieces(article, thinnable=True))
    seen: Counter[str] = Counter()
    replaced: dict[str, int] = {}
    for at, (element, attribute, text, thinnable) in enumerate(pieces):
        before = pieces[at - 1][2][-1:] if at else ""
        after = pieces[at + 1][2][:1] if at + 1 < len(pieces) else ""

        def one(match: re.Match[str], text: str = text, before: str = before, after: str = after,
                thinnable: bool = thinnable) -> str:
            token = match.group()
            key = _key(token)
            if not key:
                return token
            seen[key] += 1
            # a word glued to the next element's letters ("<a>työ</a>paikka") is one word to Pagefind: kept
            glued = (match.start() == 0 and before.isalnum()) or (match.end() == len(text) and after.isalnum())
            # a token the `toisto` meta cannot carry unindexed (unindexed.py) is kept too: it is rare (a dash or
            # quote of U+2000 on inside a word) and costs only its own locations
            if seen[key] <= cap or glued or not thinnable or not shiftable(token):
                return token
            return marker(replaced.setdefault(token, len(replaced)))

        thinned = _TOKEN.sub(one, text)
        if thinned != text:
            setattr(element, attribute, thinned)
    return Repeats(tuple(replaced))


@cache
def _key(token: str) -> str:
    """The stem Pagefind files a whitespace-separated token under ("Työtoimintapaikalla," → its stem)."""
    return stem(_LETTERS.sub("", token.lower()))


def _pieces(element: lxml.html.HtmlElement, thinnable: bool) -> Iterator[tuple[lxml.html.HtmlElement, str, str, bool]]:
    """The article's text in reading order: (element, "text" or "tail", the text, whether it may be thinned).
    Not thinned: headings, and the values of filter and meta elements."""
    inside = thinnable and element.tag not in _KEEP and element.get("data-pagefind-filter") is None \
        and element.get("data-pagefind-meta") is None
    if element.text:
        yield element, "text", element.text, inside
    for child in element:
        if isinstance(child.tag, str):
            yield from _pieces(child, inside)
        if child.tail:
            yield child, "tail", child.tail, inside

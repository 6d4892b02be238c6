"""Keywords for one search entry: the base forms a Finn types that the entry's own words do not start with.

Material sends every query term as a prefix ("päätös" → "päätös*") and our index has no stemmer, so an entry
is found when one of its tokens starts with the typed term. "päätöksen" does not start with "päätös"
(consonant gradation), so the entry gets the keyword "päätös". Keywords that a token of the entry already
starts with are left out: they would find nothing new.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.search.lemmas import Lemmatiser

_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SEPARATOR = re.compile(r"[\s\-]+")  # Material's Finnish separator: how the browser splits the same text


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """A glossary abbreviation ("ktt") and the lower-case words of its expansion."""

    short: str
    words: tuple[str, ...]


def plain_text(markup: str) -> str:
    return html.unescape(_TAG.sub(" ", markup))


def indexed_tokens(text: str) -> list[str]:
    """The tokens Material's worker will index for `text`, sorted (lower case, split like the browser)."""
    return sorted(token for token in _SEPARATOR.split(text.lower()) if token)


def _covered(keyword: str, tokens: list[str]) -> bool:
    """True when a token starts with `keyword`, i.e. every prefix query for it already matches."""
    at = bisect_left(tokens, keyword)
    return at < len(tokens) and tokens[at].startswith(keyword)


def words(text: str) -> list[str]:
    return [part for word in _WORD.findall(text) for part in word.split("-") if part]


def entry_keywords(title: str, markup: str, lemmatiser: Lemmatiser,
                   abbreviations: Mapping[str, Abbreviation]) -> str:
    """Space-separated, sorted keywords for one index entry ('' when its words already cover everything)."""
    text = f"{title} {plain_text(markup)}"
    found = words(text)
    # the words themselves too: Material keeps punctuation on its tokens, so "(KTT)" is not found by "ktt"
    candidates = {word.lower() for word in found} | {lemma for word in found for lemma in lemmatiser.lemmas(word)}
    bases = {base for word in found for base in lemmatiser.base_forms(word)}
    candidates |= _abbreviation_keywords(found, bases, abbreviations, lemmatiser)
    tokens = indexed_tokens(text)
    return " ".join(sorted(k for k in candidates if not _covered(k, tokens)))


def _abbreviation_keywords(found: Iterable[str], bases: set[str], abbreviations: Mapping[str, Abbreviation],
                           lemmatiser: Lemmatiser) -> set[str]:
    """An abbreviation brings its expansion's base forms; an expansion present in base form brings the abbreviation."""
    extra: set[str] = set()
    present = {word.lower() for word in found}
    for abbreviation in abbreviations.values():
        expansion = {base for word in abbreviation.words for base in lemmatiser.base_forms(word) or {word}}
        if abbreviation.short in present:
            extra |= expansion | set(abbreviation.words)
        elif _expansion_present(abbreviation, bases | present, lemmatiser):
            extra.add(abbreviation.short)
    return extra


def _expansion_present(abbreviation: Abbreviation, known: set[str], lemmatiser: Lemmatiser) -> bool:
    """Every word of the expansion occurs in the entry, in some inflection (`known`: its words and base forms)."""
    return bool(abbreviation.words) and all(
        (lemmatiser.base_forms(word) or {word}) & known for word in abbreviation.words)

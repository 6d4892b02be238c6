"""Keywords for one page: the base forms a Finn types that the page's own words do not already contain.

Pagefind stems Finnish with Snowball, which does not undo consonant gradation: "päätös" and "päätöksen" get
different stems, so a page that only says "päätöksen" would be missed. Voikko gives the base form "päätös",
compound tails ("palvelutarve" → "tarve") and, through the glossary abbreviations the page shows as tooltips,
"KTT" ↔ "kuntouttava työtoiminta". A keyword whose Snowball stem one of the page's words already has is left
out: Pagefind finds it anyway ("kuntouttava" on a page saying "kuntouttavan"), and indexing it twice would count
the same word twice in the ranking.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

import snowballstemmer

from generator.search.lemmas import Lemmatiser

_STEMMER = snowballstemmer.stemmer("finnish")  # the algorithm Pagefind's Finnish index uses (rust-stemmers)

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """A glossary abbreviation ("ktt") and the lower-case words of its expansion."""

    short: str
    words: tuple[str, ...]


def words(text: str) -> list[str]:
    return [part for word in _WORD.findall(text) for part in word.split("-") if part]


def folded(text: str) -> str:
    """`text` without diacritics ("työtoimintapäätös" → "tyotoimintapaatos"), as Pagefind folds a query.

    The hidden keyword blocks are written folded. Pagefind 1.5 files a word with ä or ö as a variant of its
    folded form, and sizes its index chunks by counting only the folded forms' own occurrences
    (`chunk_index` in pagefind/src/index/mod.rs): nearly every occurrence of a "työ…" or "pää…" word went
    uncounted, so one chunk took nearly all of them. A folded keyword is counted, so those chunks close sooner
    (bench corpus at 4×: the chunk "työtoimintapaikka" loads 594 → 267 kB, the one "päätös" loads 140 → 60 kB);
    a query with ä or ö still finds it, since Pagefind folds the query too. Pagefind 1.6, which the build now
    runs (pagefind_binary.py), counts the variants, so folding no longer changes its chunks; it stays because it
    costs nothing and keeps the index the same whichever Pagefind a machine has."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@cache
def stem(word: str) -> str:
    """Pagefind's stem of a lower-case word."""
    return str(_STEMMER.stemWord(word))


def stems(text: str) -> set[str]:
    """The stems Pagefind indexes for `text`."""
    return {stem(word) for word in {word.lower() for word in words(text)}}


def page_keywords(text: str, lemmatiser: Lemmatiser, abbreviations: Mapping[str, Abbreviation]) -> list[str]:
    """Sorted keywords for a page's plain text (empty when its words already cover everything)."""
    found = list(dict.fromkeys(words(text)))  # each distinct word once, in order: a page repeats its words a lot
    present = {stem(word) for word in {word.lower() for word in found}}
    candidates = {lemma for word in found for lemma in lemmatiser.lemmas(word)}
    bases = {base for word in found for base in lemmatiser.base_forms(word)}
    candidates |= _abbreviation_keywords(found, bases, abbreviations, lemmatiser)
    return sorted(k for k in candidates if stem(k) not in present)


def keyword_occurrences(text: str, present: set[str], lemmatiser: Lemmatiser, *, cap: int) -> Counter[str]:
    """How often each keyword stands in `text` in some other form (at most `cap`): the index repeats a keyword as
    often as the page uses its word, so "päätös" weighs on a page as much as its "päätöksen"s do.
    `present`: the stems of the page's words."""
    counts: Counter[str] = Counter()
    for word, times in Counter(words(text)).items():  # each distinct word once, however often the page says it
        for lemma in lemmatiser.lemmas(word):
            if stem(lemma) not in present:
                counts[lemma] = min(cap, counts[lemma] + times)
    return counts


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

"""The Finnish lemmatiser (Voikko) behind a cache: a word is analysed once per process, however many builds.

Voikko gives each inflected word its base form ("päätöksen" → "päätös") and marks compound boundaries
in STRUCTURE ("=pppppppp=pppp=pppppp" for "sosiaalityöntekijä"), from which the compound's tails
("työntekijä", "tekijä") follow.
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

from generator.messages import message

MISSING_VOIKKO = message("search_index.missing_voikko")


class Analyser(Protocol):
    """The part of `libvoikko.Voikko` we use."""

    def analyze(self, word: str) -> list[dict[str, str]]: ...


class Lemmatiser:
    """Base forms and compound tails of Finnish words, each word analysed once."""

    def __init__(self, analyser: Analyser) -> None:
        self._analyser = analyser
        self._cache: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    def base_forms(self, word: str) -> frozenset[str]:
        """Lower-case base forms of `word` (several when Voikko finds several readings); empty if unknown."""
        return self._analysis(word)[0]

    def lemmas(self, word: str) -> frozenset[str]:
        """The base forms and the tails of compound base forms ("palvelutarpeen" → palvelutarve, tarve)."""
        bases, tails = self._analysis(word)
        return bases | tails

    def _analysis(self, word: str) -> tuple[frozenset[str], frozenset[str]]:
        key = word.lower()
        found = self._cache.get(key)
        if found is None:
            found = self._analyse(word)
            self._cache[key] = found
        return found

    def _analyse(self, word: str) -> tuple[frozenset[str], frozenset[str]]:
        bases = frozenset(a["BASEFORM"].lower() for a in self._analyser.analyze(word) if a.get("BASEFORM"))
        tails = {tail for base in bases for tail in self._tails(base)}
        return bases, frozenset(tails)

    def _tails(self, base: str) -> set[str]:
        """Compound tails from the base form's own analysis: an inflected word's STRUCTURE does not fit its base
        form ("palvelutarpeen" is longer than "palvelutarve")."""
        if base in self._cache:
            return set(self._cache[base][1])
        return {tail for analysis in self._analyser.analyze(base) if analysis.get("BASEFORM", "").lower() == base
                for tail in compound_tails(base, analysis.get("STRUCTURE", ""))}


def compound_tails(base: str, structure: str) -> list[str]:
    """'sosiaalityöntekijä' with boundaries after 'sosiaali' and 'työn' → ['työntekijä', 'tekijä'].

    STRUCTURE has one letter per character of the base form and '=' before each compound part.
    Tails shorter than three letters add noise, not recall ('työ' of 'palvelutyö' is kept).
    """
    starts, position = [], 0
    for mark in structure:
        if mark == "=":
            starts.append(position)
        else:
            position += 1
    if position != len(base):
        return []
    return [base[start:] for start in starts if start > 0 and len(base) - start >= 3]


@cache
def finnish_lemmatiser() -> Lemmatiser | None:
    """The shared lemmatiser, or None when Voikko or its Finnish dictionary is missing (see MISSING_VOIKKO)."""
    try:
        import libvoikko
    except ImportError:
        return None
    try:
        return Lemmatiser(libvoikko.Voikko("fi"))
    except (OSError, libvoikko.VoikkoException):
        return None

"""Is a word a person's first or family name? Voikko's dictionary knows Finnish names ('matti' → etunimi,
'virtanen' → sukunimi), so an e-mail address 'matti@…' is recognised without a list of names in the code."""

from __future__ import annotations

from functools import cache
from typing import Any

_NAME_CLASSES = {"etunimi", "sukunimi"}
# how many words have been looked up in this process: a finding that depended on the dictionary is not cached
# between runs (validate/findings_cache.py), since Voikko may be installed later
_lookups = [0]


@cache
def _voikko() -> Any | None:
    try:
        import libvoikko
    except ImportError:
        return None
    try:
        return libvoikko.Voikko("fi")
    except (OSError, libvoikko.VoikkoException):
        return None


def lookups() -> int:
    return _lookups[0]


def is_person_name(word: str) -> bool:
    """True when Voikko reads the word (any capitalisation) as a first or family name; False without Voikko."""
    _lookups[0] += 1
    return _is_person_name(word)


@cache
def _is_person_name(word: str) -> bool:
    voikko = _voikko()
    if voikko is None or not word.isalpha():
        return False
    return any(analysis.get("CLASS") in _NAME_CLASSES for analysis in voikko.analyze(word.capitalize()))

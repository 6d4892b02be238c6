"""Finnish alphabetical order for names shown to readers.

Python sorts by code point, which puts "Ä" (U+00C4) before "Å" (U+00C5) and upper case before lower case.
The Finnish alphabet ends … x, y, z, å, ä, ö; other accented letters sort as their base letter (é → e,
ü → y, as in Finnish dictionaries), and case only breaks ties.
"""

from __future__ import annotations

import unicodedata

# after every basic Latin letter, in the Finnish order
_FINNISH_TAIL = {"å": "{0", "ä": "{1", "ö": "{2", "æ": "{1", "ø": "{2"}
_AS_Y = {"ü": "y"}


def finnish_key(text: str) -> tuple[str, str]:
    """Sort key: primary by letters in the Finnish order, secondary by the text itself (stable ties)."""
    return "".join(_letter(ch) for ch in text.casefold()), text


def _letter(ch: str) -> str:
    if ch in _FINNISH_TAIL:
        return _FINNISH_TAIL[ch]
    if ch in _AS_Y:
        return _AS_Y[ch]
    base = unicodedata.normalize("NFD", ch)[0]
    return base

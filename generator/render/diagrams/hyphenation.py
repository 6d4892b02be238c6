"""Finnish word breaks for diagram labels, from Voikko's hyphenator.

A label line may break a word only at a syllable boundary Voikko knows, never inside a short word
(fewer than MIN_WORD letters) and never leaving fewer than MIN_PIECE letters on either side; a word
with no such break stays whole (its box grows instead). Without Voikko a simple Finnish rule is used
(a break before a consonant followed by a vowel), so a machine without the dictionary still draws.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

MIN_WORD = 8  # "kunnan", "asiakas" and other short words are never broken
MIN_PIECE = 3  # no "so-" or "-jä" fragments
_VOWELS = set("aeiouyäöåAEIOUYÄÖÅ")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


class _Hyphenator(Protocol):
    def getHyphenationPattern(self, word: str) -> str: ...

    def analyze(self, word: str) -> list[dict[str, str]]: ...


@cache
def _voikko() -> _Hyphenator | None:
    try:
        import libvoikko
    except ImportError:
        return None
    try:
        voikko = libvoikko.Voikko("fi")
    except (OSError, libvoikko.VoikkoException):
        return None
    voikko.setMinHyphenatedWordLength(MIN_WORD)
    voikko.setNoUglyHyphenation(True)
    voikko.setHyphenateUnknownWords(False)
    found: _Hyphenator = voikko
    return found


def _rule_breaks(word: str) -> list[int]:
    breaks = []
    for index in range(1, len(word) - 1):
        letter, after = word[index], word[index + 1]
        if _LETTER.match(letter) and letter not in _VOWELS and after in _VOWELS:
            breaks.append(index)
    return breaks


def _compound_starts(structure: str) -> set[int]:
    """STRUCTURE has one mark per character and "=" before each compound part: the parts' start indexes."""
    starts, position = set(), 0
    for mark in structure:
        if mark == "=":
            starts.add(position)
        else:
            position += 1
    return starts


def _core(word: str) -> tuple[int, str]:
    """The word without punctuation around it ("(PTA)" → "PTA", "palvelutarpeeseen?" → "palvelutarpeeseen")."""
    match = re.search(r"[^\W\d_](?:.*[^\W\d_])?", word)
    return (match.start(), match.group(0)) if match else (0, "")


@cache
def break_points(word: str) -> tuple[tuple[int, ...], frozenset[int]]:
    """Where `word` may be split (a hyphen goes before that index), and which of those are compound boundaries."""
    offset, core = _core(word)
    if sum(1 for c in core if _LETTER.match(c)) < MIN_WORD:
        return (), frozenset()
    hyphenator = _voikko()
    compounds: set[int] = set()
    if hyphenator is not None:
        pattern = hyphenator.getHyphenationPattern(core)
        # "=" marks a break at an existing hyphen ("työ-ja"): the line ends after that hyphen
        candidates = [i + (1 if mark == "=" else 0) for i, mark in enumerate(pattern) if mark in "-="]
        readings = [_compound_starts(a.get("STRUCTURE", "")) for a in hyphenator.analyze(core)]
        compounds = set.intersection(*readings) if readings else set()
    else:
        candidates = _rule_breaks(core)
    kept = tuple(offset + i for i in candidates if MIN_PIECE <= i <= len(core) - MIN_PIECE)
    return kept, frozenset(offset + i for i in compounds if offset + i in kept)


def _best_break(word: str, start: int, room: int) -> int | None:
    """The break after `start` that fills most of `room` characters (hyphen included), a compound seam first."""
    breaks, compounds = break_points(word)
    fits = [i for i in breaks if start + MIN_PIECE <= i and i - start + 1 <= room]
    if not fits:
        return None
    seams = [i for i in fits if i in compounds and (i - start + 1) * 2 >= room]
    return (seams or fits)[-1]


def split_word(word: str, width: int, first: int | None = None) -> list[str]:
    """Pieces of at most `width` characters (`first` for the first piece) where the breaks allow.

    Every piece but the last ends with a hyphen; a word with no fitting break stays whole.
    """
    pieces: list[str] = []
    start = 0
    room = width if first is None else first
    while len(word) - start > room:
        cut = _best_break(word, start, room)
        if cut is None:
            break
        piece = word[start:cut]
        pieces.append(piece if piece.endswith("-") else piece + "-")
        start, room = cut, width
    return [*pieces, word[start:]]


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap to `width` characters; only a word longer than a whole line is hyphenated."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= width:
            current = candidate
            continue
        if len(word) <= width:
            lines.append(current)
            current = word
            continue
        room = width - len(current) - 1 if current else width
        pieces = split_word(word, width, first=room)
        if current and len(pieces) > 1 and len(pieces[0]) <= room:
            lines.append(f"{current} {pieces[0]}")
            pieces = pieces[1:]
        else:
            if current:
                lines.append(current)
            pieces = split_word(word, width)
        lines.extend(pieces[:-1])
        current = pieces[-1]
    return [*lines, current] if current else lines

"""Text for DOT: wrapped to a width, over-long Finnish words hyphenated, and escaped for HTML-like labels.

Model text is untrusted: every string placed in a label goes through `html.escape` here, and plain
attributes (tooltips) go through `plain`, so no text can become DOT syntax or an HTML-like label.
"""

from __future__ import annotations

import html
import re

import graphviz

_VOWELS = set("aeiouyäöåAEIOUYÄÖÅ")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def _is_syllable_start(word: str, index: int) -> bool:
    """Finnish hyphenation: a break goes before a consonant that is followed by a vowel."""
    if index < 2 or index > len(word) - 2:
        return False
    letter, after = word[index], word[index + 1]
    return bool(_LETTERS.match(letter)) and letter not in _VOWELS and after in _VOWELS


def split_word(word: str, width: int) -> list[str]:
    """Pieces of at most `width` characters; every piece but the last ends with a hyphen."""
    pieces: list[str] = []
    while len(word) > width:
        breaks = [i for i in range(2, width) if _is_syllable_start(word, i)]
        cut = breaks[-1] if breaks else width - 1
        pieces.append(word[:cut] + "-")
        word = word[cut:]
    return [*pieces, word]


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap to `width` characters; words longer than a line are hyphenated."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        for piece in split_word(word, width):
            candidate = f"{current} {piece}" if current else piece
            if len(candidate) <= width:
                current = candidate
            else:
                lines.append(current)
                current = piece
    return [*lines, current] if current else lines


def html_lines(text: str, width: int, *, bold: bool = False) -> str:
    """Wrapped, escaped text as the inside of an HTML-like label (lines joined by <br/>)."""
    escaped = [html.escape(line, quote=True) for line in wrap(text, width)]
    body = '<br align="center"/>'.join(escaped) or " "
    return f"<b>{body}</b>" if bold else body


def html_label(inner: str) -> str:
    """An HTML-like DOT label (the graphviz package keeps `<…>` unquoted)."""
    return f"<{inner}>"


def plain(text: str) -> str:
    """A plain DOT attribute value: backslash escapes and `<…>` lose their special meaning."""
    escaped: str = graphviz.escape(" ".join(text.split()))  # a NoHtml str: never read as an HTML label
    return escaped

"""Text that a page's search record carries for the search box alone, written so that Pagefind indexes none of it.

Pagefind 1.5 and later index the words of every meta field, not only the title: a ranking weight of 0 (haku.js
`metaWeights`) stops a field's words from counting, not from being stored. The `toisto` list of a page's repeated
words (repeats.py) therefore put a location for every repeated word back into the index chunks, which the thinning
exists to keep out (bench corpus at 4×: 8 of the 37 kB that the query "työtoimintapaikka" loads for its own chunk),
and the `hakusanoja` count filed a number word under every page.

Shifted into Unicode's Private Use Area (code point + U+E000), a character is neither a letter nor a digit to
Pagefind (Rust's `char::is_alphanumeric`) nor punctuation it splits at, so a token made of such characters yields
no word to index. Spaces stay spaces: they separate the list's words. The search box shifts the text back
(haku.js `readable`). The Basic Multilingual Plane's Private Use Area has 6,400 characters, so text is shiftable
when every character is below U+1900 (Latin, Greek, Cyrillic and more; not the dashes and quotes of U+2000 on):
a word that is not stays in the page's text as it is (repeats.py).
"""

from __future__ import annotations

PRIVATE_USE_START = 0xE000
SHIFTABLE_BELOW = 0x1900  # U+E000 + U+18FF = U+F8FF, the last character of the Private Use Area
SEPARATOR = " "


def shiftable(text: str) -> bool:
    """Whether `unindexed` can write every character of `text`."""
    return all(ord(character) < SHIFTABLE_BELOW for character in text)


def unindexed(text: str) -> str:
    """`text` with every character but the space moved into the Private Use Area (`text` must be shiftable)."""
    if not shiftable(text):
        raise ValueError(f"not shiftable into the Private Use Area: {text!r}")
    return "".join(c if c == SEPARATOR else chr(PRIVATE_USE_START + ord(c)) for c in text)


def readable(text: str) -> str:
    """The inverse of `unindexed`, as haku.js does it."""
    return "".join(chr(ord(c) - PRIVATE_USE_START) if PRIVATE_USE_START <= ord(c) < PRIVATE_USE_START
                   + SHIFTABLE_BELOW else c for c in text)

"""Text for DOT: wrapped to a width, over-long Finnish words hyphenated (Voikko), escaped for HTML-like labels.

Model text is untrusted: every string placed in a label goes through `html.escape` here, and plain
attributes (tooltips) go through `plain`, so no text can become DOT syntax or an HTML-like label.
"""

from __future__ import annotations

import html

import graphviz

from generator.render.diagrams.hyphenation import split_word, wrap

__all__ = ["html_label", "html_lines", "plain", "split_word", "wrap"]


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

"""Pages' HTML held on disk between MkDocs' two passes over the site, instead of in memory.

MkDocs 1.x renders the Markdown of every page first (so that every page's table of contents and anchors are known)
and only then writes the pages through the theme, one by one. In between, every page's HTML body sits in memory:
at national scale (2400 pages, inline diagrams, comparison tables held as two-byte strings) that was a few hundred
megabytes of the build's peak. The plugin parks the HTML of its own pages here as soon as it is rendered and takes
it back just before the page goes through the theme. All of it waits in one unnamed temporary file (gone when it is
closed, or when the process ends): a file per page cost a create and an unlink per page, several milliseconds a
page on a busy disk, on the build's critical path.
"""

from __future__ import annotations

import os
import tempfile
from typing import BinaryIO

# bytes, not text mode: the HTML comes back exactly as it went (no newline translation, any code point)
ENCODING, SURROGATES = "utf-8", "surrogatepass"


class HeldHtml:
    def __init__(self) -> None:
        self._spool: BinaryIO | None = None
        self._held: dict[str, tuple[int, int]] = {}  # page path → (offset, length) of its HTML in the spool

    def hold(self, page: str, html: str) -> None:
        """A page held again (a rebuild) is appended again; only its last HTML is given back."""
        if self._spool is None:
            # lives across the build's hooks, closed by clear(); the plugin calls it after the build or on its failure
            self._spool = tempfile.TemporaryFile(prefix="polku-html-")  # noqa: SIM115
        data = html.encode(ENCODING, SURROGATES)
        offset = self._spool.seek(0, os.SEEK_END)
        self._spool.write(data)
        self._held[page] = (offset, len(data))

    def holds(self, page: str) -> bool:
        return page in self._held

    def take(self, page: str) -> str:
        """The page's HTML, given back once."""
        assert self._spool is not None
        offset, length = self._held.pop(page)
        self._spool.seek(offset)
        return self._spool.read(length).decode(ENCODING, SURROGATES)

    def clear(self) -> None:
        """Drop whatever was held: the spool goes with its bytes (a failed build, a page the engine skipped)."""
        if self._spool is not None:
            self._spool.close()
        self._spool = None
        self._held.clear()

"""Pages' HTML held on disk between MkDocs' two passes over the site, instead of in memory.

MkDocs 1.x renders the Markdown of every page first (so that every page's table of contents and anchors are known)
and only then writes the pages through the theme, one by one. In between, every page's HTML body sits in memory:
at national scale (2400 pages, inline diagrams, comparison tables held as two-byte strings) that was a few hundred
megabytes of the build's peak. The plugin parks the HTML of its own pages here as soon as it is rendered and takes
it back just before the page goes through the theme; the folder lives only as long as one build.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

# bytes, not text mode: the HTML comes back exactly as it went (no newline translation, any code point)
ENCODING, SURROGATES = "utf-8", "surrogatepass"


class HeldHtml:
    def __init__(self) -> None:
        self._directory: Path | None = None
        self._names: dict[str, str] = {}  # page path → its file in the folder

    def hold(self, page: str, html: str) -> None:
        if self._directory is None:
            self._directory = Path(tempfile.mkdtemp(prefix="polku-html-"))
        name = self._names.setdefault(page, f"{len(self._names)}.html")
        (self._directory / name).write_bytes(html.encode(ENCODING, SURROGATES))

    def holds(self, page: str) -> bool:
        return page in self._names

    def take(self, page: str) -> str:
        """The page's HTML, given back once: its file goes with it."""
        assert self._directory is not None
        held = self._directory / self._names.pop(page)
        html = held.read_bytes().decode(ENCODING, SURROGATES)
        held.unlink()
        return html

    def clear(self) -> None:
        """Drop whatever was not taken back (a failed build, a page the engine skipped)."""
        if self._directory is not None:
            shutil.rmtree(self._directory, ignore_errors=True)
        self._directory = None
        self._names.clear()

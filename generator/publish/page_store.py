"""Generated pages and assets as files on disk that keep their timestamps while their content stays the same.

MkDocs rebuilds a page under `mkdocs serve --dirty` only when its source file is newer than the HTML it
built last time. Virtual files backed by memory always count as changed, so every save rebuilt every page.
Backed by these files instead, a save to one model rebuilds only the pages whose Markdown really changed
(the core re-renders only the pages whose inputs changed, generator/render/page_memo.py; this carries it
through to the engine). It also means the engine reads each page from disk when it needs it instead of the
plugin holding them all.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path


class GeneratedFiles(Mapping[str, bytes]):
    """The generated pages (text) and assets (bytes) by path. A page is encoded only when its bytes are asked for:
    at national scale every page's bytes at once were a hundred megabytes more at the build's peak."""

    def __init__(self, pages: Mapping[str, str], assets: Mapping[str, bytes]) -> None:
        self._pages = pages
        self._assets = assets

    def __getitem__(self, path: str) -> bytes:
        asset = self._assets.get(path)  # an asset at a page's path wins, as it always has
        return asset if asset is not None else self._pages[path].encode("utf-8")

    def __iter__(self) -> Iterator[str]:
        yield from (path for path in self._pages if path not in self._assets)
        yield from self._assets

    def __len__(self) -> int:
        return len(self._pages.keys() | self._assets.keys())


class PageStore:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path_of(self, relative: str) -> Path:
        return self.directory / relative

    def sync(self, files: Mapping[str, bytes]) -> list[str]:
        """Write every file whose bytes differ from what is stored; drop stored files no longer generated.
        Returns the relative paths that were written (changed or new), sorted."""
        written = [path for path in sorted(files) if self._write_if_changed(path, files[path])]
        self._prune(set(files))
        return written

    def _write_if_changed(self, relative: str, data: bytes) -> bool:
        target = self.path_of(relative)
        try:
            if target.read_bytes() == data:
                return False
        except OSError:
            pass
        target.parent.mkdir(parents=True, exist_ok=True)
        # Atomic: a build running at the same time (parallel tests) never reads half a page.
        handle, scratch = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(scratch, target)
        return True

    def _prune(self, keep: set[str]) -> None:
        if not self.directory.is_dir():
            return
        for stored in sorted(self.directory.rglob("*"), reverse=True):
            relative = stored.relative_to(self.directory).as_posix()
            if stored.is_file() and relative not in keep and not stored.name.startswith("."):
                stored.unlink()
            elif stored.is_dir() and not any(stored.iterdir()):
                stored.rmdir()

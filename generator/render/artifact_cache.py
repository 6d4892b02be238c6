"""Rendered files kept between builds, keyed by what they were rendered from.

A renderer's output depends on its input and on its own code, so both make the key: the input's `repr`
(frozen dataclasses and pydantic models print every field) and the bytes of the renderer's source files with the
versions of the libraries that write the files. A changed input or renderer is a miss, never a stale hit; an
unreadable or foreign entry is a miss as well, and a read-only checkout simply renders every time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from generator import pickle_store
from generator.messages import CATALOGUE_DIR

RenderedFiles = dict[str, bytes]
SOURCE_SUFFIXES = (".py", ".jinja", ".css", ".js", ".json", ".txt", ".yaml")


@cache
def code_digest(sources: tuple[Path, ...], libraries: tuple[str, ...]) -> str:
    """A digest of the renderer's files (folders are read recursively) and its libraries' versions, taken once per
    process: the code that runs is the code that was imported."""
    digest = hashlib.sha256()
    _add_files(digest, sources)
    for library in libraries:
        digest.update(f"{library}=={metadata.version(library)}\0".encode())
    return digest.hexdigest()


def source_digest(sources: Iterable[Path]) -> str:
    """A digest of the files as they are now (folders are read recursively)."""
    digest = hashlib.sha256()
    _add_files(digest, sources)
    return digest.hexdigest()


def _add_files(digest: hashlib._Hash, sources: Iterable[Path]) -> None:
    for name, path in _files(sources):
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")


def _files(sources: Iterable[Path]) -> list[tuple[str, Path]]:
    """(name, path) of every source file. The name is relative to the source given, never absolute: the same code
    imported from another checkout or through a relative `sys.path` entry makes the same key."""
    found: list[tuple[str, Path]] = []
    for source in sources:
        if source.is_dir():
            found.extend((f"{source.name}/{p.relative_to(source).as_posix()}", p) for p in sorted(source.rglob("*"))
                         if p.is_file() and p.suffix in SOURCE_SUFFIXES)
        else:
            found.append((source.name, source))
    return found


@dataclass(frozen=True, slots=True)
class ArtifactCache:
    """One renderer's cache folder (`<cache_dir>/<kind>/`), or no cache at all when `directory` is None."""

    directory: Path | None
    code: str

    @classmethod
    def of(cls, cache_dir: Path | None, kind: str, sources: Sequence[Path],
           libraries: Sequence[str] = ()) -> ArtifactCache:
        # Interface text from the message catalogue can reach any file, so the catalogue is always part of the key.
        code = code_digest((*sources, CATALOGUE_DIR), tuple(libraries))
        return cls(cache_dir / kind if cache_dir is not None else None, code)

    def files(self, made_from: str, render: Callable[[], RenderedFiles]) -> RenderedFiles:
        """The files `render` makes from the input whose repr is `made_from`: from the cache when it has them."""
        found = self.lookup(made_from)
        if found is not None:
            return found
        rendered = render()
        self.store(made_from, rendered)
        return rendered

    def lookup(self, made_from: str) -> RenderedFiles | None:
        """The cached files for the input whose repr is `made_from`, or None (then render and `store` them)."""
        entry = self._entry(made_from)
        return _read(entry) if entry is not None else None

    def store(self, made_from: str, rendered: RenderedFiles) -> None:
        entry = self._entry(made_from)
        if entry is not None and self.directory is not None:
            _write(self.directory, entry, rendered)

    def _entry(self, made_from: str) -> Path | None:
        if self.directory is None:
            return None
        return self.directory / f"{hashlib.sha256((self.code + chr(0) + made_from).encode()).hexdigest()}.pickle"


def _read(entry: Path) -> RenderedFiles | None:
    value = pickle_store.read(entry)
    if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, bytes) for k, v in value.items()):
        return value
    return None


def _write(directory: Path, entry: Path, rendered: RenderedFiles) -> None:
    pickle_store.write(directory, entry, rendered)

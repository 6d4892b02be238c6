"""Parsed model files kept between runs, keyed by content hash, so an unchanged file is not parsed again.

Parsing with positions is most of `polku validate`'s time (the Python composer that keeps line and
column for every node). A file's parse depends only on its text, its display path, its kind and the
loader's own code (with the message catalogue, where the diagnostics' texts live), so all four make the
key: editing any module of `generator/load/` or a message empties the cache by itself. An unreadable or stale
entry is a miss, never an error: the file is simply parsed again.

Given a `remembered` dictionary (the `polku serve` plugin keeps one across saves, see validate/memory.py), a parse
is first looked up there: an unchanged file then comes back as the same object as in the last run, unpickled once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

from generator import pickle_store
from generator.diagnostics import Diagnostic
from generator.load.files import FileKind, LoadedFile, Parsed
from generator.messages import CATALOGUE_DIR

LOADER_DIR = Path(__file__).parent
# Besides the loader, the diagnostics' own code and texts: a reworded message must not come back from the cache.
MESSAGE_MODULES = (LOADER_DIR.parent / "codes.py", LOADER_DIR.parent / "diagnostics.py")
# a parse as remembered between runs: the diagnostics as a tuple, so that no caller can change the remembered list
RememberedParse = tuple[LoadedFile | None, tuple[Diagnostic, ...]]


@cache
def loader_version() -> str:
    """A digest of the loader's source and the message catalogue: a changed parser never reads an old parse."""
    digest = hashlib.sha256()
    catalogue_files = sorted(CATALOGUE_DIR.rglob("*.yaml"))
    for module in [*sorted(LOADER_DIR.glob("*.py")), *MESSAGE_MODULES, *catalogue_files]:
        digest.update(module.relative_to(LOADER_DIR.parent).as_posix().encode() + b"\0" + module.read_bytes())
    return digest.hexdigest()[:16]


class ParseCache:
    """One file per parse under `directory`; written atomically so parallel runs never see half a file."""

    def __init__(self, directory: Path, remembered: dict[str, RememberedParse] | None = None) -> None:
        self.directory = directory
        self.remembered = remembered
        self.used: dict[str, RememberedParse] = {}  # this run's parses, by key

    def parse(self, text: str, display: str, kind: FileKind, parse: Callable[[], Parsed]) -> Parsed:
        key = self._key(text, display, kind)
        known = self.remembered.get(key) if self.remembered is not None else None
        if known is None:
            entry = self.directory / f"{key}.pickle"
            found = self._read(entry)
            if found is None:
                found = parse()
                self._write(entry, found)
            known = (found[0], tuple(found[1]))
        self.used[key] = known
        return known[0], list(known[1])

    def keys_by_file(self) -> dict[int, str]:
        """id(parsed file) → its key, for this run's files: what the per-file findings are kept under."""
        return {id(parse[0]): key for key, parse in self.used.items() if parse[0] is not None}

    def remember_this_run(self) -> None:
        """Keep only this run's parses in `remembered`: an edited file's old parse is not held any longer."""
        if self.remembered is not None:
            self.remembered.clear()
            self.remembered.update(self.used)

    @staticmethod
    def _key(text: str, display: str, kind: FileKind) -> str:
        parts = (loader_version(), display, kind.value, text)
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()

    @staticmethod
    def _read(entry: Path) -> Parsed | None:
        value = pickle_store.read(entry)
        return value if isinstance(value, tuple) and len(value) == 2 else None

    def _write(self, entry: Path, parsed: Parsed) -> None:
        pickle_store.write(self.directory, entry, parsed)  # a read-only checkout validates, only more slowly

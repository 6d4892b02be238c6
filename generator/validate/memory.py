"""What one validation hands to the next in the same process, so that `polku serve` redoes only the saved file.

Under `polku serve` every save validates the whole repository again in the same process (the MkDocs plugin
persists across rebuilds and owns one `ValidationMemory`). Reading each unchanged file's parse back from the
on-disk parse cache, building its typed model again and running the per-file rules over it again was most of a
save's validation. With the memory, an unchanged file (same text, path and loader: the parse cache's key) gets the
very same `LoadedFile` object back, and every result computed from that object alone – its typed model, its
per-file rule findings – is reused by identity. Both the parsed files and the models are frozen and never changed
after they are made; the memory keeps only what the last validation used, so an edited file's old parse goes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar, cast

from generator.load.files import LoadedFile
from generator.load.parse_cache import RememberedParse

_T = TypeVar("_T")


class FileResults:
    """Results of pure functions of one parsed file, by function name and the file object's identity."""

    def __init__(self) -> None:
        # name → id(file) → (the file, its result); the file is held so that its id cannot be reused meanwhile
        self._by_name: dict[str, dict[int, tuple[LoadedFile, object]]] = {}

    def each(self, name: str, files: Sequence[LoadedFile], compute: Callable[[LoadedFile], _T]) -> list[_T]:
        """`compute(file)` for every file, in order: the last call's result for a file object seen then.
        `name` must stand for one function, always the same one; only this call's files are kept."""
        previous = self._by_name.get(name, {})
        kept: dict[int, tuple[LoadedFile, object]] = {}
        out: list[_T] = []
        for file in files:
            found = previous.get(id(file))
            if found is None or found[0] is not file:
                found = (file, compute(file))
            kept[id(file)] = found
            out.append(cast(_T, found[1]))  # stored by this method from compute's result
        self._by_name[name] = kept
        return out


@dataclass(slots=True)
class ValidationMemory:
    # parse-cache key → the parse, for the files the last validation read (see load/parse_cache.py)
    parsed: dict[str, RememberedParse] = field(default_factory=dict)
    files: FileResults = field(default_factory=FileResults)

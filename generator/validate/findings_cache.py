"""Per-file rule findings kept between runs, so `polku validate` does not scan an unchanged file again.

A per-file rule (`RuleContext.each_file`: the text-safety and limits checks) finds in a file what its parse alone
decides. Scanning every text of every file was a fifth of `polku validate` on the national corpus; its findings are
few and small, so all of them live in one file, read at once. An entry's key is the file's parse-cache key (its
text, display path, kind and the loader's code, see load/parse_cache.py) and the rule's name; the whole store is
for one version of the rules' code (every module of generator/validate/), so an edited rule never reads an old
finding. A finding that looked a word up in the name dictionary (person_names) is not kept: whether Voikko is
installed is not in the key, and installing it must find the names it knows at once. An unreadable, foreign or
stale store is empty, never an error: the files are simply scanned again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from generator import pickle_store
from generator.diagnostics import Diagnostic
from generator.load.files import LoadedFile
from generator.validate import person_names

RULES_DIR = Path(__file__).parent
# (parse-cache key, rule name) → the rule's findings in that file
Entries = dict[tuple[str, str], tuple[Diagnostic, ...]]


@cache
def rules_version() -> str:
    """A digest of the validator's source: a changed rule never reads an old finding."""
    digest = hashlib.sha256()
    for module in sorted(RULES_DIR.glob("*.py")):
        digest.update(module.name.encode() + b"\0" + module.read_bytes())
    return digest.hexdigest()[:16]


class FindingsCache:
    """The findings of one store file for the files of one run; `save` keeps only those files' findings."""

    def __init__(self, store: Path, keys: Mapping[int, str]) -> None:
        """`keys`: id(parsed file) → its parse-cache key, for this run's files (the ones not in it are not kept)."""
        self.store = store
        self.keys = keys
        self.known = _read(store)
        self.added: Entries = {}

    def each_file(self, name: str, check: Callable[[LoadedFile], list[Diagnostic]],
                  ) -> Callable[[LoadedFile], list[Diagnostic]]:
        """`check`, answered from the store for a file whose findings are known."""
        def cached(loaded: LoadedFile) -> list[Diagnostic]:
            key = self.keys.get(id(loaded))
            if key is None:
                return check(loaded)
            known = self.known.get((key, name))
            if known is not None:
                return list(known)
            lookups = person_names.lookups()
            found = check(loaded)
            if person_names.lookups() == lookups:
                self.added[(key, name)] = tuple(found)
            return found
        return cached

    def save(self) -> None:
        """Write the store when this run added a finding or left one unused (a changed or removed file)."""
        current = set(self.keys.values())
        kept = {entry: found for entry, found in self.known.items() if entry[0] in current}
        if not self.added and len(kept) == len(self.known):
            return
        pickle_store.write(self.store.parent, self.store, (rules_version(), {**kept, **self.added}))


def _read(store: Path) -> Entries:
    value = pickle_store.read(store)
    if not (isinstance(value, tuple) and len(value) == 2 and value[0] == rules_version()
            and isinstance(value[1], dict)):
        return {}
    entries: Entries = {}
    for entry, found in value[1].items():
        if (isinstance(entry, tuple) and len(entry) == 2 and isinstance(found, tuple)
                and all(isinstance(d, Diagnostic) for d in found)):
            entries[entry] = found
    return entries

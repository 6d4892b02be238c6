"""Every id in the repository, with where it was defined; duplicates become R001."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from generator import codes
from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.messages import message
from generator.model.modelset import Located, ModelSet

# The kinds of ids; a kind's name shown to maintainers and its noun in "anna tälle …" are
# `validate.kinds.<kind>.name|for` in the catalogue.
KINDS = ("roles", "legal_bases", "services", "glossary", "regions", "organisations", "sources", "forms", "processes")

# Kinds whose ids become page file names (urls.py), and the names a section keeps for its own pages.
PAGE_KINDS = frozenset({"roles", "legal_bases", "services", "regions", "forms", "processes"})
RESERVED_IDS = frozenset({"index"})


@dataclass(frozen=True, slots=True)
class Definition:
    file: str
    line: int


@dataclass(slots=True)
class IdIndex:
    ids: dict[str, dict[str, Definition]] = field(default_factory=lambda: {k: {} for k in KINDS})
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def known(self, kind: str) -> dict[str, Definition]:
        return self.ids[kind]

    def add(self, kind: str, item_id: str, located: Located[Any], path: tuple[int | str, ...]) -> None:
        pos = located.pos((*path, "id"))
        if item_id in RESERVED_IDS and kind in PAGE_KINDS:  # 'index' would overwrite the section's own page
            self.diagnostics.append(dg.make(codes.S009, located.file.path, pos.line, pos.column, value=item_id,
                                            kind=message(f"validate.kinds.{kind}.name")))
        existing = self.ids[kind].get(item_id)
        if existing is not None:
            name, noun = message(f"validate.kinds.{kind}.name"), message(f"validate.kinds.{kind}.for")
            self.diagnostics.append(dg.make(
                codes.R001, located.file.path, pos.line, pos.column, id=item_id, kind=name,
                other=f"{existing.file}:{existing.line}", kind_short=noun,
            ))
            return
        self.ids[kind][item_id] = Definition(located.file.path, pos.line)


def build_index(models: ModelSet) -> IdIndex:
    index = IdIndex()
    for located in models.catalogs:
        for kind, position, item_id in _catalog_items(located):
            index.add(kind, item_id, located, (kind, position))
    for located_form in models.forms:
        index.add("forms", located_form.model.id, located_form, ())
    for located_process in models.processes:
        index.add("processes", located_process.model.id, located_process, ())
    for kind, declared in models.declared_ids.items():
        for item_id, file in sorted(declared.items()):
            index.ids[kind].setdefault(item_id, Definition(file, 1))
    return index


def _catalog_items(located: Located[Any]) -> Iterator[tuple[str, int, str]]:
    catalog = located.model
    for kind in ("roles", "legal_bases", "services", "glossary", "regions", "organisations", "sources"):
        for position, item in enumerate(getattr(catalog, kind)):
            yield kind, position, item.id

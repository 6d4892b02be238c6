"""The knowledge graph: roles ↔ steps ↔ laws ↔ forms ↔ regions ↔ services, built once per build.

Everything is sorted, so every renderer iterates in a stable order and the site is byte-identical
between builds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal, Protocol, TypeVar

from generator.model.catalog import (
    GlossaryTerm,
    LegalBasis,
    Organisation,
    Region,
    Role,
    Service,
    Source,
)
from generator.model.form import Form
from generator.model.modelset import ModelSet
from generator.model.process import Process, Step

Involvement = Literal["vastuu", "osallistuja"]


@dataclass(frozen=True, slots=True, order=True)
class StepRef:
    """A step in a process, and how a role is involved in it (when the ref is about a role)."""

    process_id: str
    step_id: str
    involvement: Involvement = "vastuu"


@dataclass(frozen=True, slots=True)
class KnowledgeGraph:
    roles: dict[str, Role]
    legal_bases: dict[str, LegalBasis]
    services: dict[str, Service]
    glossary: tuple[GlossaryTerm, ...]
    regions: dict[str, Region]
    organisations: dict[str, Organisation]
    sources: dict[str, Source]
    forms: dict[str, Form]
    processes: dict[str, Process]
    source_files: dict[str, str] = field(default_factory=dict)  # "process:<id>"/"form:<id>" → repo path
    steps_by_role: dict[str, tuple[StepRef, ...]] = field(default_factory=dict)
    steps_by_legal_basis: dict[str, tuple[StepRef, ...]] = field(default_factory=dict)
    steps_by_form: dict[str, tuple[StepRef, ...]] = field(default_factory=dict)
    processes_by_region: dict[str, tuple[str, ...]] = field(default_factory=dict)
    processes_by_service: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def step(self, ref: StepRef) -> Step:
        return next(s for s in self.processes[ref.process_id].steps if s.id == ref.step_id)

    def process_file(self, process_id: str) -> str:
        return self.source_files[f"process:{process_id}"]

    def form_file(self, form_id: str) -> str:
        return self.source_files[f"form:{form_id}"]

    def region_and_parents(self, region_id: str) -> list[str]:
        chain, current = [], self.regions.get(region_id)
        while current is not None and current.id not in chain:
            chain.append(current.id)
            current = self.regions.get(current.part_of) if current.part_of else None
        return chain


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=_HasId)


def _by_id(items: Iterable[T]) -> dict[str, T]:
    return {item.id: item for item in sorted(items, key=lambda item: item.id)}


def resolve(models: ModelSet) -> KnowledgeGraph:
    """Assumes the models validated without errors (every reference resolves)."""
    catalogs = [c.model for c in sorted(models.catalogs, key=lambda c: c.file.path)]
    processes = {p.model.id: p.model for p in models.processes}
    forms = {f.model.id: f.model for f in models.forms}
    files = {f"process:{p.model.id}": p.file.path for p in models.processes}
    files.update({f"form:{f.model.id}": f.file.path for f in models.forms})
    by_role, by_basis, by_form = _step_indexes(processes)
    return KnowledgeGraph(
        roles=_by_id(x for c in catalogs for x in c.roles),
        legal_bases=_by_id(x for c in catalogs for x in c.legal_bases),
        services=_by_id(x for c in catalogs for x in c.services),
        glossary=tuple(sorted((g for c in catalogs for g in c.glossary), key=lambda g: g.term.fi.lower())),
        regions=_by_id(x for c in catalogs for x in c.regions),
        organisations=_by_id(x for c in catalogs for x in c.organisations),
        sources=_by_id(x for c in catalogs for x in c.sources),
        forms=dict(sorted(forms.items())),
        processes=dict(sorted(processes.items())),
        source_files=dict(sorted(files.items())),
        steps_by_role=by_role,
        steps_by_legal_basis=by_basis,
        steps_by_form=by_form,
        processes_by_region=_group(processes, lambda p: p.region),
        processes_by_service=_group(processes, lambda p: p.service),
    )


def _group(processes: dict[str, Process], key: Callable[[Process], str]) -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for pid, process in sorted(processes.items()):
        groups[key(process)].append(pid)
    return {k: tuple(v) for k, v in sorted(groups.items())}


def _step_indexes(processes: dict[str, Process]) -> tuple[dict[str, tuple[StepRef, ...]], ...]:
    by_role: dict[str, set[StepRef]] = defaultdict(set)
    by_basis: dict[str, set[StepRef]] = defaultdict(set)
    by_form: dict[str, set[StepRef]] = defaultdict(set)
    for pid, process in processes.items():
        for step in process.steps:
            if step.responsible:
                by_role[step.responsible].add(StepRef(pid, step.id, "vastuu"))
            for role in step.participants:
                if role != step.responsible:
                    by_role[role].add(StepRef(pid, step.id, "osallistuja"))
            for basis in step.legal_bases:
                by_basis[basis].add(StepRef(pid, step.id))
            for form in step.forms:
                by_form[form].add(StepRef(pid, step.id))
    return tuple({k: tuple(sorted(v, key=_order(processes))) for k, v in sorted(d.items())}
                 for d in (by_role, by_basis, by_form))


def _order(processes: dict[str, Process]) -> Callable[[StepRef], tuple[str, int, str]]:
    """Steps sort by process, then by their position in the process (reading order)."""
    positions = {(pid, s.id): i for pid, p in processes.items() for i, s in enumerate(p.steps)}
    return lambda ref: (ref.process_id, positions.get((ref.process_id, ref.step_id), 0), ref.involvement)

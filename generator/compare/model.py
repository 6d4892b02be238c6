"""The typed comparison of one service across regions: every table the page and the exports show.

Cells are aligned with `Comparison.regions`: `row.cells[i]` belongs to `regions[i]`. Texts are the
Finnish strings of the models, unescaped; whoever writes them out escapes them for their format.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleRef:
    id: str
    name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ModelRef:
    """A process model that takes part in a region's column."""

    id: str
    title: str


@dataclass(frozen=True, slots=True, kw_only=True)
class StepEntry:
    """One step of a region's model; `responsible` is None where the source names no role."""

    process_id: str
    step_id: str
    title: str
    responsible: RoleRef | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Coverage:
    questions_answered: int
    questions_total: int
    phases_covered: int
    phases_total: int
    steps_without_role: int


@dataclass(frozen=True, slots=True, kw_only=True)
class RegionColumn:
    """A region; its models for the service are merged into one column."""

    id: str
    name: str
    models: tuple[ModelRef, ...]
    coverage: Coverage
    organiser: str | None = None  # the organisation that organises the region's services, from the catalogue
    updated: dt.date | None = None  # the newest change of the region's models for this service

    @property
    def described(self) -> bool:
        return bool(self.models)


@dataclass(frozen=True, slots=True, kw_only=True)
class PhaseRow:
    """A canonical phase (id None: the steps that map to no canonical phase)."""

    id: str | None
    name: str
    cells: tuple[tuple[StepEntry, ...], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerEntry:
    process_id: str
    text: str
    roles: tuple[RoleRef, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class QuestionRow:
    id: str
    text: str
    phase_id: str
    phase_name: str
    cells: tuple[tuple[AnswerEntry, ...], ...]


MarkerKind = Literal["vain-yksi-alue", "eri-vastuutaho"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Marker:
    """A difference between regions worth a reader's attention, with its Finnish label."""

    kind: MarkerKind
    label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TaskCell:
    """Who does a canonical task in one region, and the region's steps for it that name nobody."""

    roles: tuple[RoleRef, ...]
    unassigned: tuple[StepEntry, ...]

    @property
    def described(self) -> bool:
        return bool(self.roles or self.unassigned)


@dataclass(frozen=True, slots=True, kw_only=True)
class TaskRow:
    id: str
    name: str
    phase_id: str
    phase_name: str
    cells: tuple[TaskCell, ...]
    marker: Marker | None


@dataclass(frozen=True, slots=True, kw_only=True)
class UsageRow:
    """A legal basis or a form, and the steps that use it in each region."""

    id: str
    label: str
    cells: tuple[tuple[StepEntry, ...], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Comparison:
    service_id: str
    service_name: str
    regions: tuple[RegionColumn, ...]
    phases: tuple[PhaseRow, ...]
    questions: tuple[QuestionRow, ...]
    tasks: tuple[TaskRow, ...]
    legal_bases: tuple[UsageRow, ...]
    forms: tuple[UsageRow, ...]

    @property
    def described_regions(self) -> tuple[RegionColumn, ...]:
        return tuple(r for r in self.regions if r.described)

    @property
    def unanswered_questions(self) -> tuple[QuestionRow, ...]:
        """Questions that no compared region's description answers: the service's common blind spots."""
        return tuple(q for q in self.questions if not any(q.cells))

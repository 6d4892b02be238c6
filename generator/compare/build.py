"""KnowledgeGraph → Comparison: one service, its canonical phases, questions and tasks, per region.

Regions are compared through the service's canonical phases and questions, so models that cut the
work into steps differently still line up. A region with several models of the service gets one
column with all of them merged (steps and answers in model-id order).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from generator.compare.differences import task_marker
from generator.compare.model import (
    AnswerEntry,
    Comparison,
    Coverage,
    ModelRef,
    PhaseRow,
    QuestionRow,
    RegionColumn,
    RoleRef,
    StepEntry,
    TaskCell,
    TaskRow,
    UsageRow,
)
from generator.compare.select import default_regions
from generator.messages import message
from generator.model.catalog import LegalBasis, Service
from generator.model.process import Answer, Process, Step
from generator.render.text import t
from generator.resolve import KnowledgeGraph


@dataclass(frozen=True, slots=True)
class RegionSlice:
    """The models one region has for the service."""

    region_id: str
    processes: tuple[Process, ...]

    def steps(self) -> list[tuple[str, Step]]:
        return [(p.id, s) for p in self.processes for s in p.steps]

    def answers(self) -> list[tuple[str, Answer]]:
        return [(p.id, a) for p in self.processes for a in p.answers if a.answer is not None]


def build_comparison(graph: KnowledgeGraph, service_id: str, region_ids: Sequence[str] | None = None, *,
                     changed: Mapping[str, dt.date] | None = None) -> Comparison:
    """Assumes the ids exist (see `select.request_problems`); None compares the default regions.

    `changed` gives each process model's last change (from git and its changelog); without it the newest
    changelog entry is used."""
    service = graph.services[service_id]
    chosen = default_regions(graph, service_id) if region_ids is None else tuple(region_ids)
    slices = [_slice(graph, service_id, rid) for rid in chosen]
    regions = tuple(_column(graph, service, s, changed or {}) for s in slices)
    return Comparison(
        service_id=service.id,
        service_name=t(service.name),
        regions=regions,
        phases=_phase_rows(graph, service, slices),
        questions=_question_rows(graph, service, slices),
        tasks=_task_rows(graph, service, slices, regions),
        legal_bases=_usage_rows(graph, slices, lambda s: s.legal_bases, lambda b: _basis_label(graph.legal_bases[b])),
        forms=_usage_rows(graph, slices, lambda s: s.forms, lambda f: t(graph.forms[f].title)),
    )


def _slice(graph: KnowledgeGraph, service_id: str, region_id: str) -> RegionSlice:
    pids = graph.processes_by_service.get(service_id, ())
    return RegionSlice(region_id, tuple(graph.processes[p] for p in pids if graph.processes[p].region == region_id))


def _column(graph: KnowledgeGraph, service: Service, region: RegionSlice,
            changed: Mapping[str, dt.date]) -> RegionColumn:
    organiser = graph.regions[region.region_id].organiser
    return RegionColumn(
        id=region.region_id,
        name=t(graph.regions[region.region_id].name),
        models=tuple(ModelRef(id=p.id, title=t(p.title)) for p in region.processes),
        coverage=coverage(service, region),
        organiser=t(graph.organisations[organiser].name) if organiser else None,
        updated=max((d for p in region.processes if (d := last_change(p, changed)) is not None), default=None),
    )


def last_change(process: Process, changed: Mapping[str, dt.date]) -> dt.date | None:
    dates = [e.date for e in process.changelog]
    if process.id in changed:
        dates.append(changed[process.id])
    return max(dates, default=None)


def coverage(service: Service, region: RegionSlice) -> Coverage:
    questions = {q.id for q in service.questions}
    answered = {a.question for _, a in region.answers()} & questions
    phases = {s.phase for _, s in region.steps()} & {p.id for p in service.phases}
    return Coverage(
        questions_answered=len(answered),
        questions_total=len(questions),
        phases_covered=len(phases),
        phases_total=len(service.phases),
        steps_without_role=sum(1 for _, s in region.steps() if s.responsible is None),
    )


def _role(graph: KnowledgeGraph, role_id: str) -> RoleRef:
    return RoleRef(id=role_id, name=t(graph.roles[role_id].name))


def _entry(graph: KnowledgeGraph, process_id: str, step: Step) -> StepEntry:
    responsible = _role(graph, step.responsible) if step.responsible else None
    return StepEntry(process_id=process_id, step_id=step.id, title=t(step.title), responsible=responsible)


def _phase_rows(graph: KnowledgeGraph, service: Service, slices: list[RegionSlice]) -> tuple[PhaseRow, ...]:
    rows = [PhaseRow(id=phase.id, name=t(phase.name), cells=_steps_where(graph, slices, _in_phase(phase.id)))
            for phase in service.phases]
    canonical = {p.id for p in service.phases}
    unphased = _steps_where(graph, slices, lambda s: s.phase not in canonical)
    if any(unphased):
        rows.append(PhaseRow(id=None, name=message("compare.no_phase"), cells=unphased))
    return tuple(rows)


def _in_phase(phase_id: str) -> Callable[[Step], bool]:
    return lambda step: step.phase == phase_id


def _steps_where(graph: KnowledgeGraph, slices: list[RegionSlice],
                 keep: Callable[[Step], bool]) -> tuple[tuple[StepEntry, ...], ...]:
    return tuple(tuple(_entry(graph, pid, s) for pid, s in region.steps() if keep(s)) for region in slices)


def _question_rows(graph: KnowledgeGraph, service: Service, slices: list[RegionSlice]) -> tuple[QuestionRow, ...]:
    phase_names = {p.id: t(p.name) for p in service.phases}
    return tuple(
        QuestionRow(id=q.id, text=t(q.text), phase_id=q.phase, phase_name=phase_names.get(q.phase, ""),
                    cells=tuple(tuple(_answer(graph, pid, a) for pid, a in region.answers() if a.question == q.id)
                                for region in slices))
        for q in service.questions
    )


def _answer(graph: KnowledgeGraph, process_id: str, answer: Answer) -> AnswerEntry:
    return AnswerEntry(process_id=process_id, text=t(answer.answer),
                       roles=tuple(_role(graph, r) for r in answer.roles))


def _task_rows(graph: KnowledgeGraph, service: Service, slices: list[RegionSlice],
               regions: tuple[RegionColumn, ...]) -> tuple[TaskRow, ...]:
    phase_names = {p.id: t(p.name) for p in service.phases}
    rows = []
    for task in service.tasks:
        questions = {q.id for q in service.questions if q.task == task.id}
        cells = tuple(_task_cell(graph, region, task.id, questions) for region in slices)
        rows.append(TaskRow(id=task.id, name=t(task.name), phase_id=task.phase,
                            phase_name=phase_names.get(task.phase, ""), cells=cells,
                            marker=task_marker(cells, regions)))
    return tuple(rows)


def _task_cell(graph: KnowledgeGraph, region: RegionSlice, task_id: str, questions: set[str]) -> TaskCell:
    """Roles from the task's steps (responsible) and from answers to the task's questions (roles)."""
    steps = [(pid, s) for pid, s in region.steps() if s.task == task_id]
    role_ids = [s.responsible for _, s in steps if s.responsible]
    role_ids += [r for _, a in region.answers() if a.question in questions for r in a.roles]
    unique = list(dict.fromkeys(role_ids))
    return TaskCell(roles=tuple(_role(graph, r) for r in unique),
                    unassigned=tuple(_entry(graph, pid, s) for pid, s in steps if s.responsible is None))


def _usage_rows(graph: KnowledgeGraph, slices: list[RegionSlice], used: Callable[[Step], list[str]],
                label: Callable[[str], str]) -> tuple[UsageRow, ...]:
    """One row per legal basis (or form) any compared region uses, in order of first use."""
    ids = list(dict.fromkeys(item for region in slices for _, s in region.steps() for item in used(s)))
    return tuple(UsageRow(id=item, label=label(item), cells=_steps_where(graph, slices, _using(used, item)))
                 for item in ids)


def _using(used: Callable[[Step], list[str]], item: str) -> Callable[[Step], bool]:
    return lambda step: item in used(step)


def _basis_label(basis: LegalBasis) -> str:
    if basis.section:
        return message("compare.cell.legal_basis", act=t(basis.act), section=basis.section, number=basis.number)
    return message("compare.cell.legal_basis_without_section", act=t(basis.act), number=basis.number)

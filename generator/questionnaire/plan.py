"""Filled rows + the current models → ImportPlan: exactly what changes, and what would be overwritten.

An answer or responsibility equal to the current one is no change (a second import of the same workbook
plans nothing); a different one is refused (T014) unless the maintainer passed --korvaa.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import codes
from generator.messages import message
from generator.model.process import Process
from generator.questionnaire.checks import Filled, FilledAnswer, FilledResponsibility
from generator.questionnaire.content import region_processes
from generator.questionnaire.problems import WorkbookProblem, problem
from generator.render.text import t
from generator.resolve import KnowledgeGraph
from generator.scaffold.errors import ScaffoldError
from generator.scaffold.process import plan_process


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerChange:
    process_id: str
    question_id: str
    answer: str | None  # None: the answer text stays
    roles: tuple[str, ...]  # roles to add
    note: str


@dataclass(frozen=True, slots=True, kw_only=True)
class StepChange:
    process_id: str
    step_id: str
    role: str
    note: str


@dataclass(frozen=True, slots=True, kw_only=True)
class NewModel:
    process_id: str
    path: str  # relative to the project root
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportPlan:
    new_models: tuple[NewModel, ...]
    answers: tuple[AnswerChange, ...]
    steps: tuple[StepChange, ...]
    notes: tuple[str, ...]  # the region's remarks on rows that change nothing, for the maintainer

    @property
    def empty(self) -> bool:
        return not (self.new_models or self.answers or self.steps)


@dataclass(slots=True)
class _Planner:
    graph: KnowledgeGraph
    service_id: str
    file: str
    replace: bool
    problems: list[WorkbookProblem]

    def answer(self, filled: FilledAnswer, process: Process | None) -> AnswerChange | None:
        current = next((a for a in process.answers if a.question == filled.question_id), None) if process else None
        old_text = t(current.answer) if current and current.answer else ""
        new_text: str | None = filled.answer or None
        if new_text is not None and _same(old_text, new_text):
            new_text = None
        elif new_text is not None and old_text and not self.replace:
            what = message("questionnaire.overwrite.answer", question=filled.question_id)
            self._overwrite(filled.place, what, old_text, new_text)
            return None
        roles = tuple(r for r in filled.roles if not current or r not in current.roles)
        if new_text is None and not roles:
            return None
        pid = process.id if process else ""
        return AnswerChange(process_id=pid, question_id=filled.question_id, answer=new_text, roles=roles,
                            note=filled.note)

    def step(self, filled: FilledResponsibility) -> StepChange | None:
        step = next(s for s in self.graph.processes[filled.process_id].steps if s.id == filled.step_id)
        if step.responsible == filled.role:
            return None
        if step.responsible and not self.replace:
            what = message("questionnaire.overwrite.responsible", step=filled.step_id)
            self._overwrite(filled.place, what, step.responsible, filled.role)
            return None
        return StepChange(process_id=filled.process_id, step_id=filled.step_id, role=filled.role, note=filled.note)

    def _overwrite(self, place: str, what: str, current: str, new: str) -> None:
        sheet, _, cell = place.partition("!")
        self.problems.append(problem(codes.T014, self.file, sheet, cell, what=what, current=_short(current),
                                     new=_short(new)))


def plan_import(graph: KnowledgeGraph, service_id: str, filled: Filled, *, file: str,
                replace: bool) -> tuple[ImportPlan, list[WorkbookProblem]]:
    planner = _Planner(graph, service_id, file, replace, [])
    new_models: list[NewModel] = []
    answers: list[AnswerChange] = []
    notes: list[str] = []
    for region_id in dict.fromkeys(a.region_id for a in filled.answers):
        mine = [a for a in filled.answers if a.region_id == region_id]
        existing = region_processes(graph, service_id, region_id)
        new = None if existing else _scaffold(graph, region_id, service_id)
        for item in mine:
            holder = next((p for p in existing if any(a.question == item.question_id for a in p.answers)),
                          existing[0] if existing else None)
            change = planner.answer(item, holder)
            if change is not None:
                answers.append(change if holder else _in(change, new))
            elif item.note:
                notes.append(f"{item.note_place}: {item.note}")
        if new is not None and any(a.process_id == new.process_id for a in answers):
            new_models.append(new)
    steps = []
    for resp in filled.responsibilities:
        step_change = planner.step(resp)
        if step_change is not None:
            steps.append(step_change)
        elif resp.note:
            notes.append(f"{resp.note_place}: {resp.note}")
    plan = ImportPlan(new_models=tuple(new_models), answers=tuple(answers), steps=tuple(steps), notes=tuple(notes))
    return plan, planner.problems


def _scaffold(graph: KnowledgeGraph, region_id: str, service_id: str) -> NewModel:
    try:
        scaffold = plan_process(graph, region_id=region_id, service_id=service_id)
    except ScaffoldError as exc:  # the default id or file is taken by a model of another region or service
        raise ImportRefused(str(exc)) from exc
    return NewModel(process_id=f"{region_id}-{service_id}", path=scaffold.path, text=scaffold.text)


def _in(change: AnswerChange, new: NewModel | None) -> AnswerChange:
    assert new is not None
    return AnswerChange(process_id=new.process_id, question_id=change.question_id, answer=change.answer,
                        roles=change.roles, note=change.note)


class ImportRefused(Exception):
    """The import cannot be planned at all; the message is Finnish, for the command line."""


def _same(old: str, new: str) -> bool:
    return " ".join(old.split()) == " ".join(new.split())


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 80 else flat[:77] + "…"

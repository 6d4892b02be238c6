"""KnowledgeGraph → Questionnaire: what one workbook asks each region, as typed rows.

A region with several models of the service gets all of their steps and answers; a region with none gets
the questions only (its model is scaffolded on import).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.messages import message
from generator.model.catalog import Role, Service
from generator.model.process import Process
from generator.questionnaire.errors import QuestionnaireError
from generator.render.text import t
from generator.resolve import KnowledgeGraph
from generator.validate.suggest import did_you_mean


@dataclass(frozen=True, slots=True, kw_only=True)
class QuestionRow:
    id: str
    phase: str  # the canonical phase's name
    text: str
    current_answer: str
    current_roles: str  # role names, comma-separated


@dataclass(frozen=True, slots=True, kw_only=True)
class StepRow:
    process_id: str
    step_id: str
    phase: str
    title: str
    current_role: str  # role name or ''


@dataclass(frozen=True, slots=True, kw_only=True)
class RegionPart:
    region_id: str
    region_name: str
    process_ids: tuple[str, ...]
    questions: tuple[QuestionRow, ...]
    steps: tuple[StepRow, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleChoice:
    id: str
    name: str
    kind: str
    description: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Questionnaire:
    service_id: str
    service_name: str
    regions: tuple[RegionPart, ...]
    roles: tuple[RoleChoice, ...]


def build_questionnaire(graph: KnowledgeGraph, service_id: str, region_ids: Sequence[str]) -> Questionnaire:
    if service_id not in graph.services:
        raise QuestionnaireError(message("questionnaire.error.unknown_service", service=service_id,
                                         suggestion=did_you_mean(service_id, graph.services),
                                         services=", ".join(graph.services)))
    unknown = [r for r in region_ids if r not in graph.regions]
    if unknown:
        raise QuestionnaireError(message("questionnaire.error.unknown_region", region=unknown[0],
                                         suggestion=did_you_mean(unknown[0], graph.regions)))
    service = graph.services[service_id]
    if not service.questions and not graph.processes_by_service.get(service_id):
        raise QuestionnaireError(message("questionnaire.error.nothing_to_ask", service=service_id))
    ordered = tuple(dict.fromkeys(region_ids))
    roles = sorted(graph.roles.values(), key=lambda r: t(r.name).lower())
    return Questionnaire(service_id=service.id, service_name=t(service.name),
                         regions=tuple(_region(graph, service, rid) for rid in ordered),
                         roles=tuple(_role_choice(r) for r in roles))


def _role_choice(role: Role) -> RoleChoice:
    return RoleChoice(id=role.id, name=t(role.name), kind=message(f"questionnaire.role_kind.{role.kind}"),
                      description=t(role.description))


def region_processes(graph: KnowledgeGraph, service_id: str, region_id: str) -> tuple[Process, ...]:
    """The region's own models of the service, in id order (the first one receives new answers)."""
    return tuple(graph.processes[pid] for pid in graph.processes_by_service.get(service_id, ())
                 if graph.processes[pid].region == region_id)


def _region(graph: KnowledgeGraph, service: Service, region_id: str) -> RegionPart:
    processes = region_processes(graph, service.id, region_id)
    return RegionPart(region_id=region_id, region_name=t(graph.regions[region_id].name),
                      process_ids=tuple(p.id for p in processes),
                      questions=tuple(_question_rows(graph, service, processes)),
                      steps=tuple(_step_rows(graph, service, processes)))


def _question_rows(graph: KnowledgeGraph, service: Service, processes: Sequence[Process]) -> list[QuestionRow]:
    phase_order = {p.id: i for i, p in enumerate(service.phases)}
    phase_names = {p.id: t(p.name) for p in service.phases}
    rows = []
    for question in sorted(service.questions, key=lambda q: phase_order.get(q.phase, len(phase_order))):
        answers = [a for p in processes for a in p.answers if a.question == question.id]
        texts = [t(a.answer) for a in answers if a.answer is not None]
        roles = dict.fromkeys(r for a in answers for r in a.roles)
        rows.append(QuestionRow(id=question.id, phase=phase_names.get(question.phase, question.phase),
                                text=t(question.text), current_answer="\n\n".join(texts),
                                current_roles=", ".join(_role_name(graph, r) for r in roles)))
    return rows


def _step_rows(graph: KnowledgeGraph, service: Service, processes: Sequence[Process]) -> list[StepRow]:
    phase_names = {p.id: t(p.name) for p in service.phases}
    return [StepRow(process_id=p.id, step_id=s.id, phase=phase_names.get(s.phase or "", ""), title=t(s.title),
                    current_role=_role_name(graph, s.responsible) if s.responsible else "")
            for p in processes for s in p.steps]


def _role_name(graph: KnowledgeGraph, role_id: str) -> str:
    role = graph.roles.get(role_id)
    return t(role.name) if role else role_id

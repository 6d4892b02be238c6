"""Human names for ids, looked up on the side (before/after) the id belongs to."""

from __future__ import annotations

from generator.messages import message
from generator.model.process import NextStep, Process
from generator.render.text import t
from generator.resolve import KnowledgeGraph


def role(graph: KnowledgeGraph, role_id: str | None) -> str:
    if role_id is None:
        return missing()
    found = graph.roles.get(role_id)
    return t(found.name) if found else role_id


def roles(graph: KnowledgeGraph, role_ids: list[str]) -> str:
    return ", ".join(role(graph, r) for r in role_ids) or missing()


def legal_basis(graph: KnowledgeGraph, basis_id: str) -> str:
    basis = graph.legal_bases.get(basis_id)
    if basis is None:
        return basis_id
    return " ".join(part for part in (t(basis.act), basis.section or "", f"({basis.number})") if part)


def form(graph: KnowledgeGraph, form_id: str) -> str:
    found = graph.forms.get(form_id)
    return t(found.title) if found else form_id


def source(graph: KnowledgeGraph, source_id: str) -> str:
    found = graph.sources.get(source_id)
    return t(found.title) if found else source_id


def region(graph: KnowledgeGraph, region_id: str) -> str:
    found = graph.regions.get(region_id)
    return t(found.name) if found else region_id


def service(graph: KnowledgeGraph, service_id: str) -> str:
    found = graph.services.get(service_id)
    return t(found.name) if found else service_id


def organisation(graph: KnowledgeGraph, organisation_id: str | None) -> str:
    if organisation_id is None:
        return missing()
    found = graph.organisations.get(organisation_id)
    return t(found.name) if found else organisation_id


def phase(graph: KnowledgeGraph, process: Process, phase_id: str | None) -> str:
    if phase_id is None:
        return missing()
    found = graph.services.get(process.service)
    match = next((p for p in found.phases if p.id == phase_id), None) if found else None
    return t(match.name) if match else phase_id


def question(graph: KnowledgeGraph, process: Process, question_id: str) -> str:
    found = graph.services.get(process.service)
    match = next((q for q in found.questions if q.id == question_id), None) if found else None
    return t(match.text) if match else question_id


def step_title(process: Process, step_id: str | None) -> str:
    if step_id is None:
        return missing()
    match = next((s for s in process.steps if s.id == step_id), None)
    return t(match.title) if match else step_id


def target(graph: KnowledgeGraph, process: Process, edge: NextStep) -> str:
    """Where a path leads, as a reader says it: 'vaihe X', 'palvelu Y' or 'prosessin loppu'."""
    if edge.step:
        return message("diff.values.target_step", step=step_title(process, edge.step))
    if edge.service:
        return message("diff.values.target_service", service=service(graph, edge.service))
    return message("diff.values.process_end")


def missing() -> str:
    """What the comment says for a value the model does not give."""
    return message("diff.values.missing")

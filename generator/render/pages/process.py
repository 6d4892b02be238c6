"""A page per process model: summary, steps by phase, responsibility matrix, answers, sources."""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment

from generator.model.catalog import Phase, Service
from generator.model.process import Process, Step
from generator.render import urls
from generator.render.content import Page
from generator.render.environment import render
from generator.render.stages import StageOutputs
from generator.resolve import KnowledgeGraph


@dataclass(frozen=True, slots=True)
class PhaseGroup:
    phase: Phase | None
    steps: tuple[Step, ...]


def phase_groups(process: Process, service: Service) -> list[PhaseGroup]:
    """Steps grouped by the service's canonical phases, in phase order; unphased steps last."""
    groups = [PhaseGroup(p, tuple(s for s in process.steps if s.phase == p.id)) for p in service.phases]
    groups = [g for g in groups if g.steps]
    unphased = tuple(s for s in process.steps if s.phase is None)
    if unphased:
        groups.append(PhaseGroup(None, unphased))
    return groups


def matrix_roles(process: Process) -> list[str]:
    """Lanes first (in lane order), then any other participant, for the responsibility matrix."""
    roles = list(process.lanes)
    for step in process.steps:
        for role in (step.responsible, *step.participants):
            if role and role not in roles:
                roles.append(role)
    return roles


def forms_used(process: Process) -> list[str]:
    """Every form the process's steps use, in the order a reader meets them."""
    return list(dict.fromkeys(form for step in process.steps for form in step.forms))


def render_processes(graph: KnowledgeGraph, stages: StageOutputs, env: Environment) -> list[Page]:
    pages = []
    for process in graph.processes.values():
        path = urls.process_page(process.id)
        service = graph.services[process.service]
        body = render(env, "process.md.jinja", path, g=graph, process=process, service=service,
                      groups=phase_groups(process, service), matrix_roles=matrix_roles(process),
                      forms=forms_used(process), downloads=stages.forms.output.files,
                      diagrams=stages.diagrams.output, history=stages.history.output.by_process)
        pages.append(Page(path, body, graph.process_file(process.id)))
    index_path = urls.PROCESS.index
    pages.append(Page(index_path, render(env, "process_index.md.jinja", index_path, g=graph)))
    return pages

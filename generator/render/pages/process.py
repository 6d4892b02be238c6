"""A page per process model: summary, steps by phase, responsibility matrix, answers, sources."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial

from jinja2 import Environment

from generator.history.entries import HistoryEntry
from generator.model.catalog import Phase, Service
from generator.model.process import Process, Step
from generator.render import urls
from generator.render.content import Page
from generator.render.diagrams.stage import InlineDiagram, SiteDiagrams
from generator.render.environment import render
from generator.render.forms.stage import FormFiles
from generator.render.page_memo import NO_MEMO, PageMemo, digest
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


@dataclass(frozen=True, slots=True)
class ProcessPageInputs:
    """Everything one process page is rendered from, and nothing else: its repr is the page's key in the memo.

    The catalogues (roles, regions, services, forms …) go in as the digest of the graph view the page is rendered
    with (`catalogue_view`), which holds no process; the page gets that view plus its own process only, so a
    template that reached for another model would fail the build instead of showing it stale."""

    path: str
    catalogues: str  # page_memo.digest(catalogue_view(graph))
    process: Process
    file: str
    diagram: InlineDiagram | None
    downloads: tuple[tuple[str, FormFiles], ...]  # the forms the steps use
    history: tuple[HistoryEntry, ...]


def catalogue_view(graph: KnowledgeGraph) -> KnowledgeGraph:
    """The graph without its process models and what is indexed from them: the part every process page shares."""
    return replace(graph, processes={}, source_files={}, steps_by_role={}, steps_by_legal_basis={},
                   steps_by_form={}, processes_by_region={}, processes_by_service={})


def process_page_inputs(graph: KnowledgeGraph, stages: StageOutputs, catalogues: str,
                        process_id: str) -> ProcessPageInputs:
    process = graph.processes[process_id]
    files = stages.forms.output.files
    return ProcessPageInputs(
        path=urls.process_page(process_id), catalogues=catalogues, process=process,
        file=graph.process_file(process_id), diagram=stages.diagrams.output.processes.get(process_id),
        downloads=tuple((form, files[form]) for form in forms_used(process) if form in files),
        history=tuple(stages.history.output.by_process.get(process_id, ())))


def render_process_page(view: KnowledgeGraph, page: ProcessPageInputs, env: Environment) -> str:
    """`view`: the catalogue view whose digest is `page.catalogues`."""
    process = page.process
    graph = replace(view, processes={process.id: process}, source_files={f"process:{process.id}": page.file})
    service = graph.services[process.service]
    diagrams = SiteDiagrams(processes={process.id: page.diagram} if page.diagram else {})
    return render(env, "process.md.jinja", page.path, g=graph, process=process, service=service,
                  groups=phase_groups(process, service), matrix_roles=matrix_roles(process),
                  forms=forms_used(process), downloads=dict(page.downloads), diagrams=diagrams,
                  history={process.id: page.history} if page.history else {})


def render_processes(graph: KnowledgeGraph, stages: StageOutputs, env: Environment,
                     memo: PageMemo = NO_MEMO) -> list[Page]:
    pages = []
    view = catalogue_view(graph)
    catalogues = digest(view)
    for process_id in graph.processes:
        page = process_page_inputs(graph, stages, catalogues, process_id)
        body = memo.content(repr(page), partial(render_process_page, view, page, env))
        pages.append(Page(page.path, body, page.file))
    index_path = urls.PROCESS.index
    pages.append(Page(index_path, render(env, "process_index.md.jinja", index_path, g=graph)))
    return pages

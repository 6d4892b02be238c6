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
from generator.render.diagrams.stage import SiteDiagrams
from generator.render.environment import render
from generator.render.page_memo import NO_MEMO, PageMemo
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
    """What one process page is rendered from, by id and digest: its repr is the page's key in the memo. The page
    is rendered from the catalogue view plus its own model (page_memo.catalogue_view)."""

    path: str
    catalogues: str  # digest of the catalogue view
    process_id: str
    process: str  # digest of the model
    file: str
    diagram: str  # digest of its swimlane (none: the digest of None)
    downloads: str  # digest of the forms stage's files
    history: tuple[HistoryEntry, ...]


def render_process_page(view: KnowledgeGraph, graph: KnowledgeGraph, stages: StageOutputs, page: ProcessPageInputs,
                        env: Environment) -> str:
    """`view`: the catalogue view; `graph`, `stages`: where the model, its swimlane and the downloads are read from
    (the same objects whose digests are in `page`)."""
    process = graph.processes[page.process_id]
    shown = replace(view, processes={process.id: process}, source_files={f"process:{process.id}": page.file})
    service = shown.services[process.service]
    diagram = stages.diagrams.output.processes.get(process.id)
    return render(env, "process.md.jinja", page.path, g=shown, process=process, service=service,
                  groups=phase_groups(process, service), matrix_roles=matrix_roles(process),
                  forms=forms_used(process), downloads=stages.forms.output.files,
                  diagrams=SiteDiagrams(processes={process.id: diagram} if diagram else {}),
                  history={process.id: page.history} if page.history else {})


def render_processes(graph: KnowledgeGraph, stages: StageOutputs, env: Environment,
                     memo: PageMemo = NO_MEMO) -> list[Page]:
    pages = []
    view, catalogues = memo.catalogues(graph)
    for process_id, process in graph.processes.items():
        page = ProcessPageInputs(
            path=urls.process_page(process_id), catalogues=catalogues, process_id=process_id,
            process=memo.digest(process), file=graph.process_file(process_id),
            diagram=memo.digest(stages.diagrams.output.processes.get(process_id)),
            downloads=memo.digest(stages.forms.output.files),
            history=tuple(stages.history.output.by_process.get(process_id, ())))
        body = memo.content(repr(page), partial(render_process_page, view, graph, stages, page, env))
        pages.append(Page(page.path, body, page.file))
    index_path = urls.PROCESS.index
    pages.append(Page(index_path, render(env, "process_index.md.jinja", index_path, g=graph)))
    return pages

"""Role pages for onboarding: an overview per role (its regions first), a page per role and region with only
that region's steps, forms, laws and answers plus a printable checklist, and the role index.

A new employee works in one region; a page that mixed regions would teach one region's law and tasks to
another's staff, so everything on a `roolit/<rooli>/<alue>.md` page comes from the models of that region.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import partial
from typing import get_args

from jinja2 import Environment

from generator.messages import message
from generator.model.catalog import RoleKind
from generator.model.process import Answer
from generator.render import urls
from generator.render.collation import finnish_key
from generator.render.content import Page
from generator.render.environment import render
from generator.render.page_memo import NO_MEMO, PageMemo
from generator.render.stages import StageOutputs
from generator.render.text import t
from generator.resolve import KnowledgeGraph, StepRef

ROLES_FILE = "process_models/catalog/roolit.yaml"
INDEX = "roolit/index.md"


def kind_names() -> dict[str, str]:
    """A role's kind (the file format's value in roolit.yaml) → its name on the role pages."""
    return {kind: message(f"common.role_kind.{kind}") for kind in get_args(RoleKind)}


@dataclass(frozen=True, slots=True, kw_only=True)
class ProcessWork:
    """The role's steps in one process model, in reading order."""

    process_id: str
    steps: tuple[StepRef, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class RegionWork:
    """Everything one role does in one region: only that region's models."""

    region_id: str
    processes: tuple[ProcessWork, ...]
    answers: tuple[tuple[str, Answer], ...]  # (process id, answer naming the role)
    forms: tuple[str, ...]
    laws: tuple[str, ...]

    @property
    def step_count(self) -> int:
        return sum(len(p.steps) for p in self.processes)


def role_regions(graph: KnowledgeGraph, role_id: str) -> tuple[RegionWork, ...]:
    """The regions where the role takes part (a step or an answer naming it), by Finnish region name."""
    steps: dict[str, dict[str, list[StepRef]]] = defaultdict(lambda: defaultdict(list))
    for ref in graph.steps_by_role.get(role_id, ()):
        steps[graph.processes[ref.process_id].region][ref.process_id].append(ref)
    answers: dict[str, list[tuple[str, Answer]]] = defaultdict(list)
    for pid, process in graph.processes.items():
        for answer in process.answers:
            if role_id in answer.roles and answer.answer is not None:
                answers[process.region].append((pid, answer))
    regions = sorted(set(steps) | set(answers), key=lambda r: finnish_key(t(graph.regions[r].name)))
    return tuple(_region_work(graph, r, steps.get(r, {}), answers.get(r, [])) for r in regions)


def _region_work(graph: KnowledgeGraph, region_id: str, by_process: dict[str, list[StepRef]],
                 answers: list[tuple[str, Answer]]) -> RegionWork:
    refs = [ref for pid in sorted(by_process) for ref in by_process[pid]]
    return RegionWork(
        region_id=region_id,
        processes=tuple(ProcessWork(process_id=pid, steps=tuple(by_process[pid])) for pid in sorted(by_process)),
        answers=tuple(answers),
        forms=_distinct(graph, refs, "forms"),
        laws=_distinct(graph, refs, "legal_bases"),
    )


def _distinct(graph: KnowledgeGraph, refs: list[StepRef], attribute: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for ref in refs for item in getattr(graph.step(ref), attribute)))


def roles_in_finnish_order(graph: KnowledgeGraph) -> list[str]:
    return sorted(graph.roles, key=lambda r: finnish_key(t(graph.roles[r].name)))


@dataclass(frozen=True, slots=True)
class RoleRegionPageInputs:
    """What one role-and-region page is rendered from, by id and digest: its repr is the page's key in the memo.
    The page is rendered from the catalogue view plus the region's models (all of them, by their digests): the
    role's work there is worked out from that view alone."""

    path: str
    catalogues: str  # digest of the catalogue view
    role_id: str
    region_id: str
    processes: tuple[tuple[str, str], ...]  # (process id, digest of the model) for every model of the region
    downloads: str  # digest of the forms stage's files


def region_view(view: KnowledgeGraph, graph: KnowledgeGraph, role_id: str,
                process_ids: Iterable[str]) -> KnowledgeGraph:
    """The catalogue view plus the given models, and the role's steps in them (indexed from those models only)."""
    processes = {pid: graph.processes[pid] for pid in process_ids}
    steps = tuple(ref for ref in graph.steps_by_role.get(role_id, ()) if ref.process_id in processes)
    return replace(view, processes=processes, steps_by_role={role_id: steps} if steps else {})


def render_role_region_page(view: KnowledgeGraph, graph: KnowledgeGraph, stages: StageOutputs,
                            page: RoleRegionPageInputs, env: Environment) -> str:
    """`view`: the catalogue view; `graph`, `stages`: where the models and the downloads are read from (the same
    objects whose digests are in `page`)."""
    shown = region_view(view, graph, page.role_id, (pid for pid, _ in page.processes))
    [work] = role_regions(shown, page.role_id)
    return render(env, "role_region.md.jinja", page.path, g=shown, role=shown.roles[page.role_id], work=work,
                  downloads=stages.forms.output.files)


def render_roles(graph: KnowledgeGraph, stages: StageOutputs, env: Environment,
                 memo: PageMemo = NO_MEMO) -> list[Page]:
    pages = []
    names = kind_names()
    view, catalogues = memo.catalogues(graph)
    by_region: dict[str, list[str]] = defaultdict(list)
    for pid, process in graph.processes.items():
        by_region[process.region].append(pid)
    work = {role_id: role_regions(graph, role_id) for role_id in graph.roles}
    for role_id, regions in work.items():
        role = graph.roles[role_id]
        path = urls.role_page(role_id)
        pages.append(Page(path, render(env, "role.md.jinja", path, g=graph, role=role, regions=regions,
                                       kind_names=names), ROLES_FILE))
        for region in regions:
            page = RoleRegionPageInputs(
                path=urls.role_region_page(role_id, region.region_id), catalogues=catalogues, role_id=role_id,
                region_id=region.region_id,
                processes=tuple((pid, memo.digest(graph.processes[pid])) for pid in by_region[region.region_id]),
                downloads=memo.digest(stages.forms.output.files))
            body = memo.content(repr(page), partial(render_role_region_page, view, graph, stages, page, env))
            pages.append(Page(page.path, body, ROLES_FILE))
    ordered = roles_in_finnish_order(graph)
    taking_part = [r for r in ordered if work[r]]
    body = render(env, "role_index.md.jinja", INDEX, g=graph, work=work, taking_part=taking_part,
                  idle=[r for r in ordered if not work[r]], kind_names=names)
    pages.append(Page(INDEX, body))
    return pages

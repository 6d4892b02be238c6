"""A comparison page per service (vertailu/<service>.md) and the comparison index (vertailu/index.md).

A comparison of many regions is split into parts, one page per table section (vertailu/<service>/<part>.md),
so that no page grows past what a phone loads comfortably; a small comparison stays one page that a
planner can read and print whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import partial

from jinja2 import Environment

from generator.compare.model import Comparison
from generator.compare.stage import ComparisonFiles
from generator.messages import message
from generator.questionnaire.stage import QuestionnaireDownload
from generator.render import urls
from generator.render.content import Page
from generator.render.environment import render
from generator.render.page_memo import NO_MEMO, PageMemo
from generator.render.pages.catalog_pages import CATALOG_FILES
from generator.render.stages import StageOutputs
from generator.resolve import KnowledgeGraph

INDEX = urls.COMPARISON.index
OVERVIEW = "kattavuus"
# the parts (their anchors and page names), in page order; the overview (coverage, unanswered questions) is the
# comparison page itself
PARTS = ("vaiheet", "kysymykset", "tehtavat", "saadokset", "lomakkeet")
# region cells (regions × table rows) above which the comparison is split into a page per part;
# a national comparison (45 regions) is split, a handful of regions stays on one page
SPLIT_ABOVE_CELLS = 1200


def referring_processes(graph: KnowledgeGraph, service_id: str) -> list[str]:
    """Processes of other services whose paths continue into this one (the service is used there)."""
    return sorted({pid for pid, p in graph.processes.items() if p.service != service_id
                   for s in p.steps for n in s.next if n.service == service_id})


def is_split(c: Comparison) -> bool:
    rows = len(c.phases) + len(c.questions) + len(c.tasks) + len(c.legal_bases) + len(c.forms)
    return bool(c.described_regions) and len(c.regions) * rows > SPLIT_ABOVE_CELLS


def part_pages(service_id: str) -> list[tuple[str, str]]:
    """(title, docs path) of every page of a split comparison, the overview first."""
    titles = part_titles()
    return [(message("comparison_pages.part.overview"), urls.comparison_page(service_id)),
            *((titles[part], urls.comparison_part_page(service_id, part)) for part in PARTS)]


def part_titles() -> dict[str, str]:
    """Part → its title on the page and in the navigation."""
    return {"vaiheet": message("comparison_pages.part.steps"), "kysymykset": message("comparison_pages.part.questions"),
            "tehtavat": message("comparison_pages.part.tasks"), "saadokset": message("comparison_pages.part.legal"),
            "lomakkeet": message("comparison_pages.part.forms")}


@dataclass(frozen=True, slots=True)
class ComparisonPageInputs:
    """What one comparison page (or part) is rendered from, by id and digest: its repr is the page's key in the
    memo. The page is rendered from the catalogue view plus the models of other services that lead into this one;
    the comparison itself (every region's column) and its downloads are the comparison stage's `bundle`."""

    path: str
    catalogues: str  # digest of the catalogue view
    service_id: str
    bundle: str  # digest of the stage's ComparisonFiles for the service
    sections: tuple[str, ...]
    parts: tuple[tuple[str, str], ...]  # (title, docs path) of every page of a split comparison; () when whole
    part_title: str | None
    referring: tuple[tuple[str, str], ...]  # (process id, digest of the model)
    questionnaires: tuple[QuestionnaireDownload, ...]  # this service's


def render_comparison_page(view: KnowledgeGraph, graph: KnowledgeGraph, stages: StageOutputs,
                           page: ComparisonPageInputs, env: Environment) -> str:
    """`view`: the catalogue view; `graph`, `stages`: where the models and the comparison are read from (the same
    objects whose digests are in `page`)."""
    shown = replace(view, processes={pid: graph.processes[pid] for pid, _ in page.referring})
    bundle = stages.comparisons.output.by_service[page.service_id]
    return render(env, "comparison.md.jinja", page.path, g=shown, service=shown.services[page.service_id],
                  c=bundle.comparison, files=bundle, referring=[pid for pid, _ in page.referring],
                  questionnaires={page.service_id: page.questionnaires} if page.questionnaires else {},
                  sections=list(page.sections), parts=list(page.parts), part_title=page.part_title)


def render_comparisons(graph: KnowledgeGraph, stages: StageOutputs, env: Environment,
                       memo: PageMemo = NO_MEMO) -> list[Page]:
    files = stages.comparisons.output.by_service
    view, catalogues = memo.catalogues(graph)
    pages = []
    for bundle in files.values():
        for page in _service_pages(graph, memo, catalogues, bundle, stages.questionnaires.output.downloads):
            body = memo.content(repr(page), partial(render_comparison_page, view, graph, stages, page, env))
            pages.append(Page(page.path, body, CATALOG_FILES["services"]))
    comparisons = [bundle.comparison for bundle in files.values()]
    pages.append(Page(INDEX, render(env, "comparison_index.md.jinja", INDEX, g=graph, comparisons=comparisons)))
    return pages


def _service_pages(graph: KnowledgeGraph, memo: PageMemo, catalogues: str, bundle: ComparisonFiles,
                   questionnaires: Mapping[str, tuple[QuestionnaireDownload, ...]]) -> list[ComparisonPageInputs]:
    c = bundle.comparison
    common = ComparisonPageInputs(
        path=urls.comparison_page(c.service_id), catalogues=catalogues, service_id=c.service_id,
        bundle=memo.digest(bundle), sections=(OVERVIEW, *PARTS), parts=(), part_title=None,
        referring=tuple((pid, memo.digest(graph.processes[pid])) for pid in referring_processes(graph, c.service_id)),
        questionnaires=tuple(questionnaires.get(c.service_id, ())))
    if not is_split(c):
        return [common]
    parts = tuple(part_pages(c.service_id))
    pages = [replace(common, sections=(OVERVIEW,), parts=parts)]
    for part, (title, part_path) in zip(PARTS, parts[1:], strict=True):
        pages.append(replace(common, path=part_path, sections=(part,), parts=parts, part_title=title))
    return pages

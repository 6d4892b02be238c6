"""A comparison page per service (vertailu/<service>.md) and the comparison index (vertailu/index.md).

A comparison of many regions is split into parts, one page per table section (vertailu/<service>/<part>.md),
so that no page grows past what a phone loads comfortably; a small comparison stays one page that a
planner can read and print whole. The questions of a split comparison are one table of every question × every
region, too heavy for one page at national scale (600 kB): when they are, the questions part lists the
question groups, and each group (the questions of one phase, a long phase cut in pieces) is its own page
(vertailu/<service>/kysymykset/<phase>.md) with the regions still side by side.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import partial

from jinja2 import Environment

from generator.compare.model import Comparison, QuestionRow
from generator.compare.stage import ComparisonFiles
from generator.messages import message
from generator.model.catalog import Service
from generator.questionnaire.stage import QuestionnaireDownload
from generator.render import urls
from generator.render.content import Page
from generator.render.environment import render
from generator.render.page_memo import NO_MEMO, PageMemo
from generator.render.pages.catalog_pages import CATALOG_FILES
from generator.render.stages import StageOutputs
from generator.render.text import t
from generator.resolve import KnowledgeGraph

INDEX = urls.COMPARISON.index
OVERVIEW = "kattavuus"
# the parts (their anchors and page names), in page order; the overview (coverage, unanswered questions) is the
# comparison page itself
PARTS = ("vaiheet", "kysymykset", "tehtavat", "saadokset", "lomakkeet")
# region cells (regions × table rows) above which the comparison is split into a page per part;
# a national comparison (45 regions) is split, a handful of regions stays on one page
SPLIT_ABOVE_CELLS = 1200
QUESTIONS = "kysymykset"
# What one question page of a split comparison may weigh: characters of answer text plus an estimate of each
# region cell's markup (its <td> with the filter's attributes, a gap label, the role links). A heavier questions
# table is cut into groups; 120 000 keeps a page (with the site's navigation) near 150 kB, well under 300 kB.
QUESTION_PAGE_BUDGET = 120_000
CELL_MARKUP = 160
ROLE_MARKUP = 120


@dataclass(frozen=True, slots=True)
class QuestionGroup:
    """One page of a split questions part: the questions of one phase, or a piece of a long phase's."""

    title: str
    path: str
    questions: tuple[QuestionRow, ...]


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


def _row_weight(row: QuestionRow) -> int:
    return sum(CELL_MARKUP + sum(len(a.text) + ROLE_MARKUP * len(a.roles) for a in cell) for cell in row.cells)


def _pieces(rows: list[QuestionRow]) -> list[list[QuestionRow]]:
    """Consecutive pieces of about equal weight, each within the budget (a single heavier row is a piece alone)."""
    total = sum(_row_weight(r) for r in rows)
    count = max(1, -(-total // QUESTION_PAGE_BUDGET))
    target = total / count
    pieces: list[list[QuestionRow]] = [[]]
    weight = 0
    for row in rows:
        row_weight = _row_weight(row)
        if pieces[-1] and (weight + row_weight > QUESTION_PAGE_BUDGET or weight >= target):
            pieces.append([])
            weight = 0
        pieces[-1].append(row)
        weight += row_weight
    return pieces


def question_groups(c: Comparison, phases: list[tuple[str, str]]) -> list[QuestionGroup]:
    """The question pages of a split comparison, in the service's phase order; empty when the questions fit on
    one page. `phases` are the service's (phase id, name)."""
    if sum(_row_weight(q) for q in c.questions) <= QUESTION_PAGE_BUDGET:
        return []
    groups = []
    for phase_id, name in phases:
        rows = [q for q in c.questions if q.phase_id == phase_id]
        if not rows:
            continue
        pieces = _pieces(rows)
        for number, piece in enumerate(pieces, start=1):
            slug = phase_id if len(pieces) == 1 else f"{phase_id}-{number}"
            title = name if len(pieces) == 1 else message("comparison_pages.question_group_numbered", phase=name,
                                                              number=number, count=len(pieces))
            groups.append(QuestionGroup(title, urls.comparison_part_page(c.service_id, f"{QUESTIONS}/{slug}"),
                                        tuple(piece)))
    return groups


@dataclass(frozen=True, slots=True)
class ComparisonPageInputs:
    """What one comparison page (or part, or question group) is rendered from, by id and digest: its repr is the
    page's key in the memo. The page is rendered from the catalogue view plus the models of other services that
    lead into this one; the comparison itself (every region's column) and its downloads are the comparison stage's
    `bundle`, from which a question group's rows are cut again (`group` is its place among them)."""

    path: str
    catalogues: str  # digest of the catalogue view
    service_id: str
    bundle: str  # digest of the stage's ComparisonFiles for the service
    sections: tuple[str, ...]
    parts: tuple[tuple[str, str], ...]  # (title, docs path) of every page of a split comparison; () when whole
    part_title: str | None
    current_part: str  # the part page the page belongs to (a question group: the questions part)
    group: int | None  # a question group's index in question_groups(); None on every other page
    nav_title: str | None  # a question group's title in the navigation
    referring: tuple[tuple[str, str], ...]  # (process id, digest of the model)
    questionnaires: tuple[QuestionnaireDownload, ...]  # this service's


def _groups(c: Comparison, service: Service) -> list[QuestionGroup]:
    return question_groups(c, [(phase.id, t(phase.name)) for phase in service.phases])


def render_comparison_page(view: KnowledgeGraph, graph: KnowledgeGraph, bundle: ComparisonFiles,
                           page: ComparisonPageInputs, env: Environment) -> str:
    """`view`: the catalogue view; `graph`, `bundle`: where the models and the comparison are read from (the same
    objects whose digests are in `page`)."""
    shown = replace(view, processes={pid: graph.processes[pid] for pid, _ in page.referring})
    service = shown.services[page.service_id]
    groups = _groups(bundle.comparison, service) if page.parts else []
    questions_part = urls.comparison_part_page(page.service_id, QUESTIONS) if page.parts else None
    group = {} if page.group is None else {"group": groups[page.group]}
    return render(env, "comparison.md.jinja", page.path, g=shown, service=service, c=bundle.comparison,
                  files=bundle, referring=[pid for pid, _ in page.referring],
                  questionnaires={page.service_id: page.questionnaires} if page.questionnaires else {},
                  sections=list(page.sections), parts=list(page.parts), part_title=page.part_title,
                  question_groups=groups, current_part=page.current_part, questions_part=questions_part, **group)


def render_comparisons(graph: KnowledgeGraph, stages: StageOutputs, env: Environment,
                       memo: PageMemo = NO_MEMO) -> list[Page]:
    files = stages.comparisons.output.by_service
    pages = []
    for bundle in files.values():
        pages.extend(render_service_pages(graph, bundle, stages.questionnaires.get().output.downloads, env, memo))
    comparisons = [bundle.comparison for bundle in files.values()]
    pages.append(Page(INDEX, render(env, "comparison_index.md.jinja", INDEX, g=graph, comparisons=comparisons)))
    return pages


def render_service_pages(graph: KnowledgeGraph, bundle: ComparisonFiles,
                         questionnaires: Mapping[str, tuple[QuestionnaireDownload, ...]], env: Environment,
                         memo: PageMemo = NO_MEMO) -> list[Page]:
    """One service's comparison: a page, or its parts and question groups when split."""
    view, catalogues = memo.catalogues(graph)
    pages = []
    for page in _service_pages(graph, memo, catalogues, bundle, questionnaires):
        body = memo.content(repr(page), partial(render_comparison_page, view, graph, bundle, page, env))
        pages.append(Page(page.path, body, CATALOG_FILES["services"], nav_title=page.nav_title))
    return pages


def _service_pages(graph: KnowledgeGraph, memo: PageMemo, catalogues: str, bundle: ComparisonFiles,
                   questionnaires: Mapping[str, tuple[QuestionnaireDownload, ...]]) -> list[ComparisonPageInputs]:
    c = bundle.comparison
    path = urls.comparison_page(c.service_id)
    common = ComparisonPageInputs(
        path=path, catalogues=catalogues, service_id=c.service_id, bundle=memo.digest(bundle),
        sections=(OVERVIEW, *PARTS), parts=(), part_title=None, current_part=path, group=None, nav_title=None,
        referring=tuple((pid, memo.digest(graph.processes[pid])) for pid in referring_processes(graph, c.service_id)),
        questionnaires=tuple(questionnaires.get(c.service_id, ())))
    if not is_split(c):
        return [common]
    parts = tuple(part_pages(c.service_id))
    groups = _groups(c, graph.services[c.service_id])
    questions_path = urls.comparison_part_page(c.service_id, QUESTIONS)
    pages = [replace(common, sections=(OVERVIEW,), parts=parts)]
    for part, (title, part_path) in zip(PARTS, parts[1:], strict=True):
        sections = ("question_groups" if part == QUESTIONS and groups else part,)
        pages.append(replace(common, path=part_path, sections=sections, parts=parts, part_title=title,
                             current_part=part_path))
    questions_title = part_titles()[QUESTIONS]
    for index, group in enumerate(groups):
        pages.append(replace(common, path=group.path, sections=(QUESTIONS,), parts=parts, part_title=questions_title,
                             current_part=questions_path, group=index, nav_title=group.title))
    return pages

"""A comparison page per service (vertailu/<service>.md) and the comparison index (vertailu/index.md).

A comparison of many regions is split into parts, one page per table section (vertailu/<service>/<part>.md),
so that no page grows past what a phone loads comfortably; a small comparison stays one page that a
planner can read and print whole.
"""

from __future__ import annotations

from collections.abc import Mapping

from jinja2 import Environment

from generator.compare.model import Comparison
from generator.compare.stage import ComparisonFiles
from generator.messages import message
from generator.questionnaire.stage import QuestionnaireDownload
from generator.render import urls
from generator.render.content import Page
from generator.render.environment import render
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


def render_comparisons(graph: KnowledgeGraph, stages: StageOutputs, env: Environment) -> list[Page]:
    files = stages.comparisons.output.by_service
    pages = []
    for bundle in files.values():
        pages.extend(_service_pages(graph, env, bundle, stages.questionnaires.output.downloads))
    comparisons = [bundle.comparison for bundle in files.values()]
    pages.append(Page(INDEX, render(env, "comparison_index.md.jinja", INDEX, g=graph, comparisons=comparisons)))
    return pages


def _service_pages(graph: KnowledgeGraph, env: Environment, bundle: ComparisonFiles,
                   questionnaires: Mapping[str, tuple[QuestionnaireDownload, ...]]) -> list[Page]:
    c = bundle.comparison
    common = {"g": graph, "service": graph.services[c.service_id], "c": c, "files": bundle,
              "referring": referring_processes(graph, c.service_id), "questionnaires": questionnaires}
    path = urls.comparison_page(c.service_id)
    if not is_split(c):
        body = render(env, "comparison.md.jinja", path, sections=[OVERVIEW, *PARTS], parts=[], part_title=None,
                      **common)
        return [Page(path, body, CATALOG_FILES["services"])]
    parts = part_pages(c.service_id)
    pages = [Page(path, render(env, "comparison.md.jinja", path, sections=[OVERVIEW], parts=parts, part_title=None,
                               **common), CATALOG_FILES["services"])]
    for part, (title, part_path) in zip(PARTS, parts[1:], strict=True):
        body = render(env, "comparison.md.jinja", part_path, sections=[part], parts=parts, part_title=title,
                      **common)
        pages.append(Page(part_path, body, CATALOG_FILES["services"]))
    return pages

"""A comparison page per service (vertailu/<service>.md) and the comparison index (vertailu/index.md)."""

from __future__ import annotations

from jinja2 import Environment

from generator.compare import build_comparison
from generator.render import urls
from generator.render.content import Page
from generator.render.environment import render
from generator.render.pages.catalog_pages import CATALOG_FILES
from generator.render.stages import StageOutputs
from generator.resolve import KnowledgeGraph

INDEX = urls.COMPARISON.index


def referring_processes(graph: KnowledgeGraph, service_id: str) -> list[str]:
    """Processes of other services whose paths continue into this one (the service is used there)."""
    return sorted({pid for pid, p in graph.processes.items() if p.service != service_id
                   for s in p.steps for n in s.next if n.service == service_id})


def render_comparisons(graph: KnowledgeGraph, stages: StageOutputs, env: Environment) -> list[Page]:
    pages = []
    comparisons = [build_comparison(graph, sid) for sid in graph.services]
    for c in comparisons:
        path = urls.comparison_page(c.service_id)
        body = render(env, "comparison.md.jinja", path, g=graph, service=graph.services[c.service_id], c=c,
                      referring=referring_processes(graph, c.service_id),
                      questionnaires=stages.questionnaires.output.downloads)
        pages.append(Page(path, body, CATALOG_FILES["services"]))
    pages.append(Page(INDEX, render(env, "comparison_index.md.jinja", INDEX, g=graph, comparisons=comparisons)))
    return pages

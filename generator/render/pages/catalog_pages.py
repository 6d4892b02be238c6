"""Pages for the shared catalogues: roles, legal bases, regions, services, glossary and sources."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from jinja2 import Environment

from generator.render import urls
from generator.render.content import Page
from generator.render.environment import render
from generator.render.page_memo import NO_MEMO, PageMemo
from generator.render.stages import StageOutputs
from generator.resolve import KnowledgeGraph

# A list of paths or steps longer than this is shown as counts per region or per process, linking to the pages
# that list them: at national scale an act or the open labour market would otherwise list every model (1.3 MB).
LONG_LIST = 40

CATALOG_FILES = {
    "roles": "process_models/catalog/roolit.yaml",
    "legal": "process_models/catalog/saadokset.yaml",
    "regions": "process_models/catalog/alueet.yaml",
    "services": "process_models/catalog/palvelut.yaml",
    "glossary": "process_models/catalog/sanasto.yaml",
    "sources": "process_models/catalog/lahteet.yaml",
}


def render_legal_bases(graph: KnowledgeGraph, stages: StageOutputs, env: Environment,
                       memo: PageMemo = NO_MEMO) -> list[Page]:
    pages = []
    for basis in graph.legal_bases.values():
        path = urls.legal_page(basis.id)
        services = [s for s in graph.services.values() if basis.id in s.legal_bases]
        replaces = [b for b in graph.legal_bases.values() if b.replaced_by == basis.id]
        refs = graph.steps_by_legal_basis.get(basis.id, ())
        body = render(env, "legal.md.jinja", path, g=graph, basis=basis, services=services, replaces=replaces,
                      refs=refs, refs_by_process=counted(ref.process_id for ref in refs) if len(refs) > LONG_LIST
                      else ())
        pages.append(Page(path, body, CATALOG_FILES["legal"]))
    pages.append(Page(urls.LEGAL.index, render(env, "legal_index.md.jinja", urls.LEGAL.index, g=graph)))
    return pages


def render_regions(graph: KnowledgeGraph, stages: StageOutputs, env: Environment,
                   memo: PageMemo = NO_MEMO) -> list[Page]:
    pages = []
    for region in graph.regions.values():
        path = urls.region_page(region.id)
        children = [r for r in graph.regions.values() if r.part_of == region.id]
        own = list(graph.processes_by_region.get(region.id, ()))
        nested = [pid for child in children for pid in graph.processes_by_region.get(child.id, ())]
        organisations = [o for o in graph.organisations.values() if o.region == region.id]
        body = render(env, "region.md.jinja", path, g=graph, region=region, children=children, own=own,
                      nested=nested, organisations=organisations, diagrams=stages.diagrams.output)
        pages.append(Page(path, body, CATALOG_FILES["regions"]))
    pages.append(Page(urls.REGION.index, render(env, "region_index.md.jinja", urls.REGION.index, g=graph)))
    return pages


def render_services(graph: KnowledgeGraph, stages: StageOutputs, env: Environment,
                    memo: PageMemo = NO_MEMO) -> list[Page]:
    pages = []
    for service in graph.services.values():
        path = urls.service_page(service.id)
        process_ids = graph.processes_by_service.get(service.id, ())
        leads_here = sorted({pid for pid, p in graph.processes.items()
                             for s in p.steps for n in s.next if n.service == service.id})
        leads_by_region = (counted(graph.processes[pid].region for pid in leads_here)
                           if len(leads_here) > LONG_LIST else ())
        body = render(env, "service.md.jinja", path, g=graph, service=service, process_ids=process_ids,
                      leads_here=leads_here, leads_by_region=leads_by_region, diagrams=stages.diagrams.output)
        pages.append(Page(path, body, CATALOG_FILES["services"]))
    pages.append(Page(urls.SERVICE.index, render(env, "service_index.md.jinja", urls.SERVICE.index, g=graph)))
    return pages


def counted(ids: Iterable[str]) -> tuple[tuple[str, int], ...]:
    """(id, how many times) in order of first appearance."""
    return tuple(Counter(ids).items())


def render_glossary(graph: KnowledgeGraph, stages: StageOutputs, env: Environment,
                    memo: PageMemo = NO_MEMO) -> list[Page]:
    return [
        Page(urls.GLOSSARY, render(env, "glossary.md.jinja", urls.GLOSSARY, g=graph), CATALOG_FILES["glossary"]),
        Page(urls.SOURCES, render(env, "sources.md.jinja", urls.SOURCES, g=graph), CATALOG_FILES["sources"]),
    ]

"""Which regions a comparison shows, and Finnish messages for a request that names unknown ids."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from generator.messages import message
from generator.render.text import t
from generator.resolve import KnowledgeGraph
from generator.validate.suggest import did_you_mean


def describing_regions(graph: KnowledgeGraph, service_id: str) -> tuple[str, ...]:
    """Regions with at least one model of the service, in catalogue order."""
    wanted = {graph.processes[pid].region for pid in graph.processes_by_service.get(service_id, ())}
    return tuple(rid for rid in graph.regions if rid in wanted)


def default_regions(graph: KnowledgeGraph, service_id: str) -> tuple[str, ...]:
    """The regions that describe the service, then every other region that has models at all.

    The second group shows as gaps: those regions describe other services here but not this one.
    A service no region describes has nothing to compare, so it gets no columns.
    """
    describing = describing_regions(graph, service_id)
    if not describing:
        return ()
    others = tuple(rid for rid in graph.regions if rid in graph.processes_by_region and rid not in describing)
    return describing + others


def parse_region_list(text: str) -> tuple[str, ...]:
    """'a, b,a' → ('a', 'b'): the order the reader asked for, each region once."""
    seen: list[str] = []
    for part in text.split(","):
        region = part.strip()
        if region and region not in seen:
            seen.append(region)
    return tuple(seen)


def request_problems(graph: KnowledgeGraph, service_id: str, region_ids: Sequence[str] | None) -> list[str]:
    """Everything wrong with a comparison request, in Finnish ([] when it can be built)."""
    problems = []
    if service_id not in graph.services:
        problems.append(message("compare.request.unknown_service", service=service_id,
                                suggestion=did_you_mean(service_id, graph.services), services=_listing(graph.services)))
    for region in region_ids or ():
        if region not in graph.regions:
            problems.append(message("compare.request.unknown_region", region=region,
                                    suggestion=did_you_mean(region, graph.regions), regions=_listing(graph.regions)))
    if region_ids is not None and not region_ids:
        problems.append(message("compare.request.no_regions"))
    return problems


def region_names(graph: KnowledgeGraph, region_ids: Iterable[str]) -> str:
    return ", ".join(t(graph.regions[rid].name) for rid in region_ids)


def _listing(known: Iterable[str]) -> str:
    return ", ".join(known)

"""The paths between services that the regions' models describe: process P (of service A) exits to B."""

from __future__ import annotations

from dataclasses import dataclass

from generator.resolve import KnowledgeGraph


@dataclass(frozen=True, slots=True, order=True)
class ServicePath:
    source: str  # the process's own service
    target: str  # the service a `next: {service: …}` exit leads to
    process_id: str
    condition: str = ""


def service_paths(graph: KnowledgeGraph) -> list[ServicePath]:
    found = set()
    for pid, process in graph.processes.items():
        for step in process.steps:
            for target in step.next:
                if target.service:
                    condition = target.condition.fi if target.condition else ""
                    found.add(ServicePath(process.service, target.service, pid, condition))
    return sorted(found)


def paths_through(paths: list[ServicePath], service_id: str) -> list[ServicePath]:
    """Every path on a route through the service: the ones leading to it and the ones leading on from it."""
    leads_here = _reach(paths, service_id, backwards=True)
    leads_on = _reach(paths, service_id, backwards=False)
    return [p for p in paths if p.target in leads_here or p.source in leads_on]


def _reach(paths: list[ServicePath], start: str, *, backwards: bool) -> set[str]:
    seen, frontier = {start}, [start]
    while frontier:
        current = frontier.pop()
        for p in paths:
            here, there = (p.target, p.source) if backwards else (p.source, p.target)
            if here == current and there not in seen:
                seen.add(there)
                frontier.append(there)
    return seen


@dataclass(frozen=True, slots=True)
class PathGroup:
    """The paths from one service to another on the same condition: one line of a large map's text version."""

    source: str
    target: str
    condition: str
    process_ids: tuple[str, ...]


def grouped_paths(paths: tuple[ServicePath, ...] | list[ServicePath]) -> list[PathGroup]:
    """Paths grouped by (source, target, condition) in the order they come, each group's processes in order."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for p in paths:
        groups.setdefault((p.source, p.target, p.condition), []).append(p.process_id)
    return [PathGroup(source, target, condition, tuple(pids)) for (source, target, condition), pids in groups.items()]

"""A loop without a way out, named by the jump that closes it.

Every step that cannot reach the end of its process leads into a group of steps that only lead to each
other. Listing each of those steps says nothing about what to change; the change is to the one `next:`
that jumps back, so that is where we point: a step leading to itself if there is one, else the edge
inside the group whose target comes earliest in the file (the loop's first step), from the step that
comes last."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from generator.load.yaml_nodes import Pos
from generator.model.modelset import Located
from generator.model.process import Process


@dataclass(frozen=True, slots=True)
class ClosedLoop:
    """A group of steps without a way out, and the `next:` that closes it (at its position)."""

    source: str
    target: str
    steps: tuple[str, ...]  # the loop from its first step back to it
    pos: Pos


def closed_loops(located: Located[Process], trapped: list[str], forward: dict[str, list[str]]) -> list[ClosedLoop]:
    """One loop per group of steps that cannot reach the end (a sink of the step graph)."""
    order = {step.id: i for i, step in enumerate(located.model.steps)}
    remaining = set(trapped)
    out: list[ClosedLoop] = []
    for step in trapped:
        if step not in remaining:
            continue
        group = _sink_reached_from(step, forward, set(trapped))
        remaining -= _upstream(group, forward, remaining)
        out.append(_report(located, group, forward, order))
    return out


def _sink_reached_from(step: str, forward: dict[str, list[str]], trapped: set[str]) -> set[str]:
    """Follow edges until every step reached also reaches back: that group has no exit at all."""
    current = step
    while True:
        ahead = _reach(current, forward, trapped)
        back = {s for s in ahead if current in _reach(s, forward, trapped)}
        if back == ahead:
            return ahead
        current = min(ahead - back)


def _reach(start: str, forward: dict[str, list[str]], allowed: set[str]) -> set[str]:
    seen = {start}
    queue = deque([start])
    while queue:
        for nxt in forward.get(queue.popleft(), []):
            if nxt in allowed and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def _upstream(group: set[str], forward: dict[str, list[str]], candidates: set[str]) -> set[str]:
    return {s for s in candidates if _reach(s, forward, candidates | group) & group}


def _report(located: Located[Process], group: set[str], forward: dict[str, list[str]],
            order: dict[str, int]) -> ClosedLoop:
    edges = [(source, target) for source in group for target in forward.get(source, []) if target in group]
    if not edges:  # pragma: no cover - a step without targets is an exit, so a sink always has an edge
        edges = [(next(iter(group)),) * 2]
    # a step that leads to itself is almost always the slip; otherwise the jump back to the earliest step
    source, target = min(edges, key=lambda e: (e[0] != e[1], order[e[1]], -order[e[0]]))
    i = order[source]
    j = next(k for k, nxt in enumerate(located.model.steps[i].next) if nxt.step == target)
    loop = (*_path(target, source, forward, group), target)
    return ClosedLoop(source, target, loop, located.pos(("steps", i, "next", j, "step")))


def _path(start: str, goal: str, forward: dict[str, list[str]], group: set[str]) -> list[str]:
    previous: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        current = queue.popleft()
        if current == goal:
            break
        for nxt in forward.get(current, []):
            if nxt in group and nxt not in previous:
                previous[nxt] = current
                queue.append(nxt)
    path: list[str] = []
    at: str | None = goal
    while at is not None:
        path.append(at)
        at = previous[at]
    return path[::-1]

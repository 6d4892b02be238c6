"""The flow of a process: steps reachable from the start, an end reachable from every step,
decisions with at least two conditioned paths, unique step ids, clear next targets."""

from __future__ import annotations

from collections import deque

from generator import codes
from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.messages import message
from generator.model.modelset import Located
from generator.model.process import NextStep, Process
from generator.validate.context import RuleContext
from generator.validate.loops import closed_loops
from generator.validate.suggest import did_you_mean

CODES = (codes.G001, codes.G002, codes.G003, codes.G004, codes.G005, codes.G006, codes.R001, codes.R003)


def check(context: RuleContext) -> list[Diagnostic]:
    return [d for process in context.models.processes for d in check_flow(process)]

# Mistakes that make the step graph itself wrong (unknown or unclear target, two steps with one id).
_FLOW_BREAKERS = {"R003", "G005", "R001"}


def _target_count(nxt: NextStep) -> int:
    return sum((nxt.step is not None, nxt.service is not None, nxt.end))


def check_flow(located: Located[Process]) -> list[Diagnostic]:
    process = located.model
    file = located.file.path
    out: list[Diagnostic] = []
    step_ids = _unique_steps(located, out)
    for i, step in enumerate(process.steps):
        for j, nxt in enumerate(step.next):
            path = ("steps", i, "next", j)
            if _target_count(nxt) != 1:
                pos = located.pos(path)
                out.append(dg.make(codes.G005, file, pos.line, pos.column))
            elif nxt.step is not None and nxt.step not in step_ids:
                pos = located.pos((*path, "step"))
                out.append(dg.make(codes.R003, file, pos.line, pos.column, ref=nxt.step,
                                   suggestion=did_you_mean(nxt.step, step_ids)))
            if step.is_decision and nxt.condition is None:
                pos = located.pos(path)
                out.append(dg.make(codes.G004, file, pos.line, pos.column, step=step.id))
        if step.is_decision and len(step.next) < 2:
            pos = located.pos(("steps", i, "decision"))
            out.append(dg.make(codes.G003, file, pos.line, pos.column, step=step.id, count=len(step.next)))
    if not any(d.code in _FLOW_BREAKERS for d in out):
        # An unknown or unclear next target already explains every unreachable step and dead end
        # behind it; reporting those too would bury the one real mistake under a dozen follow-ups.
        out.extend(_reachability(located, step_ids))
    return out


def _unique_steps(located: Located[Process], out: list[Diagnostic]) -> set[str]:
    seen: dict[str, int] = {}
    for i, step in enumerate(located.model.steps):
        if step.id in seen:
            pos = located.pos(("steps", i, "id"))
            first = located.pos(("steps", seen[step.id], "id"))
            out.append(dg.make(codes.R001, located.file.path, pos.line, pos.column, id=step.id,
                               kind=message("validate.kinds.steps.name"), other=f"{located.file.path}:{first.line}",
                               kind_short=message("validate.kinds.steps.for")))
        else:
            seen[step.id] = i
    return set(seen)


def successors(process: Process) -> dict[str, list[str]]:
    return {step.id: [n.step for n in step.next if n.step is not None] for step in process.steps}


def _reachability(located: Located[Process], step_ids: set[str]) -> list[Diagnostic]:
    process = located.model
    if not process.steps:
        return []
    start = process.start_step
    if start not in step_ids:
        pos = located.pos(("start",))
        return [dg.make(codes.G006, located.file.path, pos.line, pos.column, start=start)]
    forward = successors(process)
    assert start is not None
    reached = _walk({start}, forward)
    exits = {s.id for s in process.steps if not s.next or any(n.end or n.service for n in s.next)}
    backward: dict[str, list[str]] = {}
    for source, targets in forward.items():
        for target in targets:
            backward.setdefault(target, []).append(source)
    can_finish = _walk(exits, backward)
    out: list[Diagnostic] = []
    for i, step in enumerate(process.steps):
        if step.id not in reached:
            pos = located.pos(("steps", i, "id"))
            out.append(dg.make(codes.G001, located.file.path, pos.line, pos.column, step=step.id, start=start))
    trapped = [s.id for s in process.steps if s.id in reached and s.id not in can_finish]  # ids are unique here
    for loop in closed_loops(located, trapped, forward):
        out.append(dg.make(codes.G002, located.file.path, loop.pos.line, loop.pos.column, source=loop.source,
                           target=loop.target, loop=f"({' → '.join(loop.steps)})"))
    return out


def _walk(starts: set[str], edges: dict[str, list[str]]) -> set[str]:
    seen = set(starts)
    queue = deque(starts)
    while queue:
        for nxt in edges.get(queue.popleft(), []):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen

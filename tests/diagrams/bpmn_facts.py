"""What a process model should become in BPMN: counts a user of QPR, Signavio or bpmn-js would see."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model.process import NextStep, Process


@dataclass(frozen=True)
class Expected:
    lanes: int
    tasks: int
    gateways: int
    flows: int
    start_events: int
    end_events: int
    conditions: tuple[str, ...]


def expected(process: Process) -> Expected:
    unassigned = any(s.responsible not in process.lanes for s in process.steps)
    ends: list[NextStep | None] = [None]  # a step without `next` ends the process
    outgoing: list[NextStep | None] = [n for s in process.steps for n in (s.next or ends)]
    exits = sum(1 for n in outgoing if n is None or not n.step)
    start = 1 if process.steps else 0
    return Expected(
        lanes=len(dict.fromkeys(process.lanes)) + (1 if unassigned else 0),
        tasks=sum(1 for s in process.steps if not s.is_decision),
        gateways=sum(1 for s in process.steps if s.is_decision),
        flows=start + len(outgoing), start_events=start, end_events=exits,
        conditions=tuple(sorted(n.condition.fi for n in outgoing if n is not None and n.condition)))

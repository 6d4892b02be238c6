"""Where each swimlane node goes: its lane (row) and its column, from the model alone (no Graphviz).

Columns run left to right by the service's canonical phases; steps that follow each other inside a
phase get successive columns, alternatives share one. Column 0 holds the lane names, column 1 the
start event. Back edges (loops) are found once here, so the DOT builder can draw them without letting
them push steps to the right.

A long chain in one lane would make the diagram a wide strip (one column per step), too wide to read
on a screen. Given `rows` > 1, a chain of steps that are alone in their columns inside one phase (a
*run*) is stacked top to bottom into columns of up to `rows` steps, read like newspaper columns: down
a stack, then on to the top of the next (`stacking` decides `rows` from the diagram's proportions).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.messages import message
from generator.model.catalog import Service
from generator.model.process import NextStep, Process, Step

UNASSIGNED_LANE = ""  # lane key of steps whose responsible role the model does not name
FIRST_STEP_COLUMN = 2


@dataclass(frozen=True, slots=True)
class PhaseSpan:
    """A phase's columns; `phase_id` is None for steps outside the service's canonical phases."""

    phase_id: str | None
    name: str
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Exit:
    """An outgoing path that leaves the step graph: the process ends or continues in another service."""

    step_id: str
    index: int
    target: NextStep
    column: int


@dataclass(frozen=True, slots=True)
class SwimlaneLayout:
    lanes: tuple[str, ...]  # role ids top to bottom; UNASSIGNED_LANE last when needed
    lane_of: dict[str, str]  # step id → lane key
    column_of: dict[str, int]  # step id → column
    phases: tuple[PhaseSpan, ...]
    exits: tuple[Exit, ...]
    back_edges: frozenset[tuple[str, str]]
    last_column: int
    row_of: dict[str, int]  # step id → its row in a stacked run (0 top); steps not stacked are absent
    rows: int = 1  # the deepest stack allowed when this layout was made

    def lane_index(self, step_id: str) -> int:
        return self.lanes.index(self.lane_of[step_id])


def _back_edges(process: Process) -> frozenset[tuple[str, str]]:
    """Edges that close a loop, found by a depth-first walk from the start in model order."""
    successors = {s.id: [n.step for n in s.next if n.step] for s in process.steps}
    back: set[tuple[str, str]] = set()
    done: set[str] = set()
    roots = [process.start_step, *successors] if process.start_step else list(successors)
    for root in roots:
        if root in done or root not in successors:
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        on_path = {root}
        while stack:
            node, position = stack.pop()
            if position < len(successors[node]):
                stack.append((node, position + 1))
                child = successors[node][position]
                if child in on_path:
                    back.add((node, child))
                elif child not in done and child in successors:
                    on_path.add(child)
                    stack.append((child, 0))
            else:
                on_path.discard(node)
                done.add(node)
    return frozenset(back)


def _levels_in_phase(steps: list[Step], back: frozenset[tuple[str, str]]) -> dict[str, int]:
    """Longest chain of forward edges inside the phase that ends at each step."""
    ids = {s.id for s in steps}
    preds: dict[str, list[str]] = {s.id: [] for s in steps}
    for step in steps:
        for n in step.next:
            if n.step in ids and (step.id, n.step) not in back:
                preds[n.step].append(step.id)
    level: dict[str, int] = {}
    while len(level) < len(steps):
        ready = [s for s in preds if s not in level and all(p in level for p in preds[s])]
        if not ready:  # a cycle the walk from the start did not reach; keep model order
            ready = [next(s for s in preds if s not in level)]
        for sid in ready:
            level[sid] = max((level[p] + 1 for p in preds[sid] if p in level), default=0)
    return level


def _phase_groups(process: Process, service: Service) -> list[tuple[str | None, str, list[Step]]]:
    groups: list[tuple[str | None, str, list[Step]]] = []
    for phase in service.phases:
        steps = [s for s in process.steps if s.phase == phase.id]
        if steps:
            groups.append((phase.id, phase.name.fi, steps))
    known = {p.id for p in service.phases}
    rest = [s for s in process.steps if s.phase not in known]
    if rest:
        groups.append((None, message("diagrams.swimlane.no_phase"), rest))
    return groups


def _lanes(process: Process) -> tuple[dict[str, str], tuple[str, ...]]:
    lanes = list(dict.fromkeys(process.lanes))
    lane_of = {s.id: s.responsible if s.responsible in lanes else UNASSIGNED_LANE for s in process.steps}
    if UNASSIGNED_LANE in lane_of.values():
        lanes.append(UNASSIGNED_LANE)
    return lane_of, tuple(lanes)


def _exits(process: Process, column_of: dict[str, int]) -> list[Exit]:
    exits = []
    for step in process.steps:
        targets = step.next or [NextStep(end=True)]
        for index, target in enumerate(targets):
            if not target.step:
                exits.append(Exit(step.id, index, target, column_of[step.id] + 1))
    return exits


def runs(process: Process, column_of: dict[str, int], lane_of: dict[str, str],
         phases: list[PhaseSpan]) -> list[list[str]]:
    """Chains that may be stacked: inside one phase, successive columns each holding one step and nothing
    else (no other step, no exit), all in one lane, each step leading only to the next (unconditionally, and not
    a decision) and each but the first entered only from the one before. Then a stack changes no other line's route."""
    occupants: dict[int, list[str]] = {}
    for sid, column in column_of.items():
        occupants.setdefault(column, []).append(sid)
    incoming: dict[str, int] = {}
    exits_at: dict[int, int] = {}
    for step in process.steps:
        for target in step.next or [NextStep(end=True)]:
            if target.step:
                incoming[target.step] = incoming.get(target.step, 0) + 1
            else:
                exits_at[column_of[step.id] + 1] = exits_at.get(column_of[step.id] + 1, 0) + 1
    by_id = {s.id: s for s in process.steps}

    def alone(column: int) -> str | None:
        there = occupants.get(column, [])
        return there[0] if len(there) == 1 and not exits_at.get(column) else None

    def chained(a: str, b: str) -> bool:
        step = by_id[a]
        if step.is_decision:  # its question is under its diamond: a line straight down would cross it
            return False
        if len(step.next) != 1 or step.next[0].step != b or (step.next[0].condition and step.next[0].condition.fi):
            return False
        return incoming.get(b, 0) == 1 and lane_of[a] == lane_of[b]

    found: list[list[str]] = []
    for span in phases:
        run: list[str] = []
        for column in range(span.first, span.last + 1):
            single = alone(column)
            if single is None:
                found += [run] if len(run) > 1 else []
                run = []
            elif run and chained(run[-1], single):
                run.append(single)
            else:
                found += [run] if len(run) > 1 else []
                run = [single]
        if len(run) > 1:
            found.append(run)
    return found


def _stack(chains: list[list[str]], rows: int, column_of: dict[str, int], phases: list[PhaseSpan],
           last: int) -> tuple[dict[str, int], dict[str, int], list[PhaseSpan], int]:
    """The columns after stacking each chain into columns of `rows` steps: the freed columns close up."""
    new_column: dict[int, int] = {}  # old column → new, for columns outside the chains (and chain heads)
    row_of: dict[str, int] = {}
    member_column: dict[str, int] = {}
    heads = {column_of[chain[0]]: chain for chain in chains}
    freed = 0
    column = FIRST_STEP_COLUMN - 1
    while column <= last + 1:
        chain = heads.get(column)
        if chain is None:
            new_column[column] = column - freed
            column += 1
            continue
        for index, sid in enumerate(chain):
            member_column[sid] = column - freed + index // rows
            row_of[sid] = index % rows
            new_column[column + index] = member_column[sid]
        freed += len(chain) - (len(chain) + rows - 1) // rows
        column += len(chain)
    stacked = {sid: member_column.get(sid, new_column[c]) for sid, c in column_of.items()}
    spans = [PhaseSpan(p.phase_id, p.name, new_column[p.first], new_column[p.last]) for p in phases]
    return stacked, row_of, spans, last - freed


def layout_swimlane(process: Process, service: Service, rows: int = 1) -> SwimlaneLayout:
    back = _back_edges(process)
    column_of: dict[str, int] = {}
    phases: list[PhaseSpan] = []
    column = FIRST_STEP_COLUMN
    for phase_id, name, steps in _phase_groups(process, service):
        levels = _levels_in_phase(steps, back)
        column_of.update({sid: column + level for sid, level in levels.items()})
        width = max(levels.values()) + 1
        phases.append(PhaseSpan(phase_id, name, column, column + width - 1))
        column += width
    lane_of, lanes = _lanes(process)
    last = column - 1
    row_of: dict[str, int] = {}
    if rows > 1:
        chains = runs(process, column_of, lane_of, phases)
        if chains:
            column_of, row_of, phases, last = _stack(chains, rows, column_of, phases, last)
    exits = _exits(process, column_of)
    last = max([last, *(e.column for e in exits)])
    return SwimlaneLayout(lanes, lane_of, column_of, tuple(phases), tuple(exits), back, last, row_of, rows)

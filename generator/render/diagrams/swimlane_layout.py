"""Swimlane geometry from a process model: boxes sized from their text, placed on the lane × phase grid.

Graphviz `dot` orders the nodes that share a grid cell (positions read back from `dot -Tjson`, see
`placement`); everything else is arithmetic here: each lane is as tall as its content, each column as
wide as its widest box, and the gutters between columns as wide as the lines routed through them
(`routing`). Nothing is drawn twice: SVG, PNG and BPMN all come from the returned `SwimlaneGeometry`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.messages import catalogue, message
from generator.model.process import NextStep, Process
from generator.render.diagrams.cells import DIAMOND_H, DIAMOND_W, QUESTION_GAP, Item, Link
from generator.render.diagrams.geometry import Box, SwimlaneGeometry, TextBlock
from generator.render.diagrams.hyphenation import wrap
from generator.render.diagrams.layout import (
    FIRST_STEP_COLUMN,
    UNASSIGNED_LANE,
    SwimlaneLayout,
    layout_swimlane,
    runs,
)
from generator.render.diagrams.routing import route
from generator.render.diagrams.stacking import best_depth, estimate_scale
from generator.render.diagrams.style import UNASSIGNED, DiagramStyle
from generator.render.diagrams.text_metrics import block_width
from generator.resolve import KnowledgeGraph

LINE = 1.3  # line height in font sizes
CELL_GAP = 6.0  # between boxes stacked in one cell
STACK_GAP = 20.0  # between the steps of a stacked chain: room for the arrow from one to the next
HEADER_PAD = 6.0  # left and right of a lane name
HEADER_VPAD = 4.0  # above and below it
HEADER_WRAP_MAX = 16  # a lane name is wrapped no wider than this many characters
HEADER_SLACK = 52.0  # a lane name may make its lane this much taller than the lane's content
CHIP_SIZE = 9.0
CHIP_GAP = 2.0  # between the places of a stacked column's chips: a chip's border sets it apart
EVENT_SIZE = 36.0

Prepared = tuple[SwimlaneLayout, list[Item], list[Link]]  # what `prepare` gives: the cells, nodes and links


@dataclass(frozen=True, slots=True, weakref_slot=True)  # weakref: swimlane.py keeps its prepared cells
class SwimlaneInput:
    graph: KnowledgeGraph
    process: Process
    style: DiagramStyle


def lane_name(data: SwimlaneInput, lane: str) -> str:
    return data.graph.roles[lane].name.fi if lane != UNASSIGNED_LANE else kind_name(UNASSIGNED)


def kind_name(kind: str) -> str:
    """A lane kind as the legend names it: a role kind, or the lane of steps without a responsible role."""
    if kind == UNASSIGNED:
        return message("diagrams.swimlane.unassigned_lane")
    key = f"common.role_kind.{kind}"
    return message(key if key in catalogue() else "common.role_kind.muu")  # as DiagramStyle.kind falls back


def lane_kind(data: SwimlaneInput, lane: str) -> str:
    return data.graph.roles[lane].kind if lane != UNASSIGNED_LANE else UNASSIGNED


def _text(lines: list[str], size: float, *, bold: bool = False, bold_from: int = 0) -> TextBlock:
    return TextBlock(tuple(lines), size, Box(0, 0, 0, 0), bold, bold_from)


def _event_text(kind: str) -> TextBlock:
    """'Alku' or 'Loppu' inside the event's circle."""
    return _text([message(f"diagrams.swimlane.{kind}")], 9)


def _text_size(block: TextBlock) -> tuple[float, float]:
    regular = block_width(block.lines[: block.bold_from], block.size)
    heavy = block_width(block.lines[block.bold_from:], block.size, bold=block.bold)
    return max(regular, heavy), len(block.lines) * block.size * LINE


def _task(key: str, title: str, style: DiagramStyle, lane: int, column: int, step_id: str) -> Item:
    text = _text(wrap(title, style.step_wrap), style.font_size)
    tw, th = _text_size(text)
    return Item(key, "task", max(tw + 10, 60), th + 10, text, lane, column, step_id)


def _decision(key: str, title: str, style: DiagramStyle, lane: int, column: int, step_id: str) -> Item:
    """A small diamond with the question under it (`cells.DIAMOND_W`): as wide as the wider of the two."""
    text = _text(wrap(title, style.decision_wrap), style.font_size)
    tw, th = _text_size(text)
    return Item(key, "decision", max(tw + 4, DIAMOND_W), DIAMOND_H + QUESTION_GAP + th + 2, text, lane, column,
                step_id)


def _items(data: SwimlaneInput, layout: SwimlaneLayout) -> list[Item]:
    items = _unstacked_items(data, layout)
    for item in items:  # a chip takes its step's row: its place in the chip's lane mirrors the step's in the stack
        if item.step_id in layout.row_of and item.shape in ("task", "decision", "chip"):
            item.row = layout.row_of[item.step_id]
    return items


def _unstacked_items(data: SwimlaneInput, layout: SwimlaneLayout) -> list[Item]:
    style, process = data.style, data.process
    lane_index = {lane: i for i, lane in enumerate(layout.lanes)}
    items: list[Item] = []
    start = process.start_step
    if start:
        lane = lane_index[layout.lane_of[start]]
        items.append(Item("start", "start", EVENT_SIZE, EVENT_SIZE, _event_text("start"), lane, FIRST_STEP_COLUMN - 1))
    for step in process.steps:
        lane, column = lane_index[layout.lane_of[step.id]], layout.column_of[step.id]
        make = _decision if step.is_decision else _task
        items.append(make(f"step:{step.id}", step.title.fi, style, lane, column, step.id))
    for number, item in enumerate(layout.exits):
        lane = lane_index[layout.lane_of[item.step_id]]
        if item.target.service:
            service = data.graph.services[item.target.service]
            lead = wrap(message("diagrams.swimlane.exit_lead"), style.step_wrap)
            text = _text([*lead, *wrap(service.name.fi, style.step_wrap)], style.font_size, bold=True,
                         bold_from=len(lead))
            tw, th = _text_size(text)
            items.append(Item(f"exit:{number}", "exit", tw + 14, th + 12, text, lane, item.column,
                              item.step_id, service.id))
        else:
            items.append(Item(f"exit:{number}", "end", EVENT_SIZE, EVENT_SIZE, _event_text("end"), lane,
                              item.column, item.step_id))
    for step in process.steps:
        for role in dict.fromkeys(step.participants):
            if role in lane_index and role != layout.lane_of[step.id]:
                text = _text([message("diagrams.swimlane.participates")], CHIP_SIZE)
                tw, th = _text_size(text)
                items.append(Item(f"chip:{step.id}:{lane_index[role]}", "chip", tw + 12, th + 6, text,
                                  lane_index[role], layout.column_of[step.id], step.id))
    return items


def _links(data: SwimlaneInput, layout: SwimlaneLayout) -> list[Link]:
    process = data.process
    links: list[Link] = []
    if process.start_step:
        links.append(Link("start", f"step:{process.start_step}", "", False))
    exits = {(e.step_id, e.index): n for n, e in enumerate(layout.exits)}
    for step in process.steps:
        for index, target in enumerate(step.next or [NextStep(end=True)]):
            head = f"step:{target.step}" if target.step else f"exit:{exits[(step.id, index)]}"
            handoff = target.step is not None and layout.lane_of[target.step] != layout.lane_of[step.id]
            links.append(Link(f"step:{step.id}", head, target.condition.fi if target.condition else "", handoff))
    return links


def prepare(data: SwimlaneInput) -> Prepared:
    """The grid cells and sized nodes: what `placement` gives to dot, and `build_geometry` places. Long chains
    are stacked as deep as `stacking` finds best for the screen."""
    service = data.graph.services[data.process.service]
    flat = layout_swimlane(data.process, service)
    flat_items = _items(data, flat)
    longest = max((len(run) for run in runs(data.process, flat.column_of, flat.lane_of, list(flat.phases))),
                  default=1)
    if longest < 2:
        return flat, flat_items, _links(data, flat)
    header_width = _header_width([lane_name(data, lane) for lane in flat.lanes], data.style)
    made: dict[int, Prepared] = {1: (flat, flat_items, _links(data, flat))}

    def scale_at(depth: int) -> float:
        if depth not in made:
            layout = layout_swimlane(data.process, service, depth)
            made[depth] = (layout, _moved(layout, flat_items), _links(data, layout))
        layout, items, links = made[depth]
        return estimate_scale(layout, items, links, header_width, _stack_cells)

    depth = best_depth(range(1, longest + 1), scale_at)
    if depth == 1:
        return made[1]
    layout = made[depth][0]
    return layout, _items(data, layout), made[depth][2]


def _moved(layout: SwimlaneLayout, flat: list[Item]) -> list[Item]:
    """The nodes of a stacked layout for the estimate: the flat layout's nodes (their text already measured)
    moved to their new cells."""
    exits = {f"exit:{n}": e.column for n, e in enumerate(layout.exits)}
    moved = []
    for item in flat:
        column, row = item.column, None
        if item.key in exits:
            column = exits[item.key]
        elif item.step_id is not None:  # a step or its chip
            column, row = layout.column_of[item.step_id], layout.row_of.get(item.step_id)
        moved.append(Item(item.key, item.shape, item.w, item.h, item.text, item.lane, column, item.step_id,
                          item.service_id, row=row))
    return moved


def _stack_cells(items: Sequence[Item], lanes: int) -> list[float]:
    """Stack the nodes of each cell in dot's order, centred on the lane's middle line; the lanes' content heights.
    A stacked chain keeps its order top to bottom, with room for the arrows between its steps. In the other
    lanes of its column each chip has its step's row: one place per row from the top of the lane's content (a
    chip for the third step of a stack is in the third place, even when the first two are empty), so which
    step a chip belongs to reads off its height, as it reads off its column elsewhere."""
    cells: dict[tuple[int, int], list[Item]] = {}
    for item in items:
        cells.setdefault((item.lane, item.column), []).append(item)
    heights = [0.0] * lanes
    stacks: dict[tuple[int, int], float] = {}
    tops: dict[str, float] = {}
    for key, members in cells.items():
        members.sort(key=lambda i: (i.row if i.row is not None else -1, i.order))
        stacks[key] = _place_in_cell(members, tops)
        heights[key[0]] = max(heights[key[0]], stacks[key])
    for key, members in cells.items():
        banded = members[0].shape == "chip" and members[0].row is not None
        offset = 0.0 if banded else (heights[key[0]] - stacks[key]) / 2
        for member in members:
            member.rel_y = offset + tops[member.key]
    return heights


def _place_in_cell(members: list[Item], tops: dict[str, float]) -> float:
    """Each member's top inside its cell (into `tops`); the cell's height."""
    if members[0].row is None or members[0].shape != "chip":
        gap = STACK_GAP if members[0].row is not None else CELL_GAP
        top = 0.0
        for member in members:
            tops[member.key] = top
            top += member.h + gap
        return top - gap
    band = max(m.h for m in members) + CHIP_GAP  # chips of a stacked column: a place per row of the stack
    for member in members:
        tops[member.key] = (member.row or 0) * band
    return (max(m.row or 0 for m in members) + 1) * band - CHIP_GAP


def build_geometry(data: SwimlaneInput, order: Mapping[str, float], prepared: Prepared | None = None
                   ) -> SwimlaneGeometry:
    """The whole geometry; `order` is dot's cross-rank coordinate of each node key (missing: model order);
    `prepared` is `prepare(data)` when the caller has it already."""
    layout, items, links = prepared or prepare(data)
    for position, item in enumerate(items):
        item.order = order.get(item.key, float(position))
    style = data.style
    names = [lane_name(data, lane) for lane in layout.lanes]
    content = _stack_cells(items, len(layout.lanes))
    headers = _lane_headers(names, content, style)
    header_width = _header_width_of(headers)
    return route(
        items=items, links=links, content_heights=content,
        header_heights=[_text_size(h)[1] + 2 * HEADER_VPAD for h in headers],
        columns=layout.last_column, header_width=header_width,
        lanes=[(lane, names[i], lane_kind(data, lane), headers[i]) for i, lane in enumerate(layout.lanes)],
        phases=[(span.phase_id, span.name, span.first, span.last) for span in layout.phases],
        style=style, legend=_legend_entries(data, layout, items))


def _header_width_of(headers: list[TextBlock]) -> float:
    return max(64.0, max((_text_size(h)[0] for h in headers), default=0) + 2 * HEADER_PAD)


def _header_width(names: list[str], style: DiagramStyle) -> float:
    """The lane-name column's width for the estimate: the names wrapped as narrow as they may be."""
    return _header_width_of([_text(wrap(name, style.lane_header_wrap), style.header_font_size - 1, bold=True)
                             for name in names])


def _lane_headers(names: list[str], content: list[float], style: DiagramStyle) -> list[TextBlock]:
    """Lane names wrapped as narrow as the lanes allow: the name column is the diagram's widest line, so a
    narrow column leaves the steps more room, but a long name in a lane with little in it (only a chip) would
    make that lane tall; the wrap widens until no name makes its lane more than HEADER_SLACK taller."""
    headers: list[TextBlock] = []
    for width in range(style.lane_header_wrap, max(style.lane_header_wrap, HEADER_WRAP_MAX) + 1):
        headers = [_text(wrap(name, width), style.header_font_size - 1, bold=True) for name in names]
        if all(_text_size(h)[1] + 2 * HEADER_VPAD <= c + HEADER_SLACK for h, c in zip(headers, content, strict=True)):
            break
    return headers


def _legend_entries(data: SwimlaneInput, layout: SwimlaneLayout, items: list[Item]) -> list[tuple[str, str, str]]:
    """(symbol, text, kind) for each legend entry, only for what the diagram shows."""
    shapes = {i.shape for i in items}
    symbols = ["task"]
    if "decision" in shapes:
        symbols.append("decision")
    if shapes & {"start", "end"}:
        symbols.append("event")
    if "exit" in shapes:
        symbols.append("exit")
    steps = data.process.steps
    if any(layout.lane_of.get(n.step) not in (None, layout.lane_of[s.id]) for s in steps for n in s.next if n.step):
        symbols.append("handoff")
    if "chip" in shapes:
        symbols.append("chip")
    entries = [(symbol, message(f"diagrams.legend.{symbol}"), "") for symbol in symbols]
    if any(i.shape == "chip" and i.row is not None for i in items):  # a chip's place in a stack says its step
        entries = [(s, message("diagrams.legend.chip_stacked") if s == "chip" else t, k) for s, t, k in entries]
    kinds = dict.fromkeys(lane_kind(data, lane) for lane in layout.lanes)
    entries += [("kind", kind_name(kind), kind) for kind in kinds]
    return entries


__all__ = ["Item", "SwimlaneInput", "build_geometry", "kind_name", "lane_kind", "lane_name", "prepare"]

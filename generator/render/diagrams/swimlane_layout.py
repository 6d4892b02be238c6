"""Swimlane geometry from a process model: boxes sized from their text, placed on the lane × phase grid.

Graphviz `dot` orders the nodes that share a grid cell (positions read back from `dot -Tjson`, see
`placement`); everything else is arithmetic here: each lane is as tall as its content, each column as
wide as its widest box, and the gutters between columns as wide as the lines routed through them
(`routing`). Nothing is drawn twice: SVG, PNG and BPMN all come from the returned `SwimlaneGeometry`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.messages import catalogue, message
from generator.model.process import NextStep, Process
from generator.render.diagrams.cells import Item, Link
from generator.render.diagrams.geometry import Box, SwimlaneGeometry, TextBlock
from generator.render.diagrams.hyphenation import wrap
from generator.render.diagrams.layout import FIRST_STEP_COLUMN, UNASSIGNED_LANE, SwimlaneLayout, layout_swimlane
from generator.render.diagrams.routing import route
from generator.render.diagrams.style import UNASSIGNED, DiagramStyle
from generator.render.diagrams.text_metrics import block_width
from generator.resolve import KnowledgeGraph

LINE = 1.3  # line height in font sizes
CELL_GAP = 6.0  # between boxes stacked in one cell
HEADER_PAD = 6.0  # left and right of a lane name
HEADER_VPAD = 4.0  # above and below it
HEADER_WRAP_MAX = 16  # a lane name is wrapped no wider than this many characters
HEADER_SLACK = 52.0  # a lane name may make its lane this much taller than the lane's content
CHIP_SIZE = 9.0
EVENT_SIZE = 36.0


@dataclass(frozen=True, slots=True)
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
    """A diamond holding its text: a w×h diamond contains a tw×th box when tw/w + th/h ≤ 1."""
    text = _text(wrap(title, style.decision_wrap), style.font_size)
    tw, th = _text_size(text)
    extra_w = max(th * 0.8, 36.0)
    extra_h = th * tw / extra_w + 10
    return Item(key, "decision", tw + extra_w, th + extra_h, text, lane, column, step_id)


def _items(data: SwimlaneInput, layout: SwimlaneLayout) -> list[Item]:
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


def prepare(data: SwimlaneInput) -> tuple[SwimlaneLayout, list[Item], list[Link]]:
    """The grid cells and sized nodes: what `placement` gives to dot, and `build_geometry` places."""
    layout = layout_swimlane(data.process, data.graph.services[data.process.service])
    return layout, _items(data, layout), _links(data, layout)


def _stack_cells(items: list[Item], lanes: int) -> list[float]:
    """Stack the nodes of each cell in dot's order, centred on the lane's middle line; the lanes' content heights."""
    cells: dict[tuple[int, int], list[Item]] = {}
    for item in items:
        cells.setdefault((item.lane, item.column), []).append(item)
    heights = [0.0] * lanes
    stacks: dict[tuple[int, int], float] = {}
    for key, members in cells.items():
        members.sort(key=lambda i: i.order)
        stacks[key] = sum(i.h for i in members) + CELL_GAP * (len(members) - 1)
        heights[key[0]] = max(heights[key[0]], stacks[key])
    for key, members in cells.items():
        top = (heights[key[0]] - stacks[key]) / 2
        for member in members:
            member.rel_y = top
            top += member.h + CELL_GAP
    return heights


def build_geometry(data: SwimlaneInput, order: Mapping[str, float]) -> SwimlaneGeometry:
    """The whole geometry; `order` is dot's cross-rank coordinate of each node key (missing: model order)."""
    layout, items, links = prepare(data)
    for position, item in enumerate(items):
        item.order = order.get(item.key, float(position))
    style = data.style
    names = [lane_name(data, lane) for lane in layout.lanes]
    content = _stack_cells(items, len(layout.lanes))
    headers = _lane_headers(names, content, style)
    header_width = max(64.0, max((_text_size(h)[0] for h in headers), default=0) + 2 * HEADER_PAD)
    return route(
        items=items, links=links, content_heights=content,
        header_heights=[_text_size(h)[1] + 2 * HEADER_VPAD for h in headers],
        columns=layout.last_column, header_width=header_width,
        lanes=[(lane, names[i], lane_kind(data, lane), headers[i]) for i, lane in enumerate(layout.lanes)],
        phases=[(span.phase_id, span.name, span.first, span.last) for span in layout.phases],
        style=style, legend=_legend_entries(data, layout, items))


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
    kinds = dict.fromkeys(lane_kind(data, lane) for lane in layout.lanes)
    entries += [("kind", kind_name(kind), kind) for kind in kinds]
    return entries


__all__ = ["Item", "SwimlaneInput", "build_geometry", "kind_name", "lane_kind", "lane_name", "prepare"]

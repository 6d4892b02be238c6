"""Orthogonal routing of a swimlane's lines over the lane × column grid, and the final coordinates.

Lines run only in the gutters between columns (vertical) and along a node's own row or a lane's corridor
band above its content (horizontal), so a line never crosses a box. Every vertical segment gets its own
track in its gutter and every corridor line its own track in its lane, and the gutters and lanes are made
as wide and tall as their tracks need – the approach of diagram-js's Manhattan layout, on a fixed grid.
A condition label sits at the end of its line, just above it in the gutter before the target (a zone
right of that gutter's tracks, where no box can be), so it reads "condition → step". In a stacked chain
(`layout.runs`) a step leads to the one below it with a short line straight down between them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from generator.messages import message
from generator.render.diagrams.cells import Item, Link
from generator.render.diagrams.geometry import (
    Box,
    Edge,
    Lane,
    LegendItem,
    Node,
    PhaseHeader,
    Point,
    SwimlaneGeometry,
    TextBlock,
)
from generator.render.diagrams.hyphenation import wrap
from generator.render.diagrams.style import DiagramStyle
from generator.render.diagrams.text_metrics import block_width, text_width

TRACK = 7.0  # distance between parallel lines
GAP = 5.0  # free space on each side of a gutter's tracks
LANE_PAD = 6.0
HEADER_PAD = 6.0
LABEL_SIZE = 10.0
LABEL_WRAP = 13
LABEL_LINES = 6  # a condition label wider than LABEL_WRAP only when taller than this: a narrow gutter
LABEL_WRAP_MAX = 40
LEGEND_SIZE = 10.0
PHASE_PAD = 4.0
ROW_MARGIN = 4.0  # a straight line this close to a box counts as crossing it

Kind = Literal["straight", "late", "early", "corridor", "down"]


@dataclass(slots=True)
class _Plan:
    link: Link
    kind: Kind
    out_dy: float
    in_dy: float
    tracks: tuple[tuple[int, int], ...] = ()  # (gutter, track index) for each vertical segment, in order
    corridor: int = -1  # track index in the source lane's corridor


def _port_offsets(count: int, half: float) -> list[float]:
    if count <= 1:
        return [0.0] * count
    return [half * (2 * (i + 1) / (count + 1) - 1) * 0.8 for i in range(count)]


def _border_x(item: Item, x: float, dy: float, side: int) -> float:
    """The x where a horizontal line at centre + dy meets the node's left (side=-1) or right (+1) border."""
    half_w, half_h = item.outline_w / 2, item.outline_h / 2
    if item.shape == "decision":
        return x + side * half_w * (1 - abs(dy) / half_h)
    if item.shape in ("start", "end"):
        return x + side * math.sqrt(max(half_w**2 - dy**2, 0.0))
    return x + side * half_w


def _row_free(items: Sequence[Item], lane: int, y: float, first: int, last: int) -> bool:
    return not any(i.lane == lane and first <= i.column <= last
                   and i.rel_y - ROW_MARGIN < y < i.rel_y + i.h + ROW_MARGIN for i in items)


def _plan(items: Sequence[Item], links: Sequence[Link]) -> list[_Plan]:
    by_key = {i.key: i for i in items}
    outgoing: dict[str, list[Link]] = {}
    incoming: dict[str, list[Link]] = {}
    for link in links:
        outgoing.setdefault(link.source, []).append(link)
        incoming.setdefault(link.target, []).append(link)

    def rank(link: Link, end: str) -> tuple[int, float, int]:
        other = by_key[end]
        return other.lane, other.rel_y, other.column

    out_dy: dict[int, float] = {}
    in_dy: dict[int, float] = {}
    for key, group in outgoing.items():
        group.sort(key=lambda link: rank(link, link.target))
        for link, dy in zip(group, _port_offsets(len(group), by_key[key].outline_h / 2), strict=True):
            out_dy[id(link)] = dy
    for key, group in incoming.items():
        group.sort(key=lambda link: rank(link, link.source))
        for link, dy in zip(group, _port_offsets(len(group), by_key[key].outline_h / 2), strict=True):
            in_dy[id(link)] = dy
    plans = []
    for link in links:
        a, b = by_key[link.source], by_key[link.target]
        ya, yb = a.rel_y + a.outline_h / 2 + out_dy[id(link)], b.rel_y + b.outline_h / 2 + in_dy[id(link)]
        kind: Kind
        if a.column == b.column and a.lane == b.lane and a.row is not None and b.row == a.row + 1:
            kind = "down"  # the next step of a stacked chain, right below (`layout.runs`: the only line between)
        elif b.column <= a.column:
            kind = "corridor"
        elif a.lane == b.lane and abs(ya - yb) < 0.5 and _row_free(items, a.lane, ya, a.column + 1, b.column - 1):
            kind = "straight"
        elif _row_free(items, a.lane, ya, a.column + 1, b.column - 1):
            kind = "late"
        elif _row_free(items, b.lane, yb, a.column + 1, b.column - 1):
            kind = "early"
        else:
            kind = "corridor"
        plans.append(_Plan(link, kind, out_dy[id(link)], in_dy[id(link)]))
    return plans


def _assign_tracks(plans: list[_Plan], items: Sequence[Item], lanes: int, columns: int) -> tuple[
        list[int], list[int]]:
    """Tracks per gutter (gutter c is left of column c; columns + 1 is the right margin) and per lane corridor."""
    by_key = {i.key: i for i in items}
    gutters = [0] * (columns + 2)
    corridors = [0] * lanes
    for plan in plans:
        a, b = by_key[plan.link.source], by_key[plan.link.target]
        wanted: list[int] = []
        if plan.kind == "late":
            wanted = [b.column]
        elif plan.kind == "early":
            wanted = [a.column + 1]
        elif plan.kind == "corridor":
            wanted = [a.column + 1, b.column]
            plan.corridor = corridors[a.lane]
            corridors[a.lane] += 1
        plan.tracks = tuple((g, gutters[g]) for g in wanted)
        for g in wanted:
            gutters[g] += 1
    return gutters, corridors


def label_block(condition: str) -> TextBlock | None:
    if not condition:
        return None
    # narrow (the label's width widens its gutter), but a long condition gets wider lines rather than a tower
    # taller than the space between the lines it sits among
    lines = tuple(wrap(condition, LABEL_WRAP))
    width = LABEL_WRAP
    while len(lines) > LABEL_LINES and width < LABEL_WRAP_MAX:
        width += 1
        lines = tuple(wrap(condition, width))
    size = Box(0, 0, block_width(lines, LABEL_SIZE) + 6, len(lines) * LABEL_SIZE * 1.25 + 4)
    return TextBlock(lines, LABEL_SIZE, size)


def route(*, items: list[Item], links: list[Link], content_heights: list[float], header_heights: list[float],
          columns: int, header_width: float, lanes: list[tuple[str, str, str, TextBlock]],
          phases: list[tuple[str | None, str, int, int]], style: DiagramStyle,
          legend: list[tuple[str, str, str]]) -> SwimlaneGeometry:
    plans = _plan(items, links)
    gutter_tracks, corridor_tracks = _assign_tracks(plans, items, len(lanes), columns)
    by_key = {i.key: i for i in items}
    labels = {id(p): label_block(p.link.condition) for p in plans}
    label_zone = [0.0] * (columns + 2)
    for plan in plans:
        block = labels[id(plan)]
        if block is not None:
            g = by_key[plan.link.target].column
            label_zone[g] = max(label_zone[g], block.box.w + 2)

    # columns and gutters, left to right
    col_w = [0.0] * (columns + 2)
    for item in items:
        col_w[item.column] = max(col_w[item.column], item.w)
    gutter_x = [0.0] * (columns + 2)
    gutter_w = [2 * GAP + label_zone[g] + gutter_tracks[g] * TRACK for g in range(columns + 2)]
    col_x = [0.0] * (columns + 2)
    x = header_width
    for c in range(1, columns + 1):
        gutter_x[c] = x
        x += gutter_w[c]
        col_x[c] = x
        x += col_w[c]
    gutter_x[columns + 1] = x
    width = x + gutter_w[columns + 1]

    # phase row, then lanes top to bottom
    phase_blocks = []
    for number, (phase_id, name, first, last) in enumerate(phases):
        x0 = gutter_x[first] + gutter_w[first] / 2 if first > 1 else gutter_x[first]
        x1 = gutter_x[last + 1] + gutter_w[last + 1] / 2 if last < columns else width
        chars = max(8, int((x1 - x0 - 2 * PHASE_PAD) / (style.header_font_size * 0.68)))
        lines = tuple(wrap(name, chars))
        phase_blocks.append((phase_id, name, number, lines, x0, x1))
    phase_line = style.header_font_size * 1.3
    phase_height = max([len(b[3]) for b in phase_blocks] + [1]) * phase_line + 2 * PHASE_PAD

    lane_top: list[float] = []
    lane_h: list[float] = []
    content_top: list[float] = []
    y = phase_height
    for index in range(len(lanes)):
        corridor = corridor_tracks[index] * TRACK + (4 if corridor_tracks[index] else 0)
        height = max(LANE_PAD + corridor + content_heights[index] + LANE_PAD, header_heights[index], 30.0)
        lane_top.append(y)
        lane_h.append(height)
        content_top.append(y + corridor + (height - corridor - content_heights[index]) / 2)
        y += height
    lanes_bottom = y

    nodes: dict[str, Node] = {}
    for item in items:
        box = Box(col_x[item.column] + (col_w[item.column] - item.w) / 2, content_top[item.lane] + item.rel_y,
                  item.w, item.h)
        nodes[item.key] = Node(item.key, item.shape, item.outline(box), _centred(item.text, item.text_box(box)),
                               item.lane, item.column, item.step_id, item.service_id)

    def track_x(gutter: int, index: int) -> float:
        return gutter_x[gutter] + GAP + index * TRACK + TRACK / 2

    edges: list[Edge] = []
    placed_labels: list[Box] = []
    for plan in plans:
        a, b = by_key[plan.link.source], by_key[plan.link.target]
        na, nb = nodes[a.key].box, nodes[b.key].box
        if plan.kind == "down":  # bottom of one to the top of the next: stacked boxes share their centre line
            edges.append(Edge(a.key, b.key, _simplify([(na.cx, na.bottom), (nb.cx, nb.y)]), None, plan.link.handoff,
                              plan.link.condition))
            continue
        ya, yb = na.cy + plan.out_dy, nb.cy + plan.in_dy
        start: Point = (_border_x(a, na.cx, plan.out_dy, 1), ya)
        if plan.kind == "straight":  # the ports differ by rounding at most: one exact horizontal line
            yb = ya
        end: Point = (_border_x(b, nb.cx, yb - nb.cy, -1), yb)
        points: list[Point] = [start]
        if plan.kind in ("late", "early"):
            gx = track_x(*plan.tracks[0])
            points += [(gx, ya), (gx, yb)]
        elif plan.kind == "corridor":
            g1, g2 = track_x(*plan.tracks[0]), track_x(*plan.tracks[1])
            cy = lane_top[a.lane] + 4 + plan.corridor * TRACK + TRACK / 2
            points += [(g1, ya), (g1, cy), (g2, cy), (g2, yb)]
        points.append(end)
        zone_right = col_x[b.column] - 4
        label = _place_label(labels[id(plan)], zone_right, yb, (phase_height, lanes_bottom), placed_labels)
        edges.append(Edge(a.key, b.key, _simplify(points), label, plan.link.handoff, plan.link.condition))

    lane_values = tuple(
        Lane(key, name, kind, Box(0, lane_top[i], width, lane_h[i]),
             _left(header, Box(HEADER_PAD, lane_top[i], header_width - 2 * HEADER_PAD, lane_h[i])))
        for i, (key, name, kind, header) in enumerate(lanes))
    phase_values = tuple(
        PhaseHeader(phase_id, name, number % 2,
                    TextBlock(lines, style.header_font_size, Box(x0, 0, x1 - x0, phase_height), bold=True))
        for phase_id, name, number, lines, x0, x1 in phase_blocks)
    legend_items, legend_box = _legend(legend, width, lanes_bottom + 10)
    return SwimlaneGeometry(width, legend_box.bottom + 8, header_width, phase_height, lane_values, phase_values,
                            tuple(nodes.values()), tuple(edges), legend_items, legend_box)


def _centred(text: TextBlock, box: Box) -> TextBlock:
    return TextBlock(text.lines, text.size, box, text.bold, text.bold_from)


def _left(text: TextBlock, box: Box) -> TextBlock:
    return TextBlock(text.lines, text.size, box, text.bold, text.bold_from)


def _place_label(block: TextBlock | None, right: float, y: float, band: tuple[float, float],
                 placed: list[Box]) -> TextBlock | None:
    """Right-aligned in the zone before the target, as close to the line's last stretch as other labels allow:
    just above it first, else the nearest free place above or below it between the phase row and the legend
    (`band`), so a label is never pushed up over the phase names; upwards without limit only if the lanes
    have no room. The zone is a gutter, so no box is there whichever lane the label reaches into."""
    if block is None:
        return None
    w, h = block.box.w, block.box.h

    def free(top: float) -> bool:
        return not any(Box(right - w, top, w, h).overlaps(other, 1) for other in placed)

    above, below = y - 3 - h, y + 3
    tops = [top for step in range(int(band[1] - band[0]) // 4 + 1)
            for top in (above - 4 * step, below + 4 * step) if band[0] <= top and top + h <= band[1]]
    top = next((t for t in tops if free(t)), None)
    if top is None:
        top = above
        while not free(top):
            top -= 4
    box = Box(right - w, top, w, h)
    placed.append(box)
    return TextBlock(block.lines, block.size, box)


def _simplify(points: list[Point]) -> tuple[Point, ...]:
    """Rounded to 0.1 px, without repeated points or points in the middle of a straight run."""
    rounded = [(round(px, 1), round(py, 1)) for px, py in points]
    kept: list[Point] = []
    for point in rounded:
        if kept and point == kept[-1]:
            continue
        if len(kept) >= 2:
            (x0, y0), (x1, y1) = kept[-2], kept[-1]
            if (x0 == x1 == point[0]) or (y0 == y1 == point[1]):
                kept[-1] = point
                continue
        kept.append(point)
    return tuple(kept)


def _legend(entries: list[tuple[str, str, str]], width: float, top: float) -> tuple[tuple[LegendItem, ...], Box]:
    """Legend entries in rows across the diagram's width, under the lanes."""
    title_w = text_width(message("diagrams.legend.title"), LEGEND_SIZE, bold=True) + 10
    x, y, row_h = 8 + title_w, top, LEGEND_SIZE * 1.8
    found = []
    for symbol, text, kind in entries:
        w = 22 + text_width(text, LEGEND_SIZE) + 16
        if x + w > width and x > 8 + title_w:
            x, y = 8 + title_w, y + row_h
        swatch = Box(x, y + 2, 16, 12)
        block = TextBlock((text,), LEGEND_SIZE, Box(x + 22, y, w - 22, row_h))
        found.append(LegendItem(symbol, block, swatch, kind))  # type: ignore[arg-type]
        x += w
    return tuple(found), Box(0, top, width, y + row_h - top)

"""How deep a swimlane's long chains are stacked: the shallowest stacking that lets the diagram fit a desktop
screen at its natural size, or else the one that lets it be drawn largest.

A process whose steps are mostly one chain in one lane becomes a strip one column per step: fitted to a
screen's width its labels shrink below reading size while most of the height stays empty. Stacking a chain's
steps (`layout.runs`) trades width for height. Which depth is best is decided here, before Graphviz orders
the nodes, from the nodes' sizes alone: an estimate of the diagram's width and height (the same arithmetic
as `routing`, without the lines' tracks), computed for each depth. A diagram that already fits is never
stacked, so a short process keeps its plain left-to-right row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from generator.render.diagrams.cells import Item, Link
from generator.render.diagrams.layout import SwimlaneLayout
from generator.render.diagrams.routing import GAP, LANE_PAD, TRACK, label_block

# The desktop viewer's box at a 1366 × 900 window (kaaviot.js): the content column's width, and the window's
# height under the site's header less the viewer's toolbar above the box (Viewer.tallest). A diagram this size
# or smaller is shown whole at its natural size, labels at 11 px.
SCREEN_WIDTH = 1021.0
SCREEN_HEIGHT = 760.0
# A diagram the column would shrink may have the viewer's tools in a column beside the box instead of above it,
# the box then as high as the window under the header allows, and the left navigation's place as well, the box
# from the tools' column 0.6rem off the window's left edge to the right margin the column already reaches into
# (Viewer.chooseWidth: the least of these that draws the diagram largest).
# The box beside the tools in the column (889 px wide) never draws a diagram larger than the one over the
# navigation; it is chosen instead when it draws it as large.
WIDE_WIDTH = 1216.0
TALL_HEIGHT = 846.0
PHASE_ROW = 56.0  # the phase names' row, typically (two or three lines)
LEGEND = 40.0  # the legend under the lanes, typically (one or two rows)
MIN_LANE = 30.0
ROUTE_ALLOWANCE = 1.2  # tracks per gutter, on average: a gutter is never only its gaps
BETTER = 1.02  # a deeper stack must draw the diagram this much larger to be worth it
# The estimate is within about 5 % of the drawn diagram (real models: 0.98 for 1.01, 0.54 for 0.56), so a
# flat diagram estimated this close to fitting is left as it is rather than reshaped for a sliver of zoom.
FITS = 0.95


def estimate_scale(layout: SwimlaneLayout, items: Sequence[Item], links: Sequence[Link], header_width: float,
                   stack_heights: Callable[[Sequence[Item], int], list[float]]) -> float:
    """The zoom at which the diagram would just fit the screen (1.0: natural size), from its nodes' sizes."""
    columns = layout.last_column
    col_w = [0.0] * (columns + 2)
    for item in items:
        col_w[item.column] = max(col_w[item.column], item.w)
    by_key = {i.key: i for i in items}
    label_zone = [0.0] * (columns + 2)
    for link in links:
        block = label_block(link.condition)
        if block is not None:
            column = by_key[link.target].column
            label_zone[column] = max(label_zone[column], block.box.w + 2)
    gutters = sum(2 * GAP + ROUTE_ALLOWANCE * TRACK + zone for zone in label_zone[1:])
    width = header_width + sum(col_w) + gutters
    corridors = [0] * len(layout.lanes)
    for source, _ in layout.back_edges:
        corridors[layout.lane_index(source)] += 1
    content = stack_heights(items, len(layout.lanes))
    lanes = sum(max(2 * LANE_PAD + c + (TRACK * n + 4 if n else 0), MIN_LANE)
                for c, n in zip(content, corridors, strict=True))
    height = PHASE_ROW + lanes + LEGEND
    return screen_scale(width, height)


def screen_scale(width: float, height: float) -> float:
    """The zoom at which the desktop viewer shows a diagram of this size whole, as kaaviot.js chooses: the
    content column's box, or when that shrinks it, the larger of that and the box with the tools beside it,
    over the navigation too if it needs the width."""
    plain = min(SCREEN_WIDTH / width, SCREEN_HEIGHT / height)
    if plain >= 1.0:
        return plain
    return max(plain, min(WIDE_WIDTH / width, TALL_HEIGHT / height))


def best_depth(depths: Sequence[int], scale_at: Callable[[int], float]) -> int:
    """No stacking for a diagram that (nearly) fits already; else the first depth at which it fits the screen
    unzoomed; failing that, the depth that draws it largest (a deeper one only when clearly larger: every
    stacked column is a turn in the reading path)."""
    best, best_scale = depths[0], scale_at(depths[0])
    if best_scale >= FITS:
        return best
    for depth in depths[1:]:
        scale = scale_at(depth)
        if scale >= 1.0:
            return depth
        if scale > best_scale * BETTER:
            best, best_scale = depth, scale
    return best

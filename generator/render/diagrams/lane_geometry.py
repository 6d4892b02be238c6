"""Contiguous lane bands, fixed on the positioned graph before the final drawing.

Clusters are "the smallest box around their nodes", so dot leaves a gutter between neighbouring lanes.
Between the layout pass (`dot -Tdot`) and the drawing pass (`neato -n2`) each gutter is split between the
two lanes by rewriting the clusters' `bb`, so SVG and PNG alike show lanes that touch.
"""

from __future__ import annotations

import re

# dot -Tdot writes each cluster as `subgraph cluster_laneN {` followed by `graph [bb="x0,y0,x1,y1",`.
_LANE_BB = re.compile(r'(subgraph cluster_lane(\d+) \{\s*graph \[bb=")([^"]+)(")')
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in Graphviz coordinates (y grows upwards)


def _parse(value: str) -> Box:
    x0, y0, x1, y1 = (float(v) for v in value.split(","))
    return x0, y0, x1, y1


def contiguous_boxes(boxes: list[Box]) -> list[Box]:
    """Lanes top to bottom; each gap goes half to the lane above, half to the lane below."""
    result = list(boxes)
    for upper in range(len(result) - 1):
        middle = (result[upper][1] + result[upper + 1][3]) / 2
        result[upper] = (result[upper][0], middle, result[upper][2], result[upper][3])
        result[upper + 1] = (result[upper + 1][0], result[upper + 1][1], result[upper + 1][2], middle)
    return result


def close_lane_gaps(positioned: str) -> str:
    found = {int(m.group(2)): _parse(m.group(3)) for m in _LANE_BB.finditer(positioned)}
    order = sorted(found)
    fixed = dict(zip(order, contiguous_boxes([found[i] for i in order]), strict=True))

    def replace(match: re.Match[str]) -> str:
        box = fixed[int(match.group(2))]
        return match.group(1) + ",".join(f"{v:g}" for v in box) + match.group(4)

    return _LANE_BB.sub(replace, positioned)

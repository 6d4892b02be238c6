"""Geometry fixes on the rendered swimlane SVG: contiguous lane bands and one header band per phase.

Clusters are "the smallest box around their nodes", so dot leaves gaps of varying height between lanes;
each gap is split between its two neighbours. A phase that spans several columns is drawn by dot as one
header box per column; the boxes are merged into one band with the name centred over it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lxml import etree

SVG_NS = "{http://www.w3.org/2000/svg}"
LANE_ID = re.compile(r"^kaavio-rata-(\d+)$")
PHASE_ID = re.compile(r"^kaavio-sarake-(\d+)-(\d+)$")
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 (SVG coordinates: y grows downwards)


def polygon_box(polygon: etree._Element) -> Box:
    points = [tuple(float(v) for v in p.split(",")) for p in (polygon.get("points") or "").split()]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _set_box(polygon: etree._Element, box: Box) -> None:
    x0, y0, x1, y1 = box
    polygon.set("points", f"{x0:g},{y1:g} {x0:g},{y0:g} {x1:g},{y0:g} {x1:g},{y1:g} {x0:g},{y1:g}")


def _first_polygon(group: etree._Element) -> etree._Element | None:
    return group.find(f"{SVG_NS}polygon")


def _numbered(root: etree._Element, pattern: re.Pattern[str]) -> list[tuple[tuple[int, ...], etree._Element]]:
    found = []
    for group in root.iter(f"{SVG_NS}g"):
        match = pattern.match(group.get("id") or "")
        if match:
            found.append((tuple(int(n) for n in match.groups()), group))
    return sorted(found, key=lambda item: item[0])


def close_lane_gaps(root: etree._Element) -> None:
    polygons = [p for _, g in _numbered(root, LANE_ID) if (p := _first_polygon(g)) is not None]
    boxes = [polygon_box(p) for p in polygons]
    for upper in range(len(boxes) - 1):
        middle = (boxes[upper][3] + boxes[upper + 1][1]) / 2
        boxes[upper] = (*boxes[upper][:3], middle)
        boxes[upper + 1] = (boxes[upper + 1][0], middle, *boxes[upper + 1][2:])
    for polygon, box in zip(polygons, boxes, strict=True):
        _set_box(polygon, box)


def merge_phase_headers(root: etree._Element) -> None:
    by_phase: dict[int, list[etree._Element]] = defaultdict(list)
    for (phase, _column), group in _numbered(root, PHASE_ID):
        by_phase[phase].append(group)
    for groups in by_phase.values():
        polygons = [p for g in groups if (p := _first_polygon(g)) is not None]
        boxes = [polygon_box(p) for p in polygons]
        if not boxes:
            continue
        merged = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                  max(b[3] for b in boxes))
        _set_box(polygons[0], merged)
        for polygon in polygons[1:]:
            parent = polygon.getparent()
            if parent is not None:
                parent.remove(polygon)
        for text in groups[0].iter(f"{SVG_NS}text"):
            text.set("x", f"{(merged[0] + merged[2]) / 2:g}")

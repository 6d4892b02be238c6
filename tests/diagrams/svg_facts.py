"""Reading a rendered swimlane SVG back: lane bands, step boxes and their links, from the geometry."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from generator.render.diagrams.text_metrics import text_width

NS = {"svg": "http://www.w3.org/2000/svg"}
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float


def parse(svg: str) -> etree._Element:
    return etree.fromstring(svg.encode("utf-8"))


_COMMAND = re.compile(r"([MLHV])([^MLHV]+)")


def path_points(d: str) -> list[tuple[float, float]]:
    """The corners of a line written with absolute M, L, H (across) and V (up or down) commands."""
    points: list[tuple[float, float]] = []
    for command, args in _COMMAND.findall(d):
        numbers = [float(n) for n in _NUMBER.findall(args)]
        x, y = points[-1] if points else (0.0, 0.0)
        points.append((numbers[0], numbers[1]) if command in "ML" else (numbers[0], y) if command == "H"
                      else (x, numbers[0]))
    return points


XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


def stamp(use: etree._Element) -> etree._Element:
    """The element a `<use>` draws (a chip's stamp in `<defs>`)."""
    (found,) = use.getroottree().xpath("//*[@id=$id]", id=use.get(XLINK_HREF, "").lstrip("#"))
    assert isinstance(found, etree._Element)
    return found


def use_box(use: etree._Element) -> Box:
    """The outline of the stamp a `<use>` places, where it places it."""
    outline = shape_box(stamp(use))
    dx, dy = float(use.get("x", "0")), float(use.get("y", "0"))
    return Box(outline.x0 + dx, outline.y0 + dy, outline.x1 + dx, outline.y1 + dy)


def shape_box(group: etree._Element) -> Box:
    """The bounding box of a node's or cluster's outline (polygon points or path data, or the stamp it uses)."""
    uses = group.xpath(".//svg:use", namespaces=NS)
    if uses:
        return use_box(uses[0])
    shapes = group.xpath("(.//svg:rect|.//svg:polygon|.//svg:path|.//svg:ellipse|.//svg:circle)[1]", namespaces=NS)
    numbers: list[float] = []
    for shape in shapes:
        if shape.tag.endswith("rect"):
            x, y, w, h = (float(shape.get(k)) for k in ("x", "y", "width", "height"))
            numbers += [x, y, x + w, y + h]
        elif shape.tag.endswith("circle"):
            cx, cy, r = (float(shape.get(k)) for k in ("cx", "cy", "r"))
            numbers += [cx - r, cy - r, cx + r, cy + r]
        elif shape.tag.endswith("ellipse"):
            cx, cy, rx, ry = (float(shape.get(k)) for k in ("cx", "cy", "rx", "ry"))
            numbers += [cx - rx, cy - ry, cx + rx, cy + ry]
        else:
            numbers += [float(n) for n in _NUMBER.findall(shape.get("points") or shape.get("d") or "")]
    xs, ys = numbers[0::2], numbers[1::2]
    return Box(min(xs), min(ys), max(xs), max(ys))


def groups(root: etree._Element, id_prefix: str) -> dict[str, etree._Element]:
    found = root.xpath(f".//svg:g[starts-with(@id, '{id_prefix}')]", namespaces=NS)
    return {g.get("id")[len(id_prefix):]: g for g in found}


def lanes(root: etree._Element) -> list[Box]:
    """Lane bands in lane order (by the number in their id)."""
    found = groups(root, "kaavio-rata-")
    return [shape_box(found[k]) for k in sorted(found, key=int)]


def lane_names(root: etree._Element) -> list[str]:
    """The lane headers' text, lines joined and hyphenation undone."""
    found = groups(root, "kaavio-radan-nimi-")
    names = []
    for key in sorted(found, key=int):
        lines = [t.text or "" for t in found[key].iter("{http://www.w3.org/2000/svg}text")]
        names.append(_join_lines(lines))
    return names


def _join_lines(lines: list[str]) -> str:
    text = ""
    for line in lines:
        text = text[:-1] + line if text.endswith("-") else (f"{text} {line}" if text else line)
    return text


def steps(root: etree._Element) -> dict[str, etree._Element]:
    return groups(root, "kaavio-vaihe-")


def step_links(group: etree._Element) -> list[str]:
    return [a.get("href") for a in group.iter("{http://www.w3.org/2000/svg}a")]


def all_text(group: etree._Element) -> str:
    return _join_lines([t.text or "" for t in group.iter("{http://www.w3.org/2000/svg}text")])


def text_box(group: etree._Element, size: float) -> Box:
    """Where a node's centred label is drawn: its lines' widths by the layout's metrics at `size`, from the first
    line's top (the baseline less 0.95 em, as swimlane_svg writes it) to the last line's descent."""
    texts = list(group.iter("{http://www.w3.org/2000/svg}text"))
    half = max(text_width(t.text or "", size) for t in texts) / 2
    x, first, last = float(texts[0].get("x", "0")), float(texts[0].get("y", "0")), float(texts[-1].get("y", "0"))
    return Box(x - half, first - size * 0.95, x + half, last + size * 0.3)

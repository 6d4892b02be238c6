"""Print parts of a wide swimlane: A4 landscape pages that show a few phases each, lane names repeated.

Scaled to one landscape page, a long process (15+ steps) would print with 3-point text. Each part is a
small SVG that shows a slice of the page's own diagram (`<use>`, so nothing is drawn twice) next to the
lane names; slices are cut only where no box or label is, so nothing is ever cut off. Shown only in print.
"""

from __future__ import annotations

from lxml import etree

from generator.messages import message
from generator.render.diagrams.geometry import SwimlaneGeometry
from generator.render.diagrams.svg_accessibility import SVG, XLINK

PRINT_WIDTH = 1330.0  # natural width per printed page: 265 mm at 75 % scale keeps 11 px labels at 6 pt and more


def drawing_id(name: str) -> str:
    return f"{name}-piirros"


def _free_cuts(geometry: SwimlaneGeometry) -> list[float]:
    """x positions between boxes and labels, where a slice may end."""
    spans = sorted([(n.box.x, n.box.right) for n in geometry.nodes]
                   + [(e.label.box.x, e.label.box.right) for e in geometry.edges if e.label is not None])
    cuts: list[float] = []
    reach = geometry.header_width
    for start, end in spans:
        if start > reach + 4:
            cuts.append((reach + start) / 2)
        reach = max(reach, end)
    return [*cuts, geometry.width]


def _slices(geometry: SwimlaneGeometry) -> list[tuple[float, float]]:
    room = PRINT_WIDTH - geometry.header_width
    cuts, slices, start = _free_cuts(geometry), [], geometry.header_width
    while start < geometry.width - 1:
        fitting = [c for c in cuts if start < c <= start + room]
        end = fitting[-1] if fitting else next(c for c in cuts if c > start)  # a too-wide part still prints whole
        slices.append((start, end))
        start = end
    return slices


def print_parts(geometry: SwimlaneGeometry, name: str, title: str) -> tuple[str, ...]:
    """One SVG per landscape page, or nothing when the whole diagram already prints at a readable size."""
    if geometry.width <= PRINT_WIDTH:
        return ()
    slices = _slices(geometry)
    parts = []
    for number, (x0, x1) in enumerate(slices, start=1):
        width, height, header = x1 - x0, geometry.lanes[-1].box.bottom, geometry.header_width
        root = etree.Element(f"{{{SVG}}}svg", nsmap={None: SVG, "xlink": XLINK}, attrib={
            "viewBox": f"0 0 {header + width:.1f} {height:.1f}", "class": "polku-kaavio-osa", "role": "img",
            "aria-label": message("diagrams.text.print_part", title=title, number=number, count=len(slices))})
        clip_id = f"{name}-osa-{number}"
        clip = etree.SubElement(etree.SubElement(root, f"{{{SVG}}}defs"), f"{{{SVG}}}clipPath", id=clip_id)
        etree.SubElement(clip, f"{{{SVG}}}rect", x=f"{header:.1f}", y="0", width=f"{width:.1f}",
                         height=f"{height:.1f}")
        shown = etree.SubElement(root, f"{{{SVG}}}g", {"clip-path": f"url(#{clip_id})"})
        use = etree.SubElement(shown, f"{{{SVG}}}use", transform=f"translate({header - x0:.1f},0)")
        use.set(f"{{{XLINK}}}href", f"#{drawing_id(name)}")
        for index in range(len(geometry.lanes)):
            lane = etree.SubElement(root, f"{{{SVG}}}use")
            lane.set(f"{{{XLINK}}}href", f"#kaavio-radan-nimi-{index}")
        parts.append(etree.tostring(root, encoding="unicode"))
    return tuple(parts)

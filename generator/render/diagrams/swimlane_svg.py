"""A swimlane geometry drawn as SVG (lxml builds the tree, so every model text is escaped as XML text).

Element ids and classes are what the page's viewer (kaaviot.js), the print style and the tests use:
`kaavio-rata-N` lanes with `data-rooli`, `kaavio-radan-nimi-N` lane names, `kaavio-sarake-N` phase
headers, `kaavio-vaihe-<step>` steps (`polku-vaihe`, with `data-rooli`), `polku-osallistuja` chips (one group
and link a step, one `<use>` with `data-rooli` a participating role's lane), `polku-jatko` exits,
`polku-nuoli`/`polku-siirto` lines and `polku-ehto` labels.
The inline copy is a third or more of a process page, so what repeats is said once: the texts' and outlines'
common attributes on their group, each look of chip once in `<defs>` (`kaavio-osallistuu-N`, placed by `<use>`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import pairwise

from lxml import etree

from generator.messages import message
from generator.render.diagrams.geometry import Box, Edge, LegendItem, Node, SwimlaneGeometry, TextBlock
from generator.render.diagrams.style import UNASSIGNED, DiagramStyle, KindColours
from generator.render.diagrams.svg_accessibility import SVG, XLINK
from generator.render.urls import step_anchor

NSMAP = {None: SVG, "xlink": XLINK}
LINE = 1.3


def _q(tag: str) -> str:
    return f"{{{SVG}}}{tag}"


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    return etree.SubElement(parent, _q(tag), {k.replace("_", "-"): v for k, v in attrs.items()})


def _rect(parent: etree._Element, box: Box, **attrs: str) -> etree._Element:
    return _sub(parent, "rect", x=_n(box.x), y=_n(box.y), width=_n(box.w), height=_n(box.h), **attrs)


def _text(parent: etree._Element, block: TextBlock, style: DiagramStyle, *, align: str = "middle",
          colour: str = "") -> None:
    line = block.size * LINE
    top = block.box.cy - len(block.lines) * line / 2
    x = block.box.cx if align == "middle" else block.box.x
    for index, content in enumerate(block.lines):
        element = _sub(parent, "text", x=_n(x), y=_n(top + index * line + block.size * 0.95),
                       font_size=_n(block.size), fill=colour or style.text)
        if align == "middle":
            element.set("text-anchor", "middle")
        if block.bold and index >= block.bold_from:
            element.set("font-weight", "bold")
        element.text = content


def _diamond(box: Box) -> str:
    return " ".join(f"{_n(x)},{_n(y)}" for x, y in ((box.cx, box.y), (box.right, box.cy), (box.cx, box.bottom),
                                                      (box.x, box.cy)))


def _link(parent: etree._Element, href: str) -> etree._Element:
    anchor = _sub(parent, "a")
    anchor.set(f"{{{XLINK}}}href", href)
    return anchor


def _lanes(root: etree._Element, geometry: SwimlaneGeometry, style: DiagramStyle) -> None:
    for index, lane in enumerate(geometry.lanes):
        colours = style.kind(lane.kind)
        group = _sub(root, "g", id=f"kaavio-rata-{index}", **{"class": "polku-rata", "data-rooli": lane.key})
        # outlines 1 wide: the initial width, also where the viewer and the print parts copy the lane names
        _rect(group, lane.box, fill=colours.lane, stroke=colours.border)
        name = _sub(group, "g", id=f"kaavio-radan-nimi-{index}", **{"class": "polku-radan-nimi"})
        _rect(name, Box(0, lane.box.y, geometry.header_width, lane.box.h), fill=colours.fill, stroke=colours.border)
        _text(name, lane.header, style, align="start")


def _phases(root: etree._Element, geometry: SwimlaneGeometry, style: DiagramStyle, name: str) -> etree._Element:
    row = _sub(root, "g", id=f"{name}-vaiherivi", **{"class": "polku-vaiherivi"})
    corner = TextBlock((message("diagrams.swimlane.phase_corner"),), style.header_font_size,
                       Box(8, 0, geometry.header_width - 16, geometry.phase_height), bold=True)
    _text(row, corner, style, align="start")
    for number, phase in enumerate(geometry.phases):
        group = _sub(row, "g", id=f"kaavio-sarake-{number}", **{"class": "polku-vaihesarake"})
        _rect(group, phase.text.box, fill=style.phase_bands[phase.band])
        _text(group, phase.text, style)
    return row


def _node(root: etree._Element, node: Node, geometry: SwimlaneGeometry, data_roles: dict[str, str],
          service_href: dict[str, str], style: DiagramStyle) -> None:
    group = _node_group(root, node, geometry, data_roles, service_href, style)
    if node.shape in ("exit", "end"):  # the lines' data-kohde; a step's key is its data-vaihe, the start's its class
        group.set("data-solmu", node.key)


def _node_group(root: etree._Element, node: Node, geometry: SwimlaneGeometry,
                data_roles: dict[str, str], service_href: dict[str, str],
                style: DiagramStyle) -> etree._Element:
    lane = geometry.lanes[node.lane]
    colours = style.kind(lane.kind)
    if node.shape in ("task", "decision"):
        assert node.step_id is not None
        group = _sub(root, "g", id=f"kaavio-vaihe-{node.step_id}", **{
            "class": "polku-vaihe" + (" polku-vaihe--ei-vastuuta" if lane.kind == UNASSIGNED else ""),
            "data-vaihe": node.step_id, "data-rooli": data_roles[node.step_id]})
        anchor = _link(group, f"#{step_anchor(node.step_id)}")
        dash = {"stroke_dasharray": "5 3"} if lane.kind == UNASSIGNED else {}
        if node.shape == "task":
            _rect(anchor, node.box, rx="6", fill=colours.fill, stroke=colours.border, stroke_width="1.3", **dash)
        else:
            _sub(anchor, "polygon", points=_diamond(node.box), fill=colours.fill, stroke=colours.border,
                 stroke_width="1.3", **dash)
        _text(anchor, node.text, style)
        return group
    if node.shape == "exit":
        group = _sub(root, "g", **{"class": "polku-jatko"})
        anchor = _link(group, service_href.get(node.service_id or "", ""))
        _rect(anchor, node.box, rx="6", fill=style.exit.fill, stroke=style.exit.border, stroke_width="2")
        inner = Box(node.box.x + 3, node.box.y + 3, node.box.w - 6, node.box.h - 6)
        _rect(anchor, inner, rx="4", fill="none", stroke=style.exit.border, stroke_width="1")
        _text(anchor, node.text, style)
        return group
    group = _sub(root, "g", **{"class": "polku-alku" if node.shape == "start" else "polku-loppu"})
    _sub(group, "circle", cx=_n(node.box.cx), cy=_n(node.box.cy), r=_n(node.box.w / 2), fill="#ffffff",
         stroke=style.edge, stroke_width="3" if node.shape == "end" else "1.6")
    _text(group, node.text, style)
    return group


class ChipStamps:
    """The "osallistuu" chips, each drawn once per look in `<defs>` and placed with `<use>`.

    A process page shows dozens of identical chips (one per participant and step); drawn out, they were about
    two fifths of the inline diagram. The stamp's outline has no stroke width of its own: it inherits the
    chips group's, so the page's hover style (kaaviot.css, on the `<use>`) still thickens it.
    """

    def __init__(self, defs: etree._Element) -> None:
        self.defs, self.ids = defs, dict[bytes, str]()

    def stamp(self, node: Node, colours: KindColours, style: DiagramStyle) -> str:
        """The id of the stamp that draws `node` at the origin (made the first time its look is asked for)."""
        stamp = etree.Element(_q("g"))
        _rect(stamp, Box(0, 0, node.box.w, node.box.h), rx="4", fill=colours.fill, stroke=colours.border,
              stroke_dasharray="2 2")
        box = node.text.box
        _text(stamp, replace(node.text, box=Box(box.x - node.box.x, box.y - node.box.y, box.w, box.h)), style,
              colour=style.muted_text)
        key = etree.tostring(stamp)
        if key not in self.ids:
            self.ids[key] = f"kaavio-osallistuu-{len(self.ids)}"  # like the steps' ids: one swimlane a page
            stamp.set("id", self.ids[key])
            self.defs.append(stamp)
        return self.ids[key]


def _chips(root: etree._Element, step_id: str, chips: list[Node], geometry: SwimlaneGeometry, stamps: ChipStamps,
           style: DiagramStyle) -> None:
    """A step's chips: one link to the step, one `<use>` a participant (its role in `data-rooli`)."""
    group = _sub(root, "g", **{"class": "polku-osallistuja", "data-vaihe": step_id})
    anchor = _link(group, f"#{step_anchor(step_id)}")
    for node in chips:
        lane = geometry.lanes[node.lane]
        use = _sub(anchor, "use", **{"data-rooli": lane.key, "x": _n(node.box.x), "y": _n(node.box.y)})
        use.set(f"{{{XLINK}}}href", f"#{stamps.stamp(node, style.kind(lane.kind), style)}")


def _path_data(points: tuple[tuple[float, float], ...]) -> str:
    """An orthogonal line in the shortest path data: H for a run across, V for one up or down (as written)."""
    corners = [(_n(x), _n(y)) for x, y in points]
    data = [f"M{corners[0][0]},{corners[0][1]}"]
    for (px, py), (x, y) in pairwise(corners):
        data.append(f"H{x}" if y == py else f"V{y}" if x == px else f"L{x},{y}")
    return "".join(data)


def _edge(root: etree._Element, edge: Edge, marker: str, style: DiagramStyle) -> None:
    group = _sub(root, "g", **{"class": "polku-siirto" if edge.handoff else "polku-nuoli",
                               "data-lahto": edge.source, "data-kohde": edge.target})
    path = _path_data(edge.points)
    _sub(group, "path", d=path, fill="none", stroke=style.edge, stroke_width="2" if edge.handoff else "1.2",
         marker_end=f"url(#{marker})")
    if edge.label is not None:
        label = _sub(group, "g", **{"class": "polku-ehto"})
        _rect(label, edge.label.box, fill="#ffffff", fill_opacity="0.9", rx="2")
        _text(label, edge.label, style)


def _legend(root: etree._Element, item: LegendItem, marker: str, style: DiagramStyle) -> None:
    box = item.swatch
    if item.symbol == "task":
        _rect(root, box, rx="3", fill="#ffffff", stroke=style.edge)
    elif item.symbol == "decision":
        _sub(root, "polygon", points=_diamond(box), fill="#ffffff", stroke=style.edge)
    elif item.symbol == "event":
        _sub(root, "circle", cx=_n(box.cx), cy=_n(box.cy), r="6", fill="#ffffff", stroke=style.edge)
    elif item.symbol == "exit":
        _rect(root, box, rx="3", fill="#ffffff", stroke=style.exit.border, stroke_width="2")
    elif item.symbol == "handoff":
        _sub(root, "path", d=f"M{_n(box.x)},{_n(box.cy)} L{_n(box.right - 2)},{_n(box.cy)}", stroke=style.edge,
             stroke_width="2", marker_end=f"url(#{marker})")
    elif item.symbol == "chip":
        _rect(root, box, rx="3", fill="#ffffff", stroke=style.edge, stroke_dasharray="2 2")
    else:
        colours = style.kind(item.kind)
        _rect(root, box, fill=colours.fill, stroke=colours.border,
              **({"stroke_dasharray": "4 2"} if item.kind == UNASSIGNED else {}))
    _text(root, item.text, style, align="start")


# Text attributes a group states once for its texts (SVG inherits them), instead of on each of hundreds of
# <text> elements: a third of a process page was its inline diagram, much of it these repeated attributes.
# Each value is the SVG initial value a text without the attribute would get otherwise.
INHERITED_TEXT = {"font-size": "16", "fill": "black", "text-anchor": "start"}


def _hoist_text_attributes(group: etree._Element) -> None:
    """Move the texts' most common font size, colour and alignment onto `group`; texts that differ keep theirs."""
    texts = list(group.iter(_q("text")))
    if not texts:
        return
    for name, initial in INHERITED_TEXT.items():
        values = [text.get(name, initial) for text in texts]
        common = max(set(values), key=values.count)
        group.set(name, common)
        for text, value in zip(texts, values, strict=True):
            if value == common:
                text.attrib.pop(name, None)
            else:
                text.set(name, value)


def _hoist_stroke_width(group: etree._Element) -> None:
    """The outlines' most common line width stated once on `group` (inherited); an outline that differs keeps its
    own. Unstroked shapes and texts inherit it too, which draws nothing."""
    stroked = [shape for shape in group.iter(_q("rect"), _q("polygon"), _q("circle"), _q("path"))
               if shape.get("stroke", "none") != "none"]
    if not stroked:
        return
    widths = [shape.get("stroke-width", "1") for shape in stroked]
    common = Counter(widths).most_common(1)[0][0]
    group.set("stroke-width", common)
    for shape, width in zip(stroked, widths, strict=True):
        if width == common:
            shape.attrib.pop("stroke-width", None)
        else:
            shape.set("stroke-width", width)


def _hoist_line_paint(group: etree._Element) -> None:
    """Every line is unfilled and of one colour: said once on `group`. Its condition labels, which would inherit
    that, say their own paint instead (no outline; the texts' colour the group said before)."""
    lines = list(group.iter(_q("path")))
    strokes = {line.get("stroke") for line in lines}
    if not lines or len(strokes) != 1 or {line.get("fill") for line in lines} != {"none"}:
        return
    for label in group.iter(_q("g")):
        if label.get("class") == "polku-ehto":
            label.set("fill", group.get("fill", "black"))
            label.set("stroke", "none")
    group.set("fill", "none")
    group.set("stroke", strokes.pop() or "")
    for line in lines:
        del line.attrib["fill"], line.attrib["stroke"]


def _hoist_marker(group: etree._Element) -> None:
    """The arrowhead is the same on every line: stated once on the group (marker-end is inherited)."""
    markers = {path.get("marker-end") for path in group.iter(_q("path"))}
    if len(markers) == 1 and None not in markers:
        group.set("marker-end", markers.pop() or "")
        for path in group.iter(_q("path")):
            del path.attrib["marker-end"]


def draw_svg(geometry: SwimlaneGeometry, style: DiagramStyle, *, name: str, data_roles: dict[str, str],
             service_href: dict[str, str]) -> bytes:
    """The standalone SVG (natural size); `data_roles` maps a step to its responsible role ("" for none)."""
    root = etree.Element(_q("svg"), nsmap=NSMAP, attrib={
        "width": f"{_n(geometry.width)}px", "height": f"{_n(geometry.height)}px",
        "viewBox": f"0 0 {_n(geometry.width)} {_n(geometry.height)}", "class": "polku-uimarata",
        "font-family": f"{style.font}, Verdana, sans-serif"})
    marker = f"{name}-nuoli"
    defs = _sub(root, "defs")
    arrow = _sub(defs, "marker", id=marker, viewBox="0 0 10 10", refX="10", refY="5", markerWidth="7",
                 markerHeight="7", markerUnits="userSpaceOnUse", orient="auto")
    arrow.set("markerWidth", "9")
    arrow.set("markerHeight", "9")
    _sub(arrow, "path", d="M0,0 L10,5 L0,10 z", fill=style.edge)
    _rect(root, Box(0, 0, geometry.width, geometry.height), fill=style.background)
    outer, root = root, _sub(root, "g", id=f"{name}-piirros")  # print parts show slices of it (print_parts)
    phase_row = _phases(root, geometry, style, name)
    _lanes(root, geometry, style)
    edges = _sub(root, "g", **{"class": "polku-nuolet"})
    for edge in geometry.edges:
        _edge(edges, edge, marker, style)
    # chips stand apart from the steps (no box overlaps another), so their own group changes no overlap; it hides
    # them from screen readers once (each repeats its step's link) and leaves their outline the initial width
    chips = _sub(root, "g", **{"class": "polku-osallistujat", "aria-hidden": "true"})
    stamps, by_step = ChipStamps(defs), dict[str, list[Node]]()
    for node in geometry.nodes:
        if node.shape == "chip":
            by_step.setdefault(node.step_id or "", []).append(node)
    for step_id, step_chips in by_step.items():
        _chips(chips, step_id, step_chips, geometry, stamps, style)
    nodes = _sub(root, "g", **{"class": "polku-solmut"})
    for node in geometry.nodes:
        if node.shape != "chip":
            _node(nodes, node, geometry, data_roles, service_href, style)
    legend = _sub(root, "g", **{"class": "polku-selite"})
    title = TextBlock((message("diagrams.legend.title"),), 10, Box(8, geometry.legend_box.y, 60, 18), bold=True)
    _text(legend, title, style, align="start")
    for item in geometry.legend:
        _legend(legend, item, marker, style)
    # lane names stay as drawn: the viewer copies them into a sticky column of their own (kaaviot.js)
    for group in (phase_row, edges, nodes, legend):
        _hoist_text_attributes(group)
    _hoist_marker(edges)
    for group in (edges, nodes):
        _hoist_stroke_width(group)
    _hoist_line_paint(edges)  # after the widths: it takes the lines' stroke, by which those found them
    data: bytes = etree.tostring(outer, encoding="utf-8", xml_declaration=True)
    return data

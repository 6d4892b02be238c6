"""Graphviz SVG → an SVG fit to inline in a page: accessible name, no node-name titles, responsive size.

Graphviz writes a `<title>` with the *node name* ("s1", "cluster_lane0") into every group, and a screen
reader would read them; they are removed, and the steps get their real titles (browser tooltips) instead.
The root gets a `<title>`/`<desc>` pair (aria-labelledby/-describedby). Its role is `graphics-document`,
not `img`: an image's children are presentational, so links inside an `img` are "nested interactive"
controls (axe-core) that keyboard users reach but screen readers cannot name. Links are named by their
visible label (an `aria-label` differing from a hyphenated label would fail WCAG 2.5.3); the small
"osallistuu" markers repeat a step's link and are kept out of the tab order and the accessibility tree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
REPEATED_LINK_CLASS = "polku-osallistuja"
_GRAPHVIZ_ID = re.compile(r"^(a_)?(graph|node|edge|clust)\d+$|^a_")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True,
                          huge_tree=False)


@dataclass(frozen=True, slots=True)
class SvgText:
    """What the diagram is called and says, and the tooltip of each element id that has one."""

    id_prefix: str
    title: str
    description: str
    tooltips: dict[str, str]


def _q(tag: str) -> str:
    return f"{{{SVG}}}{tag}"


def parse_svg(raw: bytes) -> etree._Element:
    """The `<svg>` element; the XML prolog and DOCTYPE of Graphviz 2.4x are dropped here."""
    return etree.fromstring(raw, _PARSER)


def _drop_graphviz_titles(root: etree._Element) -> None:
    for title in root.iter(_q("title")):
        parent = title.getparent()
        if parent is not None:
            parent.remove(title)


def _clean_ids_and_links(root: etree._Element, tooltips: dict[str, str]) -> None:
    for element in root.iter():
        element_id = element.get("id")
        if element_id is not None and _GRAPHVIZ_ID.match(element_id):
            del element.attrib["id"]
        if element.tag == _q("a"):
            _accessible_link(element)
        tooltip = tooltips.get(element_id or "")
        if tooltip:
            hint = etree.Element(_q("title"))
            hint.text = tooltip
            element.insert(0, hint)


def _accessible_link(anchor: etree._Element) -> None:
    href = anchor.attrib.pop(f"{{{XLINK}}}href", None)
    anchor.attrib.pop(f"{{{XLINK}}}title", None)
    anchor.attrib.pop("target", None)
    if not href:
        return
    anchor.set("href", href)
    ancestors = list(anchor.iterancestors())
    repeated = any(REPEATED_LINK_CLASS in (g.get("class") or "").split() for g in ancestors)
    textless = not any((t.text or "").strip() for t in anchor.iter(_q("text")))  # an edge's line: its label links too
    if repeated or textless:
        anchor.set("tabindex", "-1")
        if not any(g.get("aria-hidden") == "true" for g in ancestors):  # the swimlane's chips are hidden as a group
            anchor.set("aria-hidden", "true")


def _label(root: etree._Element, text: SvgText) -> None:
    title = etree.Element(_q("title"), id=f"{text.id_prefix}-otsikko")
    title.text = text.title
    desc = etree.Element(_q("desc"), id=f"{text.id_prefix}-kuvaus")
    desc.text = text.description
    root.insert(0, desc)
    root.insert(0, title)
    root.set("role", "graphics-document")
    root.set("aria-labelledby", f"{text.id_prefix}-otsikko")
    root.set("aria-describedby", f"{text.id_prefix}-kuvaus")


def view_size(root: etree._Element) -> tuple[float, float]:
    """The drawing's width and height in points (from the viewBox)."""
    parts = [float(v) for v in (root.get("viewBox") or "0 0 0 0").split()]
    return parts[2], parts[3]


def _responsive(root: etree._Element) -> None:
    """Scale with the page, but never so small that 11 pt labels become unreadable (then it scrolls)."""
    width, _ = view_size(root)
    for attribute in ("width", "height"):
        root.attrib.pop(attribute, None)
    root.set("width", "100%")
    root.set("style", f"min-width:{width * 0.85:.0f}px;max-width:{width * 1.25:.0f}px;height:auto")


def _serialize(root: etree._Element) -> bytes:
    etree.cleanup_namespaces(root, top_nsmap={None: SVG})
    data: bytes = etree.tostring(root, encoding="utf-8")
    return data.replace(b"\n\n", b"\n")


def _prepared(raw: bytes, text: SvgText) -> etree._Element:
    root = parse_svg(raw)
    _drop_graphviz_titles(root)
    _clean_ids_and_links(root, text.tooltips)
    _label(root, text)
    return root


def accessible_svg(raw: bytes, text: SvgText, *, inline: bool, rewrite: Callable[[str], str] | None = None) -> bytes:
    """The post-processed SVG: `inline=True` for the page (responsive), False for files (natural size).
    `rewrite`: every link passed through it (the copy saved under kaaviot/; None: as they are)."""
    root = _prepared(raw, text)
    if inline:
        _responsive(root)
    if rewrite is not None:
        _rewrite_links(root, rewrite)
    return _serialize(root)


def file_and_inline_svg(raw: bytes, text: SvgText, rewrite: Callable[[str], str] | None) -> tuple[bytes, bytes]:
    """(the file's SVG, the page's inline SVG) from one parse: the same bytes as `accessible_svg` with
    `inline=False, rewrite=rewrite` and with `inline=True`. Parsing each diagram three times was a second of every
    cold build at 1×."""
    root = _prepared(raw, text)
    natural = list(root.attrib.items())  # in order: the attributes' order is part of the file's bytes
    _responsive(root)
    inline = _serialize(root)
    root.attrib.clear()
    for name, value in natural:
        root.set(name, value)
    if rewrite is not None:
        _rewrite_links(root, rewrite)
    return _serialize(root), inline


def _rewrite_links(root: etree._Element, rewrite: Callable[[str], str]) -> None:
    for anchor in root.iter(_q("a")):
        link = anchor.get("href")
        if link:
            anchor.set("href", rewrite(link))

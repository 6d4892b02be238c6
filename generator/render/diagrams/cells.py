"""The nodes and links of a swimlane before they are placed: what `swimlane_layout` sizes, `placement` gives to
dot and `routing` places and connects."""

from __future__ import annotations

from dataclasses import dataclass

from generator.render.diagrams.geometry import Box, Shape, TextBlock

# A decision is a small diamond with its question written under it (as BPMN draws a gateway's label), not a
# diamond grown round its question: a diamond holding a 4-line question is about 120 × 160 px, the widest and
# tallest node of a diagram, and lines meet it only near its corners anyway.
DIAMOND_W = 44.0
DIAMOND_H = 36.0
QUESTION_GAP = 3.0  # between the diamond and its question


@dataclass(slots=True)
class Item:
    """A node while it is being placed (mutable only inside the layout modules)."""

    key: str
    shape: Shape
    w: float
    h: float
    text: TextBlock  # box filled in when the node is placed
    lane: int
    column: int
    step_id: str | None = None
    service_id: str | None = None
    rel_y: float = 0.0  # top, relative to the lane's content
    order: float = 0.0  # dot's position across the rank: the order inside a cell
    row: int | None = None  # a stacked step's row in its column (its chips share it); None when not stacked

    @property
    def outline_w(self) -> float:
        """The drawn outline's width: lines end on it (a decision's diamond; any other node is its outline)."""
        return DIAMOND_W if self.shape == "decision" else self.w

    @property
    def outline_h(self) -> float:
        return DIAMOND_H if self.shape == "decision" else self.h

    def outline(self, box: Box) -> Box:
        """The outline inside the node's placed box: a decision's diamond at the top, centred over its question."""
        if self.shape != "decision":
            return box
        return Box(box.cx - DIAMOND_W / 2, box.y, DIAMOND_W, DIAMOND_H)

    def text_box(self, box: Box) -> Box:
        """Where the label goes: a decision's question under its diamond; any other label inside its outline."""
        if self.shape != "decision":
            return box
        top = box.y + DIAMOND_H + QUESTION_GAP
        return Box(box.x, top, box.w, box.bottom - top)


@dataclass(frozen=True, slots=True)
class Link:
    source: str
    target: str
    condition: str
    handoff: bool

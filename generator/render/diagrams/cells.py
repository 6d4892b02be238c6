"""The nodes and links of a swimlane before they are placed: what `swimlane_layout` sizes, `placement` gives to
dot and `routing` places and connects."""

from __future__ import annotations

from dataclasses import dataclass

from generator.render.diagrams.geometry import Shape, TextBlock


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


@dataclass(frozen=True, slots=True)
class Link:
    source: str
    target: str
    condition: str
    handoff: bool

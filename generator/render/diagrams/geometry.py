"""The swimlane geometry: every lane, phase column, node box and edge waypoint, computed once.

SVG (`swimlane_svg`), PNG (from that SVG) and BPMN diagram interchange (`bpmn`) are all drawn from this one
value, so they never disagree. Coordinates are SVG user units (px), y grows downwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Point = tuple[float, float]
Shape = Literal["task", "decision", "start", "end", "exit", "chip"]


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def overlaps(self, other: Box, margin: float = 0.0) -> bool:
        return (self.x < other.right + margin and other.x < self.right + margin
                and self.y < other.bottom + margin and other.y < self.bottom + margin)


@dataclass(frozen=True, slots=True)
class TextBlock:
    """Lines of a label, centred (or left-aligned) in `box`."""

    lines: tuple[str, ...]
    size: float
    box: Box
    bold: bool = False
    bold_from: int = 0  # lines before this index are regular even when `bold` is set


@dataclass(frozen=True, slots=True)
class Node:
    key: str  # "start", "step:<id>", "exit:<n>", "chip:<step>:<lane index>"
    shape: Shape
    box: Box
    text: TextBlock
    lane: int
    column: int
    step_id: str | None = None  # the step a task, decision or chip stands for
    service_id: str | None = None  # the service an exit continues to


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    points: tuple[Point, ...]  # orthogonal polyline, first point on the source's border, last on the target's
    label: TextBlock | None
    handoff: bool  # responsibility moves to another lane
    condition: str = ""


@dataclass(frozen=True, slots=True)
class Lane:
    key: str  # role id; "" for steps whose responsible role is not described
    name: str
    kind: str
    box: Box  # the whole band, header included
    header: TextBlock


@dataclass(frozen=True, slots=True)
class PhaseHeader:
    phase_id: str | None
    name: str
    band: int  # 0/1: alternating colours
    text: TextBlock


@dataclass(frozen=True, slots=True)
class LegendItem:
    symbol: Literal["task", "decision", "event", "exit", "handoff", "chip", "kind"]
    text: TextBlock
    swatch: Box
    kind: str = ""


@dataclass(frozen=True, slots=True)
class SwimlaneGeometry:
    width: float
    height: float
    header_width: float  # the lane-name column
    phase_height: float
    lanes: tuple[Lane, ...]
    phases: tuple[PhaseHeader, ...]
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    legend: tuple[LegendItem, ...]
    legend_box: Box

    def node(self, key: str) -> Node:
        return next(n for n in self.nodes if n.key == key)

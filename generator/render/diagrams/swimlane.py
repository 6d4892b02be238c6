"""One process's swimlane: the dot job that orders its nodes, and the geometry + SVG drawn from dot's answer."""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from generator.identity_memo import IdentityMemo, repr_digest
from generator.render.diagrams.geometry import SwimlaneGeometry
from generator.render.diagrams.placement import placement_dot, read_order
from generator.render.diagrams.swimlane_layout import (
    Prepared,
    SwimlaneInput,
    build_geometry,
    lane_kind,
    lane_name,
    prepare,
)
from generator.render.diagrams.swimlane_svg import draw_svg

STEP_CLASS = "polku-vaihe"

__all__ = ["STEP_CLASS", "DrawnSwimlane", "SwimlaneInput", "draw_swimlane", "lane_kind", "lane_name",
           "placement_source", "step_element_id"]


def step_element_id(step_id: str) -> str:
    return f"kaavio-vaihe-{step_id}"


@dataclass(frozen=True, slots=True)
class DrawnSwimlane:
    geometry: SwimlaneGeometry
    svg: bytes  # standalone, natural size, links as written for the process page


# placements of the processes of the last builds in this process (`polku serve`, see generator/identity_memo.py)
_PLACEMENTS: IdentityMemo[str] = IdentityMemo()


def placement_source(data: SwimlaneInput) -> str:
    """The dot job that orders the swimlane's nodes. It is made from the process, the style and the names of the
    services the process belongs to and leads into (the exit boxes' texts), so those key its memo."""
    process, services = data.process, data.graph.services
    shown = sorted({process.service, *(n.service for s in process.steps for n in s.next if n.service)})
    detail = (repr_digest(data.style),
              tuple((sid, repr_digest(services[sid]) if sid in services else "") for sid in shown))
    return _PLACEMENTS.get(process, detail, lambda: _placement_source(data))


# The cells and sized nodes that made a swimlane's dot job, kept for its drawing: `prepare` measures every label
# and tries each stacking depth, a third of a swimlane's own CPU time, and the spec and the drawing want the same
# answer. Keyed by the input's identity and dropped when the input is (weakref), so a serve session's old
# graphs leave nothing behind; under `polku serve` a memoised placement made none, and the drawing prepares.
_PREPARED: dict[int, tuple[weakref.ref[SwimlaneInput], Prepared]] = {}


def _placement_source(data: SwimlaneInput) -> str:
    prepared = prepare(data)
    key = id(data)
    _PREPARED[key] = (weakref.ref(data, lambda _: _PREPARED.pop(key, None)), prepared)
    return placement_dot(prepared[1], prepared[2])


def _prepared(data: SwimlaneInput) -> Prepared:
    """What `_placement_source` prepared for this very input, else a fresh `prepare`. Drawing the geometry sets
    each node's order and place again from scratch, so drawing twice from one preparation gives the same result."""
    kept = _PREPARED.get(id(data))
    return kept[1] if kept is not None and kept[0]() is data else prepare(data)


def draw_swimlane(data: SwimlaneInput, dot_json: bytes, name: str, service_href: dict[str, str]) -> DrawnSwimlane:
    prepared = _prepared(data)
    geometry = build_geometry(data, read_order(prepared[1], dot_json), prepared)
    roles = {s.id: s.responsible or "" for s in data.process.steps}  # the participants are the chips' lanes
    return DrawnSwimlane(geometry, draw_svg(geometry, data.style, name=name, data_roles=roles,
                                            service_href=service_href))

"""One process's swimlane: the dot job that orders its nodes, and the geometry + SVG drawn from dot's answer."""

from __future__ import annotations

from dataclasses import dataclass

from generator.render.diagrams.geometry import SwimlaneGeometry
from generator.render.diagrams.placement import placement_dot, read_order
from generator.render.diagrams.swimlane_layout import SwimlaneInput, build_geometry, lane_kind, lane_name, prepare
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


def placement_source(data: SwimlaneInput) -> str:
    _, items, links = prepare(data)
    return placement_dot(items, links)


def draw_swimlane(data: SwimlaneInput, dot_json: bytes, name: str, service_href: dict[str, str]) -> DrawnSwimlane:
    prepared = prepare(data)
    geometry = build_geometry(data, read_order(prepared[1], dot_json), prepared)
    roles = {s.id: (s.responsible or "", " ".join(dict.fromkeys(s.participants))) for s in data.process.steps}
    return DrawnSwimlane(geometry, draw_svg(geometry, data.style, name=name, data_roles=roles,
                                            service_href=service_href))

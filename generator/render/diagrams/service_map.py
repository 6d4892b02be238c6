"""DOT for a service-path map: the services on routes through one service, an edge per describing model."""

from __future__ import annotations

from dataclasses import dataclass

import graphviz

from generator.messages import message
from generator.render import urls
from generator.render.diagrams import dot_style
from generator.render.diagrams.labels import html_label, html_lines, plain
from generator.render.diagrams.links import href
from generator.render.diagrams.paths import ServicePath
from generator.render.diagrams.style import DiagramStyle
from generator.resolve import KnowledgeGraph


@dataclass(frozen=True, slots=True)
class MapInput:
    graph: KnowledgeGraph
    style: DiagramStyle
    page: str  # docs path of the page the map is inlined in (links are relative to it)


def service_node(service_id: str) -> str:
    return f"palvelu_{service_id.replace('-', '_')}"


def add_service(dot: graphviz.Digraph, data: MapInput, service_id: str, *, current: bool = False) -> None:
    service = data.graph.services[service_id]
    colours = data.style.labour_market if service.kind == "tyomarkkinat" else data.style.service
    fill, text = (colours.current_fill, colours.current_text) if current and colours.current_fill else (
        colours.fill, data.style.text)
    dot.node(service_node(service_id), html_label(html_lines(service.name.fi, 22, bold=True)),
             shape="box", style="rounded,filled" + (",bold" if current else ""), fillcolor=fill,
             fontcolor=text, color=colours.border, URL=href(data.page, urls.service_page(service_id)),
             tooltip=plain(message("diagrams.tooltip.service", service=service.name.fi)),
             id=f"kaavio-palvelu-{service_id}", **{"class": "polku-palvelu"})


def _edge_label(data: MapInput, path: ServicePath) -> str:
    """The region whose model describes the path; its condition is in the tooltip and the text list."""
    region = data.graph.regions[data.graph.processes[path.process_id].region].name.fi
    return html_label(html_lines(region, 22, bold=True))


def _loop_ports(path: ServicePath) -> dict[str, str]:
    """A path back into the same service loops below the box, clear of the edges that leave it."""
    return {"tailport": "s", "headport": "w"} if path.source == path.target else {}


def build_service_map(data: MapInput, service_id: str, paths: list[ServicePath]) -> str:
    dot = graphviz.Digraph("palvelupolut", graph_attr=dot_style.graph_defaults(
        data.style, rankdir="LR", nodesep="0.3", ranksep="0.6"))
    dot.node_attr.update(dot_style.node_defaults(data.style))
    dot.edge_attr.update(dot_style.edge_defaults(data.style))
    for service in sorted({s for p in paths for s in (p.source, p.target)} | {service_id}):
        add_service(dot, data, service, current=service == service_id)
    for path in paths:
        process = data.graph.processes[path.process_id]
        tooltip = (message("diagrams.tooltip.described_in_model_with_condition", process=process.title.fi,
                           condition=path.condition) if path.condition
                   else message("diagrams.tooltip.described_in_model", process=process.title.fi))
        dot.edge(service_node(path.source), service_node(path.target), label=_edge_label(data, path),
                 URL=href(data.page, urls.process_page(path.process_id)), tooltip=plain(tooltip), **_loop_ports(path))
    return str(dot.source)

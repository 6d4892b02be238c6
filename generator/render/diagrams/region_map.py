"""DOT for a region map: the region's processes (with their own service) and the services they lead to."""

from __future__ import annotations

import graphviz

from generator.messages import message
from generator.model.process import Process
from generator.render import urls
from generator.render.diagrams import dot_style
from generator.render.diagrams.labels import html_label, html_lines, plain
from generator.render.diagrams.links import href
from generator.render.diagrams.paths import ServicePath
from generator.render.diagrams.service_map import MapInput, add_service, service_node


def process_node(process_id: str) -> str:
    return f"prosessi_{process_id.replace('-', '_')}"


def _add_process(dot: graphviz.Digraph, data: MapInput, process: Process) -> None:
    service = data.graph.services[process.service].name.fi
    label = html_lines(process.title.fi, 26, bold=True) + '<br align="center"/>' + html_lines(service, 30)
    colours = data.style.process
    dot.node(process_node(process.id), html_label(label), shape="box", style="filled",
             fillcolor=colours.fill, color=colours.border, URL=href(data.page, urls.process_page(process.id)),
             tooltip=plain(message("diagrams.tooltip.process", process=process.title.fi)),
             id=f"kaavio-prosessi-{process.id}", **{"class": "polku-prosessi"})


def build_region_map(data: MapInput, process_ids: list[str], paths: list[ServicePath]) -> str:
    dot = graphviz.Digraph("aluekartta", graph_attr=dot_style.graph_defaults(
        data.style, rankdir="LR", nodesep="0.3", ranksep="0.7"))
    dot.node_attr.update(dot_style.node_defaults(data.style))
    dot.edge_attr.update(dot_style.edge_defaults(data.style))
    for pid in process_ids:
        _add_process(dot, data, data.graph.processes[pid])
    mine = [p for p in paths if p.process_id in process_ids]
    for service in sorted({p.target for p in mine}):
        add_service(dot, data, service)
    for path in mine:
        label = html_label(html_lines(path.condition, 22)) if path.condition else ""
        dot.edge(process_node(path.process_id), service_node(path.target), label=label,
                 tooltip=plain(message("diagrams.continues_to", service=data.graph.services[path.target].name.fi)))
    return str(dot.source)

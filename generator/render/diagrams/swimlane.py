"""DOT for one process's swimlane diagram: a lane per role, columns by canonical phase.

Technique (docs: TECH_NOTES §4): `newrank=true`; one cluster per lane, each holding a fixed-width name
node in column 0 and an invisible tail in the last column, so every lane spans the full width; one
`rank=same` group per column; invisible flat edges between the name nodes fix the lane order.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import graphviz

from generator.model.process import NextStep, Process, Step
from generator.render.diagrams import dot_style
from generator.render.diagrams.labels import html_label, html_lines, plain
from generator.render.diagrams.layout import (
    FIRST_STEP_COLUMN,
    UNASSIGNED_LANE,
    Exit,
    SwimlaneLayout,
    layout_swimlane,
)
from generator.render.diagrams.legend import swimlane_legend
from generator.render.diagrams.style import UNASSIGNED, DiagramStyle
from generator.render.urls import step_anchor
from generator.resolve import KnowledgeGraph

STEP_CLASS = "polku-vaihe"
LANE_CLASS = "polku-rata"
PHASE_CLASS = "polku-vaihesarake"


@dataclass(frozen=True, slots=True)
class SwimlaneInput:
    graph: KnowledgeGraph
    process: Process
    style: DiagramStyle
    service_href: dict[str, str]  # service id → link from the process page


def step_node(index: int) -> str:
    return f"s{index}"


def step_element_id(step_id: str) -> str:
    return f"kaavio-vaihe-{step_id}"


def lane_name(data: SwimlaneInput, lane: str) -> str:
    return data.graph.roles[lane].name.fi if lane != UNASSIGNED_LANE else data.style.kinds[UNASSIGNED].name


def lane_kind(data: SwimlaneInput, lane: str) -> str:
    return data.graph.roles[lane].kind if lane != UNASSIGNED_LANE else UNASSIGNED


@dataclass(frozen=True, slots=True)
class SwimlaneSource:
    """Two DOT texts: the graph `dot` lays out, and the hand-off edges added to its positioned output.

    dot 2.4x reorders lane clusters to shorten edges between them, whatever the flat edges between the
    lane names say. Laid out without the hand-offs, the lanes keep the model's order; the hand-offs are
    then routed over the fixed positions by `neato -n2`.
    """

    layout: str
    handoffs: str


def build_swimlane(data: SwimlaneInput) -> SwimlaneSource:
    layout = layout_swimlane(data.process, data.graph.services[data.process.service])
    dot = graphviz.Digraph("swimlane", graph_attr=dot_style.graph_defaults(
        data.style, rankdir="LR", newrank="true", nodesep="0.22", ranksep="0.32", splines="true"))
    dot.node_attr.update(dot_style.node_defaults(data.style))
    dot.edge_attr.update(dot_style.edge_defaults(data.style))
    # dot 2.4x lays an LR graph's rows out bottom-up in declaration order; declare the bottom row first.
    dot.node("legend", swimlane_legend(data.style, _kinds_used(data, layout), data.process),
             shape="plaintext", margin="0")
    for index, lane in reversed(list(enumerate(layout.lanes))):
        _lane(dot, data, layout, index, lane)
    _phase_row(dot, data, layout)
    _order_and_columns(dot, data, layout)
    handoffs = graphviz.Digraph()
    _edges(dot, handoffs, data, layout)
    return SwimlaneSource(str(dot.source), "".join(handoffs.body))


def _kinds_used(data: SwimlaneInput, layout: SwimlaneLayout) -> list[str]:
    return list(dict.fromkeys(lane_kind(data, lane) for lane in layout.lanes))


def _phase_row(dot: graphviz.Digraph, data: SwimlaneInput, layout: SwimlaneLayout) -> None:
    """Column headers: one band (a cluster) per phase over the phase's columns, the phase name on it."""
    style = data.style
    with dot.subgraph(name="cluster_phases") as row:
        row.attr(style="invis")
        row.node("c0", html_label(html_lines("Vaihe", 20, bold=True)), shape="plaintext",
                 width=dot_style.inches(style.lane_header_width), fixedsize="true", height="0.3")
        spanned = {c for span in layout.phases for c in range(span.first, span.last + 1)}
        for column in sorted(set(range(1, layout.last_column + 2)) - spanned):
            row.node(f"c{column}", "", shape="point", style="invis", width="0")
        for number, span in enumerate(layout.phases):
            band = style.phase_bands[number % 2]
            with row.subgraph(name=f"cluster_phase{number}") as header:
                header.attr(style="filled", color=band, fillcolor=band, id=f"kaavio-sarake-{number}",
                            label=html_label(html_lines(span.name, style.step_wrap, bold=True)),
                            fontsize=dot_style.inches(style.header_font_size), **{"class": PHASE_CLASS})
                for column in range(span.first, span.last + 1):
                    header.node(f"c{column}", "", shape="point", style="invis", width="0", height="0.05")


def _lane(dot: graphviz.Digraph, data: SwimlaneInput, layout: SwimlaneLayout, index: int, lane: str) -> None:
    colours = data.style.kind(lane_kind(data, lane))
    name = lane_name(data, lane)
    lines = html_lines(name, data.style.lane_header_wrap, bold=True)
    height = max(0.55, 0.24 * (lines.count("<br") + 1) + 0.25)
    with dot.subgraph(name=f"cluster_lane{index}") as cluster:
        cluster.attr(style="filled", fillcolor=colours.lane, color=colours.border, penwidth="1",
                     label="", id=f"kaavio-rata-{index}", **{"class": LANE_CLASS})
        cluster.node(f"h{index}", html_label(lines), shape="plaintext", fixedsize="true",
                     id=f"kaavio-radan-nimi-{index}",
                     width=dot_style.inches(data.style.lane_header_width), height=dot_style.inches(height),
                     fontsize=dot_style.inches(data.style.header_font_size))
        cluster.node(f"t{index}", "", shape="point", style="invis", width="0")
        if data.process.start_step and layout.lane_of.get(data.process.start_step) == lane:
            _start(cluster, data)
        for position, step in enumerate(data.process.steps):
            if layout.lane_of[step.id] == lane:
                _step(cluster, data, position, step, lane)
        for number, item in enumerate(layout.exits):
            if layout.lane_of[item.step_id] == lane:
                _exit(cluster, data, number, item)
        for position, step in enumerate(data.process.steps):
            if lane in _participant_lanes(step, layout):
                _participation(cluster, data, position, step, lane)


def _start(cluster: graphviz.Digraph, data: SwimlaneInput) -> None:
    """The start event sits in column 1 of the first step's lane."""
    cluster.node("start", html_label("Alku"), shape="circle", fixedsize="true", width="0.55",
                 style="filled", fillcolor="#ffffff", color=data.style.edge, penwidth="1.6",
                 fontsize="9", tooltip="Prosessin alku")


def _step(cluster: graphviz.Digraph, data: SwimlaneInput, position: int, step: Step, lane: str) -> None:
    colours = data.style.kind(lane_kind(data, lane))
    decision = step.is_decision
    wrap = data.style.decision_wrap if decision else data.style.step_wrap
    style = "filled" + (",dashed" if lane == UNASSIGNED_LANE else "") + ("" if decision else ",rounded")
    cluster.node(step_node(position), html_label(html_lines(step.title.fi, wrap)),
                 shape="diamond" if decision else "box", style=style, fillcolor=colours.fill,
                 color=colours.border, URL=f"#{step_anchor(step.id)}", target="_self",
                 tooltip=plain(step.title.fi), id=step_element_id(step.id), **{"class": STEP_CLASS},
                 margin="0.02,0.02" if decision else "0.1,0.06")


def participation_node(position: int, lane: str) -> str:
    return f"o{position}_{lane.replace('-', '_')}"


def _participant_lanes(step: Step, layout: SwimlaneLayout) -> list[str]:
    """Lanes of the roles that take part in the step without being responsible for it."""
    return [r for r in dict.fromkeys(step.participants) if r in layout.lanes and r != layout.lane_of[step.id]]


def _participation(cluster: graphviz.Digraph, data: SwimlaneInput, position: int, step: Step, lane: str) -> None:
    """A small marker in the step's column: this lane's role takes part in the step."""
    colours = data.style.kind(lane_kind(data, lane))
    cluster.node(participation_node(position, lane), html_label("osallistuu"), shape="box",
                 style="rounded,dotted,filled", fillcolor=colours.fill, color=colours.border, fontsize="9",
                 height="0.25", margin="0.05,0.02", URL=f"#{step_anchor(step.id)}",
                 tooltip=plain(f"{lane_name(data, lane)} osallistuu: {step.title.fi}"),
                 **{"class": "polku-osallistuja"})


def exit_node(number: int) -> str:
    return f"x{number}"


def _exit(cluster: graphviz.Digraph, data: SwimlaneInput, number: int, item: Exit) -> None:
    if item.target.service:
        service = data.graph.services[item.target.service]
        label = html_lines("Jatkuu palveluun", 22) + '<br align="center"/>' + html_lines(
            service.name.fi, data.style.step_wrap, bold=True)
        cluster.node(exit_node(number), html_label(label), shape="box", style="rounded,filled,bold",
                     peripheries="2", fillcolor=data.style.exit.fill, color=data.style.exit.border,
                     URL=data.service_href.get(service.id, ""), tooltip=plain(f"Jatkuu palveluun {service.name.fi}"),
                     **{"class": "polku-jatko"})
    else:
        cluster.node(exit_node(number), html_label("Loppu"), shape="doublecircle", fixedsize="true",
                     width="0.55", style="filled", fillcolor="#ffffff", color=data.style.edge,
                     penwidth="1.6", fontsize="9", tooltip="Prosessi päättyy")


def _order_and_columns(dot: graphviz.Digraph, data: SwimlaneInput, layout: SwimlaneLayout) -> None:
    last = layout.last_column + 1
    columns: dict[int, list[str]] = {0: ["c0", "legend", *(f"h{i}" for i in range(len(layout.lanes)))],
                                     last: [f"c{last}", *(f"t{i}" for i in range(len(layout.lanes)))]}
    columns.setdefault(FIRST_STEP_COLUMN - 1, [f"c{FIRST_STEP_COLUMN - 1}"]).append("start")
    for position, step in enumerate(data.process.steps):
        columns.setdefault(layout.column_of[step.id], [f"c{layout.column_of[step.id]}"]).append(step_node(position))
    for number, item in enumerate(layout.exits):
        columns.setdefault(item.column, [f"c{item.column}"]).append(exit_node(number))
    for position, step in enumerate(data.process.steps):
        markers = [participation_node(position, lane) for lane in _participant_lanes(step, layout)]
        columns.setdefault(layout.column_of[step.id], [f"c{layout.column_of[step.id]}"]).extend(markers)
    for members in columns.values():
        dot.body.append("\t{rank=same; " + " ".join(members) + "}\n")
    chain = [f"c{k}" for k in range(last + 1)]
    for left, right in pairwise(chain):
        dot.edge(left, right, style="invis", weight="20")
    # Newer Graphviz honours flat edges between clusters as row order; 2.4x keeps declaration order.
    order = ["c0", *(f"h{i}" for i in range(len(layout.lanes))), "legend"]
    for upper, lower in pairwise(order):
        dot.edge(lower, upper, style="invis")


def _edges(dot: graphviz.Digraph, handoffs: graphviz.Digraph, data: SwimlaneInput,
           layout: SwimlaneLayout) -> None:
    """Edges inside a lane shape the layout; hand-offs between lanes are routed afterwards (see module doc)."""
    index_of = {step.id: position for position, step in enumerate(data.process.steps)}
    start = data.process.start_step
    if start in index_of:
        dot.edge("start", step_node(index_of[start]))
    exits = {(e.step_id, e.index): exit_node(n) for n, e in enumerate(layout.exits)}
    for step in data.process.steps:
        tail = step_node(index_of[step.id])
        for number, target in enumerate(step.next or [NextStep(end=True)]):
            head = step_node(index_of[target.step]) if target.step else exits[(step.id, number)]
            crosses = target.step is not None and layout.lane_of[target.step] != layout.lane_of[step.id]
            attrs = _edge_attrs(layout, step, target)
            (handoffs if crosses else dot).edge(tail, head, **attrs, **_handoff(crosses))


def _edge_attrs(layout: SwimlaneLayout, step: Step, target: NextStep) -> dict[str, str]:
    attrs: dict[str, str] = {}
    if target.condition:
        attrs["label"] = html_label(html_lines(target.condition.fi, 18))
    if target.step and layout.column_of[target.step] <= layout.column_of[step.id]:
        attrs["constraint"] = "false"  # a loop back: drawn, but it must not move columns
    return attrs


def _handoff(crosses_lanes: bool) -> dict[str, str]:
    """A hand-off between lanes is drawn heavier, so the change of responsibility stands out."""
    return {"penwidth": "1.8", "class": "polku-siirto"} if crosses_lanes else {}

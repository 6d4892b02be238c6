"""A process as BPMN 2.0 XML: a collaboration with one pool, a lane per role, tasks, exclusive gateways,
start and end events, sequence flows and full diagram interchange (DI) from the swimlane geometry.

The same geometry draws the SVG, so the BPMN diagram looks like the page's. Participation chips have no
BPMN shape: the participants are named in the task's documentation. lxml writes every model text as
escaped XML text; ids are derived from slugs (valid NCNames), and the output is deterministic.
"""

from __future__ import annotations

from lxml import etree

from generator.messages import message
from generator.model.process import Process, Step
from generator.render.diagrams.geometry import Box, Node, SwimlaneGeometry
from generator.resolve import KnowledgeGraph

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
NSMAP = {"bpmn": BPMN, "bpmndi": BPMNDI, "dc": DC, "di": DI}
POOL_HEADER = 30.0  # bpmn-js draws the pool's name in a 30 px band left of its lanes


def _e(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def element_id(key: str) -> str:
    """Geometry node key → BPMN id ("step:x-y" → "Vaihe_x-y")."""
    kind, _, rest = key.partition(":")
    return {"start": "Alku", "step": f"Vaihe_{rest}", "exit": f"Loppu_{rest}"}.get(kind, kind)


def _documentation(graph: KnowledgeGraph, step: Step) -> str:
    parts = []
    if step.decision:
        parts.append(message("diagrams.bpmn.decision", decision=step.decision.fi))
    if step.description:
        parts.append(step.description.fi)
    if step.participants:
        roles = ", ".join(graph.roles[r].name.fi for r in step.participants)
        parts.append(message("diagrams.bpmn.participants", roles=roles))
    return "\n\n".join(parts)


def _bounds(parent: etree._Element, box: Box) -> None:
    etree.SubElement(parent, _e(DC, "Bounds"), x=_n(box.x), y=_n(box.y), width=_n(box.w), height=_n(box.h))


def _flow_nodes(process_el: etree._Element, graph: KnowledgeGraph, process: Process,
                geometry: SwimlaneGeometry) -> dict[str, Node]:
    steps = {s.id: s for s in process.steps}
    flows: dict[str, Node] = {}
    for node in geometry.nodes:
        if node.shape == "chip":
            continue
        flows[node.key] = node
        if node.shape == "start":
            etree.SubElement(process_el, _e(BPMN, "startEvent"), id="Alku", name=message("diagrams.swimlane.start"))
        elif node.shape in ("task", "decision"):
            step = steps[node.step_id or ""]
            tag = "exclusiveGateway" if node.shape == "decision" else "task"
            element = etree.SubElement(process_el, _e(BPMN, tag), id=element_id(node.key), name=step.title.fi)
            text = _documentation(graph, step)
            if text:
                documentation = etree.Element(_e(BPMN, "documentation"))
                documentation.text = text
                element.insert(0, documentation)
        else:
            name = (message("diagrams.continues_to", service=graph.services[node.service_id].name.fi)
                    if node.service_id else message("diagrams.swimlane.end"))
            etree.SubElement(process_el, _e(BPMN, "endEvent"), id=element_id(node.key), name=name)
    return flows


def bpmn_xml(graph: KnowledgeGraph, process: Process, geometry: SwimlaneGeometry) -> bytes:
    root = etree.Element(_e(BPMN, "definitions"), nsmap=NSMAP, attrib={
        "id": "Maaritelmat", "targetNamespace": f"urn:polku:prosessi:{process.id}",
        "exporter": "Polku", "exporterVersion": "1"})
    collaboration = etree.SubElement(root, _e(BPMN, "collaboration"), id="Yhteistyo")
    etree.SubElement(collaboration, _e(BPMN, "participant"), id="Osallistuja", name=process.title.fi,
                     processRef="Prosessi")
    process_el = etree.SubElement(root, _e(BPMN, "process"), id="Prosessi", name=process.title.fi,
                                  isExecutable="false")
    if process.summary:
        etree.SubElement(process_el, _e(BPMN, "documentation")).text = process.summary.fi
    lane_set = etree.SubElement(process_el, _e(BPMN, "laneSet"), id="Radat")
    lane_ids = [f"Rata_{index}" for index in range(len(geometry.lanes))]
    lane_elements = [etree.SubElement(lane_set, _e(BPMN, "lane"), id=lane_ids[i], name=lane.name)
                     for i, lane in enumerate(geometry.lanes)]
    flows = _flow_nodes(process_el, graph, process, geometry)
    for node in flows.values():
        etree.SubElement(lane_elements[node.lane], _e(BPMN, "flowNodeRef")).text = element_id(node.key)
    flow_ids = []
    for number, edge in enumerate(geometry.edges, start=1):
        flow_id = f"Siirtyma_{number}"
        flow_ids.append(flow_id)
        attrs = {"id": flow_id, "sourceRef": element_id(edge.source), "targetRef": element_id(edge.target)}
        if edge.condition:
            attrs["name"] = edge.condition
        etree.SubElement(process_el, _e(BPMN, "sequenceFlow"), attrs)

    diagram = etree.SubElement(root, _e(BPMNDI, "BPMNDiagram"), id="Kaavio")
    plane = etree.SubElement(diagram, _e(BPMNDI, "BPMNPlane"), id="Kaavio_taso", bpmnElement="Yhteistyo")
    top, bottom = geometry.lanes[0].box.y, geometry.lanes[-1].box.bottom
    pool = etree.SubElement(plane, _e(BPMNDI, "BPMNShape"), id="Osallistuja_di", bpmnElement="Osallistuja",
                            isHorizontal="true")
    _bounds(pool, Box(geometry.header_width - POOL_HEADER * 2, top, geometry.width - geometry.header_width
                      + POOL_HEADER * 2, bottom - top))
    lane_x = geometry.header_width - POOL_HEADER
    for lane_id, lane in zip(lane_ids, geometry.lanes, strict=True):
        shape = etree.SubElement(plane, _e(BPMNDI, "BPMNShape"), id=f"{lane_id}_di", bpmnElement=lane_id,
                                 isHorizontal="true")
        _bounds(shape, Box(lane_x, lane.box.y, geometry.width - lane_x, lane.box.h))
    for node in flows.values():
        shape = etree.SubElement(plane, _e(BPMNDI, "BPMNShape"), id=f"{element_id(node.key)}_di",
                                 bpmnElement=element_id(node.key))
        if node.shape == "exit":  # an end event's circle at the box's entry, its name in the rest of the box
            circle = Box(node.box.x, node.box.cy - 18, 36, 36)
            _bounds(shape, circle)
            label = etree.SubElement(shape, _e(BPMNDI, "BPMNLabel"))
            _bounds(label, Box(node.box.x + 40, node.box.y, node.box.w - 40, node.box.h))
        else:
            _bounds(shape, node.box)
            if node.shape == "decision":
                label = etree.SubElement(shape, _e(BPMNDI, "BPMNLabel"))
                _bounds(label, node.text.box)
    for flow_id, edge in zip(flow_ids, geometry.edges, strict=True):
        shape = etree.SubElement(plane, _e(BPMNDI, "BPMNEdge"), id=f"{flow_id}_di", bpmnElement=flow_id)
        for x, y in edge.points:
            etree.SubElement(shape, _e(DI, "waypoint"), x=_n(x), y=_n(y))
        if edge.label is not None:
            label = etree.SubElement(shape, _e(BPMNDI, "BPMNLabel"))
            _bounds(label, edge.label.box)
    data: bytes = etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True)
    return data


def export_bpmn_files(graph: KnowledgeGraph, geometries: dict[str, SwimlaneGeometry]) -> dict[str, bytes]:
    """File name → BPMN XML for every process drawn (`polku export bpmn`)."""
    return {f"prosessi-{pid}.bpmn": bpmn_xml(graph, graph.processes[pid], geometries[pid])
            for pid in sorted(geometries)}

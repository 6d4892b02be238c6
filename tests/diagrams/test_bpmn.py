"""BPMN 2.0 export: one file per process, read back with lxml – pool, lanes, tasks, gateways, events, flows with
their conditions, documentation, diagram interchange for every element – deterministic and escaped.
(tests/browser/test_bpmn_import.py imports the same files into bpmn-js.)"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from lxml import etree

from generator.cli import main
from generator.render.content import RenderOptions
from generator.render.diagrams.bpmn import BPMN, BPMNDI, DI
from generator.render.diagrams.export import export_bpmn
from generator.resolve import KnowledgeGraph
from tests.diagrams.bpmn_facts import expected
from tests.diagrams.conftest import REPO_ROOT

NS = {"b": BPMN, "bd": BPMNDI, "di": DI}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bpmn")
    assert main(["--root", str(REPO_ROOT), "export", "bpmn", "--out", str(out)]) == 0
    return out


def test_one_file_per_process(exported: Path, repo_graph: KnowledgeGraph) -> None:
    assert sorted(p.name for p in exported.iterdir()) == sorted(f"prosessi-{pid}.bpmn" for pid in repo_graph.processes)


@pytest.mark.parametrize("pid", sorted(__import__("tests.diagrams.conftest", fromlist=["x"]).load_graph(
    REPO_ROOT).processes))
def test_model_elements_match_the_process(exported: Path, repo_graph: KnowledgeGraph, pid: str) -> None:
    process = repo_graph.processes[pid]
    root = etree.parse(str(exported / f"prosessi-{pid}.bpmn")).getroot()
    want = expected(process)
    assert len(root.findall("b:collaboration/b:participant", NS)) == 1
    proc = root.find("b:process", NS)
    assert len(proc.findall("b:laneSet/b:lane", NS)) == want.lanes
    assert len(proc.findall("b:task", NS)) == want.tasks
    assert len(proc.findall("b:exclusiveGateway", NS)) == want.gateways
    assert len(proc.findall("b:startEvent", NS)) == want.start_events
    assert len(proc.findall("b:endEvent", NS)) == want.end_events
    flows = proc.findall("b:sequenceFlow", NS)
    assert len(flows) == want.flows
    assert tuple(sorted(f.get("name") for f in flows if f.get("name"))) == want.conditions
    lane_names = [lane.get("name") for lane in proc.findall("b:laneSet/b:lane", NS)]
    assert lane_names[: len(process.lanes)] == [repo_graph.roles[r].name.fi for r in process.lanes]
    # every flow node sits in exactly one lane, and every reference resolves
    ids = {e.get("id") for e in proc}
    refs = [r.text for r in proc.findall("b:laneSet/b:lane/b:flowNodeRef", NS)]
    nodes = {e.get("id") for e in proc if etree.QName(e).localname in ("task", "exclusiveGateway", "startEvent",
                                                                          "endEvent")}
    assert sorted(refs) == sorted(nodes)
    assert all(f.get("sourceRef") in ids and f.get("targetRef") in ids for f in flows)
    for step in process.steps:
        element = proc.find(f"*[@id='Vaihe_{step.id}']")
        assert element is not None and element.get("name") == step.title.fi
        if step.description:
            assert step.description.fi in element.findtext("b:documentation", namespaces=NS)
    services = {n.service for s in process.steps for n in s.next if n.service}
    names = {e.get("name") for e in proc.findall("b:endEvent", NS)}
    assert {f"Jatkuu palveluun {repo_graph.services[s].name.fi}" for s in services} <= names


@pytest.mark.parametrize("pid", ["padasjoki-padaspaletti", "etela-pohjanmaa-kuntouttava-tyotoiminta"])
def test_diagram_interchange_covers_every_element(exported: Path, pid: str) -> None:
    root = etree.parse(str(exported / f"prosessi-{pid}.bpmn")).getroot()
    plane = root.find("bd:BPMNDiagram/bd:BPMNPlane", NS)
    shapes = {s.get("bpmnElement"): s for s in plane.findall("bd:BPMNShape", NS)}
    edges = {e.get("bpmnElement"): e for e in plane.findall("bd:BPMNEdge", NS)}
    proc = root.find("b:process", NS)
    for element in proc:
        kind = etree.QName(element).localname
        if kind in ("task", "exclusiveGateway", "startEvent", "endEvent"):
            assert element.get("id") in shapes, element.get("id")
        elif kind == "sequenceFlow":
            points = edges[element.get("id")].findall("di:waypoint", NS)
            assert len(points) >= 2
            xs_ys = [(float(p.get("x")), float(p.get("y"))) for p in points]
            assert all(a[0] == b[0] or a[1] == b[1] for a, b in itertools.pairwise(xs_ys))
    for lane in proc.findall("b:laneSet/b:lane", NS):
        assert shapes[lane.get("id")].get("isHorizontal") == "true"
    assert "Osallistuja" in shapes
    pool = shapes["Osallistuja"].find("{http://www.omg.org/spec/DD/20100524/DC}Bounds")
    lanes = [shapes[lane.get("id")].find("{http://www.omg.org/spec/DD/20100524/DC}Bounds")
             for lane in proc.findall("b:laneSet/b:lane", NS)]
    assert float(lanes[0].get("y")) == float(pool.get("y"))
    assert sum(float(b.get("height")) for b in lanes) == pytest.approx(float(pool.get("height")), abs=0.5)


def test_export_is_deterministic(repo_graph: KnowledgeGraph, tmp_path: Path) -> None:
    options = RenderOptions(repo_root=str(REPO_ROOT), cache_dir=str(tmp_path / "a"))
    first = export_bpmn(repo_graph, options)
    second = export_bpmn(repo_graph, RenderOptions(repo_root=str(REPO_ROOT), cache_dir=str(tmp_path / "b")))
    assert first == second


def test_hostile_text_is_escaped(fixture_graph: KnowledgeGraph, fixture_root: Path, tmp_path: Path) -> None:
    files = export_bpmn(fixture_graph, RenderOptions(repo_root=str(fixture_root), cache_dir=str(tmp_path)))
    data = files["prosessi-testi-paatos-silmukka.bpmn"]
    root = etree.fromstring(data)
    assert root.find("b:collaboration/b:participant", NS).get("name") == 'Testi a < b & "silmukka"'
    assert root.find("b:process/*[@id='Vaihe_alku']", NS).get("name") == 'Tulot < 500 € & "ehto" täyttyy'
    names = {f.get("name") for f in root.findall("b:process/b:sequenceFlow", NS)}
    assert 'Työ < 3 kk & "avoimilla" markkinoilla' in names
    assert 'name="Tulot &lt; 500 € &amp; &quot;ehto&quot; täyttyy"'.encode() in data  # escaped, not raw

"""Every process's swimlane, read back from its SVG: lanes, steps, order, links and accessible text.

Runs over every model in the repository and the fixture models (decision, loop, unassigned steps,
service exits, hostile text).
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from generator.model.process import Process
from generator.render.diagrams.layout import UNASSIGNED_LANE
from generator.resolve import KnowledgeGraph
from tests.diagrams import svg_facts
from tests.diagrams.conftest import REPO_ROOT, DiagramRun, load_graph

REPO_PROCESSES = sorted(load_graph(REPO_ROOT).processes)
FIXTURE_PROCESSES = ["testi-paatos-silmukka", "testi-ilman-ratoja"]
ALL = [("repo", pid) for pid in REPO_PROCESSES] + [("fixture", pid) for pid in FIXTURE_PROCESSES]


@pytest.fixture(params=ALL, ids=[pid for _, pid in ALL])
def case(request: pytest.FixtureRequest, repo_graph: KnowledgeGraph, repo_content: DiagramRun,
         fixture_graph: KnowledgeGraph, fixture_content: DiagramRun) -> tuple[KnowledgeGraph, Process, str]:
    which, pid = request.param
    graph, content = (repo_graph, repo_content) if which == "repo" else (fixture_graph, fixture_content)
    return graph, graph.processes[pid], content.output.processes[pid].svg


def expected_lanes(graph: KnowledgeGraph, process: Process) -> list[str]:
    names = [graph.roles[r].name.fi for r in process.lanes]
    if any(s.responsible not in process.lanes for s in process.steps):
        names.append("Vastuutaho ei kuvattu")
    return names


def test_one_lane_per_declared_role_in_lane_order(case: tuple[KnowledgeGraph, Process, str]) -> None:
    graph, process, svg = case
    assert svg_facts.lane_names(svg_facts.parse(svg)) == expected_lanes(graph, process)


def test_lanes_are_full_width_and_stack_without_gaps(case: tuple[KnowledgeGraph, Process, str]) -> None:
    _, _, svg = case
    bands = svg_facts.lanes(svg_facts.parse(svg))
    assert {(round(b.x0, 1), round(b.x1, 1)) for b in bands} == {(round(bands[0].x0, 1), round(bands[0].x1, 1))}
    for upper, lower in pairwise(bands):
        assert upper.y0 < upper.y1 == pytest.approx(lower.y0, abs=0.01)
    assert all(b.y1 - b.y0 >= 30 for b in bands), "a lane is squeezed to nothing"


def test_every_step_once_inside_its_lane(case: tuple[KnowledgeGraph, Process, str]) -> None:
    _, process, svg = case
    root = svg_facts.parse(svg)
    found = svg_facts.steps(root)
    assert sorted(found) == sorted(s.id for s in process.steps)
    bands = svg_facts.lanes(root)
    lane_keys = [*process.lanes, UNASSIGNED_LANE][: len(bands)]
    for step in process.steps:
        lane = step.responsible if step.responsible in process.lanes else UNASSIGNED_LANE
        band, box = bands[lane_keys.index(lane)], svg_facts.shape_box(found[step.id])
        assert band.y0 <= box.y0 and box.y1 <= band.y1, step.id
        assert band.x0 <= box.x0 and box.x1 <= band.x1, step.id


def test_steps_run_left_to_right_by_phase(case: tuple[KnowledgeGraph, Process, str]) -> None:
    graph, process, svg = case
    found = svg_facts.steps(svg_facts.parse(svg))
    order = [p.id for p in graph.services[process.service].phases]
    rank = {s.id: order.index(s.phase) if s.phase in order else len(order) for s in process.steps}
    for a in process.steps:
        for b in process.steps:
            if rank[a.id] < rank[b.id]:
                assert svg_facts.shape_box(found[a.id]).x1 < svg_facts.shape_box(found[b.id]).x0, (a.id, b.id)


def test_every_step_links_to_its_section_with_its_title(case: tuple[KnowledgeGraph, Process, str]) -> None:
    _, process, svg = case
    found = svg_facts.steps(svg_facts.parse(svg))
    for step in process.steps:
        assert svg_facts.step_links(found[step.id]) == [f"#vaihe-{step.id}"]
        tooltip = found[step.id].find("{http://www.w3.org/2000/svg}title")
        assert tooltip is not None and tooltip.text == step.title.fi


def test_svg_has_a_title_and_description(case: tuple[KnowledgeGraph, Process, str]) -> None:
    _, process, svg = case
    root = svg_facts.parse(svg)
    assert root.get("role") == "graphics-document"
    title = root.xpath(f"//*[@id='{root.get('aria-labelledby')}']")[0]
    desc = root.xpath(f"//*[@id='{root.get('aria-describedby')}']")[0]
    assert title.tag.endswith("title") and title.text == f"Prosessikaavio: {process.title.fi}"
    assert desc.tag.endswith("desc") and "Vaiheet" in desc.text


def test_no_graphviz_node_names_are_left_for_screen_readers(case: tuple[KnowledgeGraph, Process, str]) -> None:
    _, process, svg = case
    root = svg_facts.parse(svg)
    titles = [t.text for t in root.iter("{http://www.w3.org/2000/svg}title")]
    allowed = {f"Prosessikaavio: {process.title.fi}", *(s.title.fi for s in process.steps)}
    assert set(titles) <= allowed
    assert not [i for i in root.xpath("//@id") if i.startswith(("node", "edge", "clust", "graph", "a_"))]


def test_svg_scales_with_the_page(case: tuple[KnowledgeGraph, Process, str]) -> None:
    _, _, svg = case
    root = svg_facts.parse(svg)
    assert root.get("viewBox") and root.get("width") == "100%" and root.get("height") is None
    assert "min-width" in root.get("style", "")


def test_hostile_text_stays_text(fixture_graph: KnowledgeGraph, fixture_content: DiagramRun) -> None:
    svg = fixture_content.output.processes["testi-paatos-silmukka"].svg
    root = svg_facts.parse(svg)
    assert not root.xpath("//*[local-name()='script' or local-name()='b' or local-name()='polku']")
    texts = svg_facts.all_text(root)
    assert 'Tulot < 500 € & "ehto"' in texts
    assert 'Työ < 3 kk & "avoimilla"' in texts


def test_long_finnish_words_are_hyphenated_inside_their_box(fixture_content: DiagramRun) -> None:
    svg = fixture_content.output.processes["testi-paatos-silmukka"].svg
    step = svg_facts.steps(svg_facts.parse(svg))["arvio"]
    lines = [t.text for t in step.iter("{http://www.w3.org/2000/svg}text")]
    assert max(len(line) for line in lines) <= 20
    assert "työllistymissuunnitelman" in svg_facts.all_text(step)


def test_exits_name_the_service_they_lead_to(fixture_graph: KnowledgeGraph, fixture_content: DiagramRun) -> None:
    svg = fixture_content.output.processes["testi-paatos-silmukka"].svg
    root = svg_facts.parse(svg)
    exits = root.xpath("//svg:g[contains(@class, 'polku-jatko')]", namespaces=svg_facts.NS)
    names = sorted(svg_facts.all_text(e) for e in exits)
    assert names == sorted(f"Jatkuu palveluun {fixture_graph.services[s].name.fi}"
                           for s in ("palkkatuki", "avoimet-tyomarkkinat"))
    assert all(svg_facts.step_links(e)[0].startswith("../../palvelut/") for e in exits)

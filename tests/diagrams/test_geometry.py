"""The swimlane geometry read back from the SVG: no box overlaps another, every line is orthogonal, starts on
its source's border and ends on its target's, crosses no other box, and no label covers a box.

Runs over every real model, the fixture models and synthetic hand-off-heavy ones (tests/diagrams/synthetic.py).
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
from lxml import etree

from generator.render.diagrams import process_svg
from generator.render.diagrams.style import load_style
from generator.resolve import KnowledgeGraph
from tests.diagrams import svg_facts
from tests.diagrams.conftest import REPO_ROOT, load_graph
from tests.diagrams.synthetic import SEEDS, with_synthetic

EPS = 0.35  # coordinates are written with one decimal
REAL = sorted(load_graph(REPO_ROOT).processes)
STYLE = load_style(REPO_ROOT)[0]
CASES = [("repo", pid) for pid in REAL] + [("fixture", "testi-paatos-silmukka"), ("fixture", "testi-ilman-ratoja")] + [
    ("synthetic", f"synteettinen-{seed}") for seed in SEEDS]


@pytest.fixture(scope="module")
def synthetic_graph(repo_graph: KnowledgeGraph) -> KnowledgeGraph:
    return with_synthetic(repo_graph)


@pytest.fixture(params=CASES, ids=[pid for _, pid in CASES])
def svg(request: pytest.FixtureRequest, repo_graph: KnowledgeGraph, fixture_graph: KnowledgeGraph,
        fixture_root: Path, synthetic_graph: KnowledgeGraph) -> etree._Element:
    which, pid = request.param
    graph, root = {"repo": (repo_graph, REPO_ROOT), "fixture": (fixture_graph, fixture_root),
                   "synthetic": (synthetic_graph, fixture_root)}[which]
    return svg_facts.parse(process_svg(graph, pid, root).decode("utf-8"))


SHAPES = {"polku-alku": "start", "polku-loppu": "end", "polku-jatko": "exit"}


def shape(group: etree._Element) -> str:
    """A node's shape, told by its group's class (a step: by its outline, a box or a diamond)."""
    kind = (group.get("class") or "").split()[0]
    if kind == "polku-vaihe":
        return "decision" if group.xpath(".//svg:polygon", namespaces=svg_facts.NS) else "task"
    return SHAPES[kind]


def node_key(group: etree._Element) -> str:
    """The key the lines' data-lahto/data-kohde use: "step:<id>", "start", "exit:<n>"."""
    kind = shape(group)
    if kind in ("task", "decision"):
        return f"step:{group.get('data-vaihe')}"
    return "start" if kind == "start" else str(group.get("data-solmu"))


def chips(root: etree._Element) -> dict[str, tuple[str, svg_facts.Box]]:
    """Each chip, keyed "chip:<step>:<lane>": a `<use>` in its step's chip group, its role's lane in data-rooli."""
    lanes = {g.get("data-rooli"): int(g.get("id").rsplit("-", 1)[1])
             for g in root.xpath("//svg:g[@class='polku-rata']", namespaces=svg_facts.NS)}
    found = {}
    for group in root.xpath("//svg:g[@class='polku-osallistuja']", namespaces=svg_facts.NS):
        for use in group.iter("{http://www.w3.org/2000/svg}use"):
            found[f"chip:{group.get('data-vaihe')}:{lanes[use.get('data-rooli')]}"] = ("chip", svg_facts.use_box(use))
    return found


def nodes(root: etree._Element) -> dict[str, tuple[str, svg_facts.Box]]:
    found = root.xpath(" | ".join(f"//svg:g[contains(concat(' ', @class, ' '), ' {kind} ')]"
                                  for kind in ("polku-vaihe", "polku-alku", "polku-loppu", "polku-jatko")),
                       namespaces=svg_facts.NS)
    return {node_key(g): (shape(g), svg_facts.shape_box(g)) for g in found} | chips(root)


def edges(root: etree._Element) -> list[tuple[str, str, list[tuple[float, float]], svg_facts.Box | None]]:
    found = []
    for group in root.xpath("//svg:g[@data-lahto]", namespaces=svg_facts.NS):
        path = group.find("{http://www.w3.org/2000/svg}path").get("d")
        points = svg_facts.path_points(path)
        label = group.xpath("svg:g[@class='polku-ehto']", namespaces=svg_facts.NS)
        found.append((group.get("data-lahto"), group.get("data-kohde"), points,
                      svg_facts.shape_box(label[0]) if label else None))
    return found


def overlaps(a: svg_facts.Box, b: svg_facts.Box, margin: float = 0.0) -> bool:
    return a.x0 < b.x1 - margin and b.x0 < a.x1 - margin and a.y0 < b.y1 - margin and b.y0 < a.y1 - margin


def on_border(shape: str, box: svg_facts.Box, x: float, y: float) -> bool:
    cx, cy, hw, hh = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, (box.x1 - box.x0) / 2, (box.y1 - box.y0) / 2
    if shape == "decision":
        return abs(abs(x - cx) / hw + abs(y - cy) / hh - 1) * min(hw, hh) < EPS * 2
    if shape in ("start", "end"):
        return abs(math.hypot(x - cx, y - cy) - hw) < EPS * 2
    inside_x, inside_y = box.x0 - EPS <= x <= box.x1 + EPS, box.y0 - EPS <= y <= box.y1 + EPS
    return (inside_y and (abs(x - box.x0) < EPS or abs(x - box.x1) < EPS)) or (
        inside_x and (abs(y - box.y0) < EPS or abs(y - box.y1) < EPS))


def test_no_box_overlaps_another(svg: etree._Element) -> None:
    found = sorted(nodes(svg).items())
    assert found, "no nodes found"
    for index, (key, (_, box)) in enumerate(found):
        for other, (_, second) in found[index + 1:]:
            assert not overlaps(box, second), (key, other)


def test_every_line_is_orthogonal_and_ends_on_its_nodes_borders(svg: etree._Element) -> None:
    shapes = nodes(svg)
    found = edges(svg)
    assert found
    for source, target, points, _ in found:
        assert len(points) >= 2
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            assert abs(x0 - x1) < 0.01 or abs(y0 - y1) < 0.01, (source, target, points)
        assert on_border(*shapes[source], *points[0]), (source, points[0], shapes[source])
        assert on_border(*shapes[target], *points[-1]), (target, points[-1], shapes[target])


def test_no_line_crosses_a_box_it_does_not_connect(svg: etree._Element) -> None:
    shapes = nodes(svg)
    for source, target, points, _ in edges(svg):
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            segment = svg_facts.Box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            for key, (_, box) in shapes.items():
                if key not in (source, target):
                    inner = svg_facts.Box(box.x0 + 1, box.y0 + 1, box.x1 - 1, box.y1 - 1)
                    hit = segment.x0 <= inner.x1 and inner.x0 <= segment.x1 and segment.y0 <= inner.y1 \
                        and inner.y0 <= segment.y1
                    assert not hit, (source, target, key)


def test_no_label_covers_a_box(svg: etree._Element) -> None:
    shapes = nodes(svg)
    labelled = [(s, t, label) for s, t, _, label in edges(svg) if label is not None]
    for source, target, label in labelled:
        for key, (_, box) in shapes.items():
            assert not overlaps(label, box), (source, target, key)


def questions(root: etree._Element) -> dict[str, svg_facts.Box]:
    """Each decision's question, written under its diamond, keyed as its node."""
    found = root.xpath("//svg:g[contains(concat(' ', @class, ' '), ' polku-vaihe ')][.//svg:polygon]",
                       namespaces=svg_facts.NS)
    return {node_key(g): svg_facts.text_box(g, STYLE.font_size) for g in found}


def test_a_decision_asks_its_question_under_its_diamond_where_no_line_or_box_reaches(svg: etree._Element) -> None:
    shapes = nodes(svg)
    lines = edges(svg)
    for key, question in questions(svg).items():
        diamond = shapes[key][1]
        assert diamond.y1 <= question.y0 + EPS, (key, diamond, question)
        assert abs((diamond.x0 + diamond.x1) / 2 - (question.x0 + question.x1) / 2) < EPS, key
        for other, (_, box) in shapes.items():
            assert not overlaps(question, box), (key, other)
        for source, target, points, label in lines:
            assert label is None or not overlaps(question, label), (key, source, target)
            for (x0, y0), (x1, y1) in itertools.pairwise(points):
                segment = svg_facts.Box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
                assert not (segment.x0 < question.x1 and question.x0 < segment.x1 and segment.y0 < question.y1
                            and question.y0 < segment.y1), (key, source, target)


def test_lanes_are_as_tall_as_their_content(svg: etree._Element) -> None:
    """A lane holding only 'osallistuu' markers stays low: no lane is more than its content plus padding."""
    lanes = svg_facts.lanes(svg)
    shapes = [*nodes(svg).values(), *(("question", box) for box in questions(svg).values())]
    for lane in lanes:
        inside = [box for _, box in shapes if lane.y0 - EPS <= box.y0 and box.y1 <= lane.y1 + EPS]
        content = max((b.y1 for b in inside), default=lane.y0) - min((b.y0 for b in inside), default=lane.y0)
        assert lane.y1 - lane.y0 <= max(content + 60, 70), (lane, content)

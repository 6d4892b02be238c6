"""A long chain of steps in one lane is stacked into columns read top to bottom (layout.runs, stacking), so a
process that would be a strip too wide for a screen is drawn squarer; participation chips keep their step's row.
A process that fits a screen already keeps its plain left-to-right row."""

from __future__ import annotations

import pytest
from lxml import etree

from generator.render.diagrams import process_svg
from generator.render.diagrams.stacking import screen_scale
from generator.resolve import KnowledgeGraph
from tests.diagrams import svg_facts
from tests.diagrams.conftest import REPO_ROOT
from tests.diagrams.test_geometry import edges, nodes

LONG = "etela-pohjanmaa-kuntouttava-tyotoiminta"  # 15 steps, almost all in one lane
# its phase "Kuntouttavan työtoiminnan käynnistäminen": five steps, each leading to the next
CHAIN = ["tyotoimintapaikan-etsinta", "tutustumiskaynti", "sopimus", "paatos", "ilmoitus-paaluottamusmiehelle"]


@pytest.fixture(scope="module")
def long_svg(repo_graph: KnowledgeGraph) -> etree._Element:
    return svg_facts.parse(process_svg(repo_graph, LONG, REPO_ROOT).decode("utf-8"))


def _centre_x(box: svg_facts.Box) -> float:
    """(The SVG's coordinates are written to 0.1 px: comparisons allow for that.)"""
    return (box.x0 + box.x1) / 2


def test_a_long_chain_reads_down_one_column_then_the_next(long_svg: etree._Element) -> None:
    shapes = nodes(long_svg)
    boxes = [shapes[f"step:{step}"][1] for step in CHAIN]
    assert [_centre_x(b) for b in boxes[:3]] == pytest.approx([_centre_x(boxes[0])] * 3, abs=0.15), \
        "the first three share a column"
    assert [_centre_x(b) for b in boxes[3:]] == pytest.approx([_centre_x(boxes[3])] * 2, abs=0.15)
    assert _centre_x(boxes[3]) > _centre_x(boxes[0]), "the next column is to the right"
    lines = {(source, target): points for source, target, points, _ in edges(long_svg)}
    for first, second in [(0, 1), (1, 2), (3, 4)]:
        upper, lower = boxes[first], boxes[second]
        assert lower.y0 > upper.y1, "each step below the one before it"
        line = lines[(f"step:{CHAIN[first]}", f"step:{CHAIN[second]}")]
        straight_down = [(_centre_x(upper), upper.y1), (_centre_x(lower), lower.y0)]
        assert len(line) == 2, "one straight line down between them"
        assert [c for point in line for c in point] == pytest.approx([c for p in straight_down for c in p], abs=0.15)
    turn = lines[(f"step:{CHAIN[2]}", f"step:{CHAIN[3]}")]
    middle = (boxes[3].y0 + boxes[3].y1) / 2
    assert [turn[0][0], turn[-1][0]] == pytest.approx([boxes[2].x1, boxes[3].x0], abs=0.15), \
        "out of one column's foot, into the next from the left"
    assert turn[-1][1] == pytest.approx(middle, abs=0.15), "at the top of the next column"


def test_a_chip_in_a_stacked_column_stands_in_its_steps_row(long_svg: etree._Element) -> None:
    """Työtoimintapaikka takes part in the first three steps of the chain, Asiakas only in the 2nd and 3rd: in
    both lanes the chip of the 2nd step is one place below the top place, the 3rd's two places."""
    chips = {key: box for key, (shape, box) in nodes(long_svg).items() if shape == "chip"}

    def chip(step: str, lane_step: str) -> svg_facts.Box:
        """The chip of `step` in the lane that also holds the chip of `lane_step`."""
        lane = next(key.rsplit(":", 1)[1] for key in chips if key.startswith(f"chip:{lane_step}:"))
        return chips[f"chip:{step}:{lane}"]

    workplace = [chip(step, CHAIN[0]) for step in CHAIN[:3]]
    place = workplace[1].y0 - workplace[0].y0
    assert place > workplace[0].y1 - workplace[0].y0
    assert workplace[2].y0 - workplace[0].y0 == pytest.approx(2 * place, abs=0.2)
    client_top = chip("palvelutarpeen-arviointi", "palvelutarpeen-arviointi")  # a first row in the Asiakas lane
    assert chip(CHAIN[1], "palvelutarpeen-arviointi").y0 - client_top.y0 == pytest.approx(place, abs=0.2)
    assert chip(CHAIN[2], "palvelutarpeen-arviointi").y0 - client_top.y0 == pytest.approx(2 * place, abs=0.2)
    for step, box in zip(CHAIN[:3], workplace, strict=True):
        assert _centre_x(box) == pytest.approx(_centre_x(nodes(long_svg)[f"step:{step}"][1]), abs=0.15), \
            "a chip stays in its step's column"


@pytest.mark.parametrize("pid", ["padasjoki-padaspaletti", "huittinen-avotyotoiminnasta-palkkatyohon"])
def test_a_process_that_fits_the_screen_keeps_its_row(repo_graph: KnowledgeGraph, pid: str) -> None:
    """Huittinen has a chain of three steps in one lane, Padasjoki one of two: neither is stacked, every line
    enters its step from the left."""
    svg = svg_facts.parse(process_svg(repo_graph, pid, REPO_ROOT).decode("utf-8"))
    ends = [(points[-2], points[-1]) for _, _, points, _ in edges(svg)]
    assert [before[1] == end[1] and before[0] < end[0] for before, end in ends] == [True] * len(ends)


@pytest.mark.parametrize(("width", "height", "scale"), [
    (1000.0, 380.0, 1.021),  # fits the content column's box (1021 × 760): drawn at least at natural size
    (800.0, 800.0, 1.0575),  # too tall for the column: the tools beside the box give it the height (846)
    (1199.0, 819.0, 1.0142),  # too wide for the column: the box over the navigation too (1216 × 846)
    (1300.0, 700.0, 0.9354),  # wider than even that: the wide box's width limits it
    (500.0, 1000.0, 0.846),  # very tall: the window's height under the header limits it
])
def test_the_stacking_estimate_counts_the_box_the_viewer_gives_a_diagram_of_that_size(
        width: float, height: float, scale: float) -> None:
    """kaaviot.js moves the tools of a diagram the content column would shrink beside it, and gives it the
    navigation's place too if it needs the width (Viewer.chooseWidth): stacking must not reshape a diagram that
    is shown whole there."""
    assert screen_scale(width, height) == pytest.approx(scale, abs=0.0001)

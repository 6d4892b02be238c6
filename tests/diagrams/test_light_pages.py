"""What keeps pages with diagrams light: swimlane texts and outlines that inherit their attributes, chips drawn
once, short line data, and a service map too large for its page shown as an image of its file."""

from __future__ import annotations

import dataclasses
import re

import lxml.html
import markdown
import pytest
from lxml import etree

from generator.render.diagrams.paths import PathGroup, ServicePath, grouped_paths
from generator.render.diagrams.stage import INLINE_LIMIT, SiteDiagrams
from generator.render.diagrams.style import load_style
from generator.render.diagrams.svg_accessibility import SVG
from generator.render.environment import create_environment, render
from generator.resolve import KnowledgeGraph
from tests.diagrams import svg_facts
from tests.diagrams.conftest import REPO_ROOT, DiagramRun

PROCESS = "padasjoki-padaspaletti"
SERVICE = "palkkatuki"


def _svg(run: DiagramRun) -> etree._Element:
    return etree.fromstring(run.output.processes[PROCESS].svg.encode("utf-8"))


def _groups(root: etree._Element, css_class: str) -> list[etree._Element]:
    found: list[etree._Element] = root.xpath(f'.//s:g[contains(concat(" ", @class, " "), " {css_class} ")]',
                                             namespaces={"s": SVG})
    return found


@pytest.mark.content
def test_step_labels_inherit_size_colour_and_alignment_from_their_group(repo_content: DiagramRun) -> None:
    style, _ = load_style(str(REPO_ROOT))
    root = _svg(repo_content)
    (nodes,) = _groups(root, "polku-solmut")
    assert (nodes.get("fill"), nodes.get("text-anchor")) == (style.text, "middle")
    step_texts = [text for step in _groups(root, "polku-vaihe") for text in step.iter(f"{{{SVG}}}text")]
    assert len(step_texts) > 20
    assert [text.attrib.keys() for text in step_texts if {"fill", "text-anchor"} & set(text.attrib.keys())] == []
    chips = _groups(root, "polku-osallistuja")
    chip_fills = {text.get("fill") for chip in chips for use in chip.iter(f"{{{SVG}}}use")
                  for text in svg_facts.stamp(use).iter(f"{{{SVG}}}text")}
    assert chip_fills == {style.muted_text}


@pytest.mark.content
def test_every_chip_places_one_shared_stamp(repo_content: DiagramRun) -> None:
    """Dozens of identical "osallistuu" chips are one drawing in <defs>, placed where each chip stands; a step's
    chips share one group and one link to the step."""
    root = _svg(repo_content)
    groups = _groups(root, "polku-osallistuja")
    uses = [use for group in groups for use in group.iter(f"{{{SVG}}}use")]
    stamps = [svg_facts.stamp(use) for use in uses]
    assert len(uses) > len(groups) > 5
    assert [len(group.xpath(".//s:a", namespaces={"s": SVG})) for group in groups] == [1] * len(groups)
    assert [group.xpath(".//s:rect|.//s:text", namespaces={"s": SVG}) for group in groups] == [[]] * len(groups)
    assert len({stamp.get("id") for stamp in stamps}) < len(uses) / 3
    assert [[text.text for text in stamp.iter(f"{{{SVG}}}text")] for stamp in stamps] == [["osallistuu"]] * len(uses)


@pytest.mark.content
def test_lane_names_keep_their_own_attributes_for_the_sticky_column(repo_content: DiagramRun) -> None:
    """The viewer copies the lane names into a column of their own, outside the groups they would inherit from."""
    style, _ = load_style(str(REPO_ROOT))
    names = _groups(_svg(repo_content), "polku-radan-nimi")
    texts = [text for name in names for text in name.iter(f"{{{SVG}}}text")]
    assert texts and {text.get("fill") for text in texts} == {style.text}
    assert all(text.get("font-size") for text in texts)


@pytest.mark.content
def test_arrowheads_are_stated_once(repo_content: DiagramRun) -> None:
    (edges,) = _groups(_svg(repo_content), "polku-nuolet")
    assert edges.get("marker-end") == f"url(#prosessi-{PROCESS}-nuoli)"
    assert [p.get("marker-end") for p in edges.iter(f"{{{SVG}}}path") if p.get("marker-end")] == []


def _service_map(graph: KnowledgeGraph, diagrams: SiteDiagrams) -> lxml.html.HtmlElement:
    body = render(create_environment(), "partials/service_map.md.jinja", f"palvelut/{SERVICE}.md", g=graph,
                  service=graph.services[SERVICE], diagrams=diagrams)
    return lxml.html.fromstring(f"<div>{markdown.markdown(body, extensions=['md_in_html', 'attr_list'])}</div>")


@pytest.mark.content
def test_a_small_map_sits_in_the_page(repo_graph: KnowledgeGraph, repo_content: DiagramRun) -> None:
    doc = _service_map(repo_graph, repo_content.output)
    assert len(doc.xpath("//div[@class='polku-kaavio']/*[local-name()='svg']")) == 1
    assert doc.xpath("//img") == []


@pytest.mark.content
def test_a_map_too_large_for_its_page_is_an_image_of_its_file(repo_graph: KnowledgeGraph,
                                                              repo_content: DiagramRun) -> None:
    small = repo_content.output.services[SERVICE]
    large = dataclasses.replace(small, svg=small.svg + " " * INLINE_LIMIT)
    doc = _service_map(repo_graph, dataclasses.replace(repo_content.output, services={SERVICE: large}))
    assert doc.xpath("//*[local-name()='svg']") == []
    (image,) = doc.xpath("//div[@class='polku-kaavio-kuva']/p/a/img")
    assert image.getparent().get("href") == image.get("src") == "../kaaviot/palvelu-palkkatuki.svg"
    assert image.get("alt") == f"{small.title}. Samat polut on lueteltu tekstinä kaavion alla."
    assert image.get("loading") == "lazy"
    opened = [a.get("href") for a in doc.xpath("//a") if a.text_content() == "Avaa kaavio omalle sivulleen"]
    assert opened == ["../kaaviot/palvelu-palkkatuki.svg"]
    # the same paths as text, one line per route and condition
    lines = [" ".join(li.text_content().split()) for li in doc.xpath("//ul/li")]
    assert lines == [
        "Työllistymistä tukeva toiminta ja tuettu työllistyminen → Palkkatuettu työ (Palkkatuettu työ): Huittinen",
        "Työllistymistä tukeva toiminta ja tuettu työllistyminen → Työllistymistä tukeva toiminta ja tuettu "
        "työllistyminen (Vammaisten henkilöiden työllistymistä tukeva toiminta (SHL 27 d §)): Satakunta"]


def test_paths_on_the_same_route_and_condition_share_a_line() -> None:
    paths = [ServicePath("a", "b", "p1", "ehto"), ServicePath("a", "b", "p2", "ehto"), ServicePath("a", "b", "p3"),
             ServicePath("c", "b", "p4", "ehto")]
    assert grouped_paths(paths) == [PathGroup("a", "b", "ehto", ("p1", "p2")), PathGroup("a", "b", "", ("p3",)),
                                    PathGroup("c", "b", "ehto", ("p4",))]


@pytest.mark.content
def test_step_outlines_state_their_width_once(repo_content: DiagramRun) -> None:
    root = _svg(repo_content)
    (nodes,) = _groups(root, "polku-solmut")
    outlines = [shape for step in _groups(root, "polku-vaihe") for shape in step.iter(f"{{{SVG}}}rect",
                                                                                       f"{{{SVG}}}polygon")]
    assert nodes.get("stroke-width") == "1.3"
    assert [shape.get("stroke-width") for shape in outlines] == [None] * len(outlines)


@pytest.mark.content
def test_lines_are_written_as_runs_across_and_down(repo_content: DiagramRun) -> None:
    """Every line is orthogonal (test_geometry), so after its start it is H and V runs, never an L corner pair."""
    (edges,) = _groups(_svg(repo_content), "polku-nuolet")
    lines = [path.get("d") for path in edges.iter(f"{{{SVG}}}path")]
    assert len(lines) > 10
    assert [d for d in lines if not re.fullmatch(r"M[\d.]+,[\d.]+(?:[HV][\d.]+)+", d)] == []


@pytest.mark.content
def test_lines_state_their_paint_once_and_labels_keep_theirs(repo_content: DiagramRun) -> None:
    style, _ = load_style(str(REPO_ROOT))
    root = _svg(repo_content)
    (edges,) = _groups(root, "polku-nuolet")
    lines = list(edges.iter(f"{{{SVG}}}path"))
    assert (edges.get("fill"), edges.get("stroke")) == ("none", style.edge)
    assert [(line.get("fill"), line.get("stroke")) for line in lines] == [(None, None)] * len(lines)
    labels = _groups(root, "polku-ehto")
    assert labels and {(label.get("fill"), label.get("stroke")) for label in labels} == {(style.text, "none")}

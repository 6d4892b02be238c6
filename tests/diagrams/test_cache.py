"""Rendering is cached by content: an edit that changes no diagram draws nothing; one model, only its diagrams."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from generator.model.process import Process
from generator.model.text import LocalizedText
from generator.render.diagrams.dot_runner import RenderStats
from generator.resolve import KnowledgeGraph
from tests.diagrams.conftest import draw


def stats_of(graph: KnowledgeGraph, root: Path, cache: Path) -> RenderStats:
    return draw(graph, root, cache).output.stats


def with_process(graph: KnowledgeGraph, process: Process) -> KnowledgeGraph:
    return dataclasses.replace(graph, processes={**graph.processes, process.id: process})


def edit_step(process: Process, step_id: str, **changes: object) -> Process:
    steps = [s.model_copy(update=changes) if s.id == step_id else s for s in process.steps]
    return process.model_copy(update={"steps": steps})


def test_second_build_draws_nothing(fixture_graph: KnowledgeGraph, fixture_root: Path, tmp_path: Path) -> None:
    first = stats_of(fixture_graph, fixture_root, tmp_path)
    second = stats_of(fixture_graph, fixture_root, tmp_path)
    assert first.rendered and not first.cached
    assert second.rendered == () and second.cached == first.rendered


def test_edit_outside_the_diagram_draws_nothing(fixture_graph: KnowledgeGraph, fixture_root: Path,
                                                tmp_path: Path) -> None:
    stats_of(fixture_graph, fixture_root, tmp_path)
    process = fixture_graph.processes["testi-paatos-silmukka"]
    edited = edit_step(process, "jakso", description=LocalizedText(fi="Uusi kuvaus, joka ei näy kaaviossa."))
    after = stats_of(with_process(fixture_graph, edited), fixture_root, tmp_path)
    assert after.rendered == ()


def test_changing_one_model_redraws_only_its_diagrams(fixture_graph: KnowledgeGraph, fixture_root: Path,
                                                      tmp_path: Path) -> None:
    before = stats_of(fixture_graph, fixture_root, tmp_path)
    process = fixture_graph.processes["testi-paatos-silmukka"]
    edited = edit_step(process, "jakso", title=LocalizedText(fi="Jakso työtoimintapaikassa"))
    after = stats_of(with_process(fixture_graph, edited), fixture_root, tmp_path)
    assert after.rendered == ("prosessi-testi-paatos-silmukka",)
    assert set(after.cached) == set(before.rendered) - {"prosessi-testi-paatos-silmukka"}


def test_renaming_a_process_redraws_its_region_maps_and_retitles_its_swimlane(
        fixture_graph: KnowledgeGraph, fixture_root: Path, tmp_path: Path) -> None:
    stats_of(fixture_graph, fixture_root, tmp_path)
    process = fixture_graph.processes["testi-ilman-ratoja"]
    renamed = with_process(fixture_graph, process.model_copy(update={"title": LocalizedText(fi="Uusi nimi")}))
    content = draw(renamed, fixture_root, tmp_path).output
    assert content.stats.rendered == ("alue-huittinen", "alue-satakunta")
    # the swimlane's drawing is unchanged (served from the cache); its accessible title is not cached
    assert "Prosessikaavio: Uusi nimi" in content.processes[process.id].svg


def test_style_change_redraws_everything(fixture_graph: KnowledgeGraph, fixture_root: Path, tmp_path: Path) -> None:
    first = stats_of(fixture_graph, fixture_root, tmp_path)
    style_file = fixture_root / "diagrams" / "style.json"
    style_file.parent.mkdir(exist_ok=True)
    original = (Path(__file__).resolve().parents[2] / "diagrams" / "style.json").read_text(encoding="utf-8")
    style_file.write_text(original.replace('"#4a4a4a"', '"#404040"'), encoding="utf-8")
    try:
        after = stats_of(fixture_graph, fixture_root, tmp_path)
    finally:
        style_file.unlink()
    assert after.rendered == first.rendered

"""Finished swimlanes come from the cache (render/diagrams/stage.py): a warm build computes no geometry and
gives the same SVG, BPMN and print parts; an edited process, or a renamed role that its lanes show, is drawn
again, and nothing else is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.publish.build import BuildResult, build
from generator.render.diagrams import stage
from generator.render.diagrams.swimlane import DrawnSwimlane, draw_swimlane
from generator.render.diagrams.swimlane_layout import SwimlaneInput
from tests.browser.serving import copy_repo

PROCESS = "padasjoki-padaspaletti"
MODEL = Path("process_models/paijat-hame/padasjoki-padaspaletti.yaml")


@pytest.fixture
def geometry_for(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The processes whose swimlane geometry was computed."""
    drawn: list[str] = []

    def counting(data: SwimlaneInput, raw: bytes, name: str, service_href: dict[str, str]) -> DrawnSwimlane:
        drawn.append(data.process.id)
        return draw_swimlane(data, raw, name, service_href)

    monkeypatch.setattr(stage, "draw_swimlane", counting)
    yield drawn


def _files(result: BuildResult) -> dict[str, bytes]:
    assert result.ok and result.content is not None, result.diagnostics
    return {a.path: a.data for a in result.content.assets if a.path.startswith("kaaviot/")}


def _inline(result: BuildResult) -> dict[str, str]:
    assert result.stages is not None
    return {pid: d.svg + "".join(d.print_parts) for pid, d in result.stages.diagrams.output.processes.items()}


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_repo(tmp_path_factory.mktemp("repo") / "polku")


def test_a_warm_build_computes_no_swimlane_and_serves_the_same_files(repo: Path, tmp_path: Path,
                                                                    geometry_for: list[str]) -> None:
    cold = build(repo, cache_dir=tmp_path)
    assert sorted(geometry_for) == sorted(cold.graph.processes if cold.graph else [])
    geometry_for.clear()
    warm = build(repo, cache_dir=tmp_path)
    assert geometry_for == []
    assert _files(warm) == _files(cold)
    assert _inline(warm) == _inline(cold)


def test_an_edited_process_and_a_renamed_role_are_drawn_again(repo: Path, tmp_path: Path,
                                                              geometry_for: list[str]) -> None:
    build(repo, cache_dir=tmp_path)
    model = repo / MODEL
    original = model.read_text(encoding="utf-8")
    step_title = re.compile(r"^(    title: ).*$", re.MULTILINE)
    assert step_title.search(original), "the model should have an indented step title to edit"
    try:
        model.write_text(step_title.sub(r"\g<1>Muokattu vaihe", original, count=1), encoding="utf-8")
        geometry_for.clear()
        edited = build(repo, cache_dir=tmp_path)
        assert geometry_for == [PROCESS]
        assert "Muokattu vaihe" in _inline(edited)[PROCESS]
    finally:
        model.write_text(original, encoding="utf-8")
    roles = repo / "process_models/catalog/roolit.yaml"
    catalogue = roles.read_text(encoding="utf-8")
    try:
        roles.write_text(catalogue.replace("name: Asiakas", "name: Palvelun käyttäjä", 1), encoding="utf-8")
        geometry_for.clear()
        renamed = build(repo, cache_dir=tmp_path)
        assert sorted(geometry_for) == sorted(renamed.graph.processes if renamed.graph else [])
        assert "Palvelun käyttäjä" in _inline(renamed)[PROCESS]
    finally:
        roles.write_text(catalogue, encoding="utf-8")

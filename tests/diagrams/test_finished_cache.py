"""Finished swimlanes come from the cache (render/diagrams/stage.py): a warm build computes no geometry and
gives the same SVG, BPMN and print parts; an edited process, or a renamed role that its lanes show, is drawn
again, and nothing else is."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.publish.build import BuildResult, build
from generator.render.diagrams import stage
from generator.render.diagrams.swimlane import DrawnSwimlane, draw_swimlane
from generator.render.diagrams.swimlane_layout import SwimlaneInput
from tests.browser.serving import copy_repo

PROCESS = "padasjoki-padaspaletti"
MODEL = Path("process_models/paijat-hame/padasjoki-padaspaletti.yaml")


def _counting(patch: pytest.MonkeyPatch) -> list[str]:
    """From now on (until `patch` is undone), the processes whose swimlane geometry was computed."""
    drawn: list[str] = []

    def counting(data: SwimlaneInput, raw: bytes, name: str, service_href: dict[str, str]) -> DrawnSwimlane:
        drawn.append(data.process.id)
        return draw_swimlane(data, raw, name, service_href)

    patch.setattr(stage, "draw_swimlane", counting)
    return drawn


@pytest.fixture
def geometry_for(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The processes whose swimlane geometry was computed in the test."""
    return _counting(monkeypatch)


def _files(result: BuildResult) -> dict[str, bytes]:
    assert result.ok and result.content is not None, result.diagnostics
    return {a.path: a.data for a in result.content.assets if a.path.startswith("kaaviot/")}


def _inline(result: BuildResult) -> dict[str, str]:
    assert result.stages is not None
    return {pid: d.svg + "".join(d.print_parts) for pid, d in result.stages.diagrams.output.processes.items()}


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_repo(tmp_path_factory.mktemp("repo") / "polku")


@dataclass(frozen=True)
class Cold:
    result: BuildResult
    drawn: list[str]  # the processes whose geometry the cold build computed
    cache: Path  # what it left; each test works on its own copy


@pytest.fixture(scope="module")
def cold(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Cold:
    """ONE cold build (an empty cache) for the module: both tests began with the same one."""
    cache = tmp_path_factory.mktemp("kylma")
    with pytest.MonkeyPatch.context() as patch:
        drawn = _counting(patch)
        return Cold(build(repo, cache_dir=cache), drawn, cache)


def _warm_cache(cold: Cold, tmp_path: Path) -> Path:
    return Path(shutil.copytree(cold.cache, tmp_path / "cache"))


def test_a_warm_build_computes_no_swimlane_and_serves_the_same_files(repo: Path, cold: Cold, tmp_path: Path,
                                                                    geometry_for: list[str]) -> None:
    assert sorted(cold.drawn) == sorted(cold.result.graph.processes if cold.result.graph else [])
    warm = build(repo, cache_dir=_warm_cache(cold, tmp_path))
    assert geometry_for == []
    assert _files(warm) == _files(cold.result)
    assert _inline(warm) == _inline(cold.result)


def test_an_edited_process_and_a_renamed_role_are_drawn_again(repo: Path, cold: Cold, tmp_path: Path,
                                                              geometry_for: list[str]) -> None:
    cache = _warm_cache(cold, tmp_path)
    model = repo / MODEL
    original = model.read_text(encoding="utf-8")
    step_title = re.compile(r"^(    title: ).*$", re.MULTILINE)
    assert step_title.search(original), "the model should have an indented step title to edit"
    try:
        model.write_text(step_title.sub(r"\g<1>Muokattu vaihe", original, count=1), encoding="utf-8")
        edited = build(repo, cache_dir=cache)
        assert geometry_for == [PROCESS]
        assert "Muokattu vaihe" in _inline(edited)[PROCESS]
    finally:
        model.write_text(original, encoding="utf-8")
    roles = repo / "process_models/catalog/roolit.yaml"
    catalogue = roles.read_text(encoding="utf-8")
    try:
        roles.write_text(catalogue.replace("name: Asiakas", "name: Palvelun käyttäjä", 1), encoding="utf-8")
        geometry_for.clear()
        renamed = build(repo, cache_dir=cache)
        assert sorted(geometry_for) == sorted(renamed.graph.processes if renamed.graph else [])
        assert "Palvelun käyttäjä" in _inline(renamed)[PROCESS]
    finally:
        roles.write_text(catalogue, encoding="utf-8")

"""A warm build takes unchanged forms from the cache (generator/render/artifact_cache.py): the same bytes as a
fresh render, a changed form or renderer is drawn again, and a broken or unwritable cache only costs time."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.render.artifact_cache import ArtifactCache, code_digest
from generator.render.content import RenderOptions
from generator.render.forms import stage
from generator.render.forms.labels import PrintedForm
from generator.resolve import KnowledgeGraph
from tests.forms.conftest import ROOT


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The ids of the forms the writers actually drew."""
    calls: list[str] = []
    real = stage.render_files

    def counting(printed: PrintedForm) -> dict[str, bytes]:
        calls.append(printed.resolved.id)
        return real(printed)

    monkeypatch.setattr(stage, "render_files", counting)
    yield calls


def _assets(graph: KnowledgeGraph, cache: Path) -> dict[str, bytes]:
    run = stage.contribute_forms(graph, RenderOptions(repo_root=str(ROOT), cache_dir=str(cache)))
    return {asset.path: asset.data for asset in run.assets}


def test_a_second_build_draws_no_form_and_serves_the_same_bytes(graph: KnowledgeGraph, files: dict[str, bytes],
                                                                 drawn: list[str], tmp_path: Path) -> None:
    first = _assets(graph, tmp_path)
    assert sorted(drawn) == sorted(graph.forms)
    drawn.clear()
    second = _assets(graph, tmp_path)
    assert drawn == []
    assert second == first
    assert {path.removeprefix("lomakkeet/"): data for path, data in second.items() if path.endswith((".docx", ".pdf"))
            } == files


def test_a_changed_form_is_drawn_again(graph: KnowledgeGraph, drawn: list[str], tmp_path: Path) -> None:
    _assets(graph, tmp_path)
    drawn.clear()
    form_id = "ktt-sopimus"
    form = graph.forms[form_id]
    edited = form.model_copy(update={"title": form.title.model_copy(update={"fi": "Muutettu otsikko"})})
    changed = dataclasses.replace(graph, forms={**graph.forms, form_id: edited})
    after = _assets(changed, tmp_path)
    assert drawn == [form_id]
    assert after["lomakkeet/ktt-sopimus.pdf"] != _assets(graph, tmp_path)["lomakkeet/ktt-sopimus.pdf"]


def test_a_changed_renderer_misses(tmp_path: Path) -> None:
    source = tmp_path / "renderer.py"
    source.write_text("A = 1\n", encoding="utf-8")
    made: list[bytes] = []

    def render(data: bytes) -> dict[str, bytes]:
        made.append(data)
        return {"f": data}

    before = ArtifactCache.of(tmp_path / "cache", "x", [source])
    assert before.files("input", lambda: render(b"1")) == {"f": b"1"}
    assert before.files("input", lambda: render(b"2")) == {"f": b"1"}
    source.write_text("A = 2\n", encoding="utf-8")
    code_digest.cache_clear()  # a new process reads the sources afresh
    after = ArtifactCache.of(tmp_path / "cache", "x", [source])
    assert after.files("input", lambda: render(b"3")) == {"f": b"3"}
    assert made == [b"1", b"3"]


def test_a_broken_entry_or_an_unwritable_folder_only_costs_a_render(tmp_path: Path) -> None:
    cache = ArtifactCache.of(tmp_path / "cache", "x", [Path(stage.__file__)])
    cache.files("input", lambda: {"f": b"good"})
    assert cache.directory is not None
    for entry in cache.directory.iterdir():
        entry.write_bytes(b"not a pickle")
    assert cache.files("input", lambda: {"f": b"again"}) == {"f": b"again"}
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    unwritable = ArtifactCache.of(blocked, "x", [Path(stage.__file__)])
    assert unwritable.files("input", lambda: {"f": b"drawn"}) == {"f": b"drawn"}
    assert unwritable.files("input", lambda: {"f": b"drawn twice"}) == {"f": b"drawn twice"}

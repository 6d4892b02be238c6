"""The site's questionnaire workbooks are the same bytes whether written here or by worker processes (used after
a cleared cache at national scale), and a second build reads them all from the cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.project import Project
from generator.questionnaire import stage
from generator.render.content import RenderOptions
from generator.resolve import KnowledgeGraph, resolve
from tests.forms.conftest import ROOT


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    result = Project.at(ROOT).validate()
    assert result.ok
    return resolve(result.models)


def _workbooks(graph: KnowledgeGraph, cache: Path, workers: int) -> dict[str, bytes]:
    run = stage.contribute_questionnaires(graph, RenderOptions(repo_root=str(ROOT), cache_dir=str(cache),
                                                                workers=workers))
    return {asset.path: asset.data for asset in run.assets}


def test_workers_write_the_same_workbooks_as_one_process(graph: KnowledgeGraph, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _workbooks(graph, tmp_path / "alone", workers=1)
    monkeypatch.setattr(stage, "PARALLEL_FROM", 1)
    together = _workbooks(graph, tmp_path / "together", workers=2)
    assert len(alone) >= 2
    assert together == alone


def test_a_second_build_writes_no_workbook(graph: KnowledgeGraph, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    first = _workbooks(graph, tmp_path, workers=1)
    written: list[object] = []

    def writer(questionnaire: object) -> bytes:
        written.append(questionnaire)
        return b""

    monkeypatch.setattr(stage, "to_xlsx", writer)
    assert _workbooks(graph, tmp_path, workers=1) == first
    assert written == []


def test_the_workers_write_at_a_lower_priority_than_the_build(graph: KnowledgeGraph, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """They take what the main process leaves of the CPU: the diagrams and pages are made at full speed meanwhile."""
    monkeypatch.setattr(stage, "PARALLEL_FROM", 1)
    pending = stage.start_workbooks(graph, RenderOptions(repo_root=str(ROOT), cache_dir=str(tmp_path), workers=2))
    try:
        assert pending._pool is not None
        assert pending._pool.submit(os.nice, 0).result() == os.nice(0) + stage.WORKER_NICENESS
    finally:
        pending.finish()

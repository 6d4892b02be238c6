"""Graphviz failures become diagnostics that name the model and the fix, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.publish.build import build
from generator.render.diagrams import stage
from generator.render.diagrams.dot_runner import DotJob, DotRunner
from generator.report import format_diagnostics

GOOD = DotJob("prosessi-hyva", "digraph { a -> b }", "process_models/x/hyva.yaml")
BROKEN = DotJob("prosessi-rikki", "digraph { a -> ", "process_models/x/rikki.yaml")


def test_missing_dot_is_b001_with_the_install_command(tmp_path: Path) -> None:
    result = DotRunner(tmp_path, b"{}", dot="polku-ei-tallaista-ohjelmaa").render([GOOD])
    [problem] = result.diagnostics
    assert problem.code == "B001" and problem.file == GOOD.model_file
    assert "sudo apt-get install -y graphviz" in problem.hint
    assert result.outputs == {}


def test_dot_error_is_b002_naming_the_diagram_and_model(tmp_path: Path) -> None:
    result = DotRunner(tmp_path, b"{}").render([GOOD, BROKEN])
    [problem] = result.diagnostics
    assert (problem.code, problem.file) == ("B002", BROKEN.model_file)
    assert "prosessi-rikki" in problem.message and "syntax error" in problem.message
    assert list(result.outputs) == ["prosessi-hyva"]


def test_time_limit_is_b003(tmp_path: Path) -> None:
    result = DotRunner(tmp_path, b"{}", timeout=0.0001).render([GOOD])
    [problem] = result.diagnostics
    assert (problem.code, problem.file) == ("B003", GOOD.model_file)
    assert problem.message == (f"Kaavion '{GOOD.name}' piirtäminen keskeytettiin, koska yksi Graphviz-ajo kesti "
                               "yli 0.0001 s.")


def test_failures_are_not_cached(tmp_path: Path) -> None:
    runner = DotRunner(tmp_path, b"{}")
    runner.render([BROKEN])
    assert runner.render([BROKEN]).stats.rendered == ("prosessi-rikki",)


def test_build_without_graphviz_fails_with_the_fix(fixture_root: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stage, "DOT_PROGRAM", "polku-ei-tallaista-ohjelmaa")
    result = build(fixture_root, cache_dir=tmp_path)
    assert not result.ok
    report = format_diagnostics(result.diagnostics, "text", files=0)
    assert "B001" in report and "sudo apt-get install -y graphviz" in report

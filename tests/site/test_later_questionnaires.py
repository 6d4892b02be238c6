"""The questionnaire workbooks are collected when the comparison pages need them, after every other page kind, and a
build that fails before that stops their workers instead of leaving them running."""

from __future__ import annotations

import pytest
from jinja2 import Environment

from generator.render import site
from generator.render.content import Later, Page
from generator.render.page_memo import PageMemo
from generator.render.pages import PAGE_RENDERERS, comparison
from generator.render.stages import StageOutputs
from generator.resolve import KnowledgeGraph
from tests.forms.conftest import forms_stage_only


def test_later_collects_once_and_a_cancel_after_that_stops_nothing() -> None:
    calls: list[str] = []

    def collect() -> int:
        calls.append("collect")
        return len(calls)

    later = Later(collect, lambda: calls.append("cancel"))
    assert (later.get(), later.get()) == (1, 1)
    later.cancel()
    assert calls == ["collect"]


def test_a_cancel_before_collecting_stops_the_work_once() -> None:
    calls: list[str] = []
    later = Later(lambda: calls.append("collect"), lambda: calls.append("cancel"))
    later.cancel()
    later.cancel()
    assert calls == ["cancel"]


def test_the_comparison_pages_are_the_last_page_kind() -> None:
    assert PAGE_RENDERERS[-1] is comparison.render_comparisons


def test_a_failing_page_kind_stops_the_questionnaire_workers(graph: KnowledgeGraph,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    stopped: list[bool] = []
    stages = forms_stage_only(graph)
    stages = StageOutputs(stages.forms, stages.history, stages.diagrams,
                          Later(stages.questionnaires.get, lambda: stopped.append(True)), stages.comparisons)

    def broken(graph: KnowledgeGraph, stages: StageOutputs, env: Environment, memo: PageMemo) -> list[Page]:
        raise RuntimeError("rikki")

    monkeypatch.setattr(site, "PAGE_RENDERERS", [broken, *PAGE_RENDERERS])
    with pytest.raises(RuntimeError, match="rikki"):
        site.render_pages(graph, stages)
    assert stopped == [True]

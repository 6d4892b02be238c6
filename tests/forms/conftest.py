"""The repository's forms, resolved and rendered once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.compare.stage import contribute_comparisons
from generator.history.stage import SiteHistory
from generator.project import Project
from generator.questionnaire.stage import QuestionnaireDownloads
from generator.render.content import Later, RenderOptions, StageRun
from generator.render.diagrams.stage import SiteDiagrams
from generator.render.forms.export import export_forms
from generator.render.forms.resolved import ResolvedForm, resolve_all
from generator.render.forms.stage import contribute_forms
from generator.render.stages import StageOutputs
from generator.resolve import KnowledgeGraph, resolve

ROOT = Path(__file__).resolve().parents[2]
FINNISH_VALUE = "Äänekoski, Åsa Öberg"


@pytest.fixture(scope="session")
def graph() -> KnowledgeGraph:
    result = Project.at(ROOT).validate()
    assert result.ok, result.diagnostics
    return resolve(result.models)


@pytest.fixture(scope="session")
def forms(graph: KnowledgeGraph) -> dict[str, ResolvedForm]:
    return resolve_all(graph.forms)


@pytest.fixture(scope="session")
def files(graph: KnowledgeGraph) -> dict[str, bytes]:
    """File name → bytes, exactly what the site serves and `polku export forms` writes."""
    return export_forms(graph, RenderOptions(repo_root=str(ROOT)))


def forms_stage_only(graph: KnowledgeGraph, root: Path = ROOT) -> StageOutputs:
    """The stage outputs with the real forms stage and empty history and diagrams (which these tests
    do not look at; drawing every diagram would only slow them down)."""
    history = SiteHistory({}, ())
    return StageOutputs(forms=contribute_forms(graph, RenderOptions(repo_root=str(root))),
                        history=StageRun(history), diagrams=StageRun(SiteDiagrams()),
                        questionnaires=Later.ready(StageRun(QuestionnaireDownloads({}))),
                        comparisons=contribute_comparisons(graph, history))


def form_ids() -> list[str]:
    return sorted(p.stem for p in (ROOT / "process_models" / "forms").glob("*.yaml"))

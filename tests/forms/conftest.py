"""The repository's forms, resolved and rendered once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.project import Project
from generator.render.forms.export import export_forms
from generator.render.forms.resolved import ResolvedForm, resolve_all
from generator.render.site import RenderOptions
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


def form_ids() -> list[str]:
    return sorted(p.stem for p in (ROOT / "process_models" / "forms").glob("*.yaml"))

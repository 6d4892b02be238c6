"""Fixtures: the repository's own models, and a small repository of fixture models in a tmp dir."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.project import Project
from generator.render.content import RenderOptions, StageRun
from generator.render.diagrams.stage import SiteDiagrams, contribute_diagrams
from generator.resolve import KnowledgeGraph, resolve

DiagramRun = StageRun[SiteDiagrams]  # the diagram stage's output with its files
REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


def load_graph(root: Path) -> KnowledgeGraph:
    result = Project.at(root).validate()
    assert result.ok, [d.message for d in result.diagnostics if d.is_error]
    return resolve(result.models)


def draw(graph: KnowledgeGraph, root: Path, cache: Path) -> DiagramRun:
    """The diagram stage's run: its output (the diagrams, which of them Graphviz drew) and its files."""
    return contribute_diagrams(graph, RenderOptions(repo_root=str(root), cache_dir=str(cache)))


@pytest.fixture(scope="session")
def repo_graph() -> KnowledgeGraph:
    return load_graph(REPO_ROOT)


@pytest.fixture(scope="session")
def fixture_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's catalogues plus the fixture process models (decision, loop, gaps, exits, hostile text)."""
    root = tmp_path_factory.mktemp("repo")
    shutil.copytree(REPO_ROOT / "process_models" / "catalog", root / "process_models" / "catalog")
    shutil.copytree(REPO_ROOT / "process_models" / "forms", root / "process_models" / "forms")
    for model in sorted(FIXTURES.glob("*.yaml")):  # each in its region's folder, as the validator requires (R014)
        region = re.search(r"^region: (\S+)", model.read_text(encoding="utf-8"), re.MULTILINE)
        assert region is not None, model
        (root / "process_models" / region.group(1)).mkdir(parents=True, exist_ok=True)
        shutil.copy(model, root / "process_models" / region.group(1) / model.name)
    return root


@pytest.fixture(scope="session")
def fixture_graph(fixture_root: Path) -> KnowledgeGraph:
    return load_graph(fixture_root)


@pytest.fixture(scope="session")
def repo_content(repo_graph: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> DiagramRun:
    return draw(repo_graph, REPO_ROOT, tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def fixture_content(fixture_graph: KnowledgeGraph, fixture_root: Path,
                    tmp_path_factory: pytest.TempPathFactory) -> DiagramRun:
    return draw(fixture_graph, fixture_root, tmp_path_factory.mktemp("cache"))

"""Under `polku serve` an unchanged model keeps its object from one save's build to the next, and its swimlane's
dot job is reused with it (generator/identity_memo.py): a renamed service that an exit box of an unchanged process
shows must still reach that process's diagram, exactly as a fresh build draws it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.publish.build import BuildResult, build
from generator.render.diagrams.specs import all_specs
from generator.render.diagrams.style import load_style
from generator.validate.memory import ValidationMemory
from tests.browser.serving import copy_repo

CATALOG = Path("process_models/catalog/palvelut.yaml")
OLD_NAME = "name: Vammaisten henkilöiden työtoiminta\n"
NEW_NAME = "Vammaisten uudelleennimetty työtoiminta"
LEADS_THERE = "satakunta-sosiaalihuollon-tyollistymista-tukeva-palvelupolku"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_repo(tmp_path_factory.mktemp("repo") / "polku")


def _jobs(result: BuildResult, root: Path) -> dict[str, str]:
    assert result.ok and result.graph is not None, result.diagnostics
    style, _ = load_style(str(root))
    return {spec.job.name: spec.job.source for spec in all_specs(result.graph, style, str(root))}


def test_a_renamed_service_reaches_the_swimlane_of_an_unchanged_process(repo: Path, tmp_path: Path) -> None:
    memory = ValidationMemory()
    before = build(repo, cache_dir=tmp_path, memory=memory)
    first_jobs = _jobs(before, repo)
    catalog = repo / CATALOG
    original = catalog.read_text(encoding="utf-8")
    catalog.write_text(original.replace(OLD_NAME, f"name: {NEW_NAME}\n", 1), encoding="utf-8")
    try:
        after = build(repo, cache_dir=tmp_path, memory=memory)
        assert after.graph is not None and before.graph is not None
        assert after.graph.processes[LEADS_THERE] is before.graph.processes[LEADS_THERE]  # kept, not rebuilt
        jobs = _jobs(after, repo)
        fresh = _jobs(build(repo, cache_dir=tmp_path), repo)
    finally:
        catalog.write_text(original, encoding="utf-8")
    name = f"prosessi-{LEADS_THERE}"
    assert jobs == fresh
    assert jobs[name] != first_jobs[name]  # the exit box of the renamed service is sized for its new name

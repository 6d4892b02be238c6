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


MODEL = Path("process_models/paijat-hame/padasjoki-padaspaletti.yaml")
OLD_TITLE = 'title: "Padaspaletti: yhteyshenkilömalli ja työkokeilu – palkkatukityö – palkkatyö"\n'
NEW_TITLE = "Padaspaletin tallennettu otsikko"
# the service's comparison lists the model; avoimet-tyomarkkinat's names it among the paths that lead into it
COMPARISON_PAGES = ["vertailu/avoimet-tyomarkkinat.md", "vertailu/tyollistymista-tukeva-toiminta.md"]
TTT_FILES = "vertailu/tyollistymista-tukeva-toiminta/vertailu-tyollistymista-tukeva-toiminta"
DOWNLOADS = [f"{TTT_FILES}.csv", f"{TTT_FILES}.xlsx"]


def _site(result: BuildResult) -> dict[str, bytes]:
    assert result.ok and result.content is not None, result.diagnostics
    return {**{p.path: p.content.encode("utf-8") for p in result.content.pages},
            **{a.path: a.data for a in result.content.assets}}


def test_a_saved_title_reaches_every_page_exactly_as_a_fresh_build(repo: Path, tmp_path: Path) -> None:
    """What `polku serve` keeps between saves (models, per-file findings, diagram jobs) must not hold back any
    page: after a save every page and download equals a fresh build's, and the comparison lists the new title."""
    memory = ValidationMemory()
    before = _site(build(repo, cache_dir=tmp_path, memory=memory))
    model = repo / MODEL
    original = model.read_text(encoding="utf-8")
    assert original.count(OLD_TITLE) == 1
    model.write_text(original.replace(OLD_TITLE, f"title: {NEW_TITLE}\n"), encoding="utf-8")
    try:
        after = _site(build(repo, cache_dir=tmp_path, memory=memory))
        fresh = _site(build(repo, cache_dir=tmp_path / "fresh"))
    finally:
        model.write_text(original, encoding="utf-8")
    assert sorted(p for p in after if after[p] != fresh.get(p)) == []
    assert after.keys() == fresh.keys()
    changed = sorted(p for p in after if after[p] != before.get(p) and p.startswith("vertailu/"))
    showing = sorted(p for p in after if p.endswith(".md") and NEW_TITLE.encode() in after[p]
                     and p.startswith("vertailu/"))
    assert showing == COMPARISON_PAGES
    assert changed == [*COMPARISON_PAGES, *DOWNLOADS]

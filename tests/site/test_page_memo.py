"""Pages kept between builds (generator/render/page_memo.py) are the pages a fresh render makes: after a build
that filled the memo, an edit to a shared catalogue or to one model shows on every page that shows it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.project import Project
from generator.render import urls
from generator.render.page_memo import NO_MEMO, PageMemo
from generator.render.site import render_pages
from generator.resolve import KnowledgeGraph, resolve
from tests.forms.conftest import ROOT, forms_stage_only

ROLE = "sosiaaliohjaaja"
ROLE_NAME = "name: Sosiaaliohjaaja tai sosiaalityöntekijä"
NEW_ROLE_NAME = "Uudelleen nimetty sosiaaliohjaaja"
MODEL = "process_models/keski-uusimaa/fokus-opinnoista-tyoelamaan.yaml"
MODEL_TITLE = "Fokus: osatyökykyisten opiskelijoiden ohjaus valmistumisen jälkeen"
NEW_MODEL_TITLE = "Muokattu otsikko muistin testissä"


def _graph(root: Path) -> KnowledgeGraph:
    result = Project.at(root).validate()
    assert result.ok, result.diagnostics
    return resolve(result.models)


def _site(graph: KnowledgeGraph, memo: PageMemo) -> dict[str, str]:
    return {page.path: page.content for page in render_pages(graph, forms_stage_only(graph), memo).pages}


def _edited(tmp_path: Path, file: str, old: str, new: str) -> KnowledgeGraph:
    """The repository's models with one line edited, as a maintainer would save it."""
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "process_models", root / "process_models")
    edited = root / file
    text = edited.read_text(encoding="utf-8")
    assert text.count(old) == 1
    edited.write_text(text.replace(old, new), encoding="utf-8")
    return _graph(root)


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return _graph(ROOT)


def test_pages_from_the_memo_are_the_pages_a_fresh_render_makes(graph: KnowledgeGraph, tmp_path: Path) -> None:
    memo = PageMemo.at(tmp_path)
    fresh = _site(graph, NO_MEMO)
    assert _site(graph, memo) == fresh  # fills the memo
    stored = len(list((tmp_path / "sivut").iterdir()))
    assert _site(graph, memo) == fresh  # reads it
    assert len(list((tmp_path / "sivut").iterdir())) == stored
    # one entry per page of the kinds that name their inputs: process, role-and-region, comparison, reference
    role_regions = [p for p in fresh if p.startswith("roolit/") and p.count("/") == 2]
    comparisons = [p for p in fresh if p.startswith("vertailu/") and p != urls.COMPARISON.index]
    assert stored == len(graph.processes) + len(role_regions) + len(comparisons) + 2


def test_a_role_renamed_in_the_catalogue_shows_on_every_page_that_shows_the_role(graph: KnowledgeGraph,
                                                                                   tmp_path: Path) -> None:
    memo = PageMemo.at(tmp_path / "cache")
    before = _site(graph, memo)
    renamed = _edited(tmp_path, "process_models/catalog/roolit.yaml", ROLE_NAME, f"name: {NEW_ROLE_NAME}")
    after = _site(renamed, memo)
    assert after == _site(renamed, NO_MEMO)
    showing = {path for path, content in after.items() if NEW_ROLE_NAME in content}
    # the role's steps are on process pages and on its pages per region, all memoized before the rename
    steps = {urls.process_page(ref.process_id) for ref in renamed.steps_by_role[ROLE]}
    regions = {urls.role_region_page(ROLE, renamed.processes[ref.process_id].region)
               for ref in renamed.steps_by_role[ROLE]}
    assert steps | regions <= showing
    assert {path for path in showing if before[path] == after[path]} == set()


def test_a_retitled_model_shows_on_every_page_that_shows_it(graph: KnowledgeGraph, tmp_path: Path) -> None:
    memo = PageMemo.at(tmp_path / "cache")
    before = _site(graph, memo)
    retitled = _edited(tmp_path, MODEL, f"title: \"{MODEL_TITLE}\"", f"title: {NEW_MODEL_TITLE}")
    after = _site(retitled, memo)
    assert after == _site(retitled, NO_MEMO)
    changed = {path for path in after if before[path] != after[path]}
    assert urls.process_page("keski-uusimaa-fokus") in changed
    assert changed == {path for path, content in after.items() if NEW_MODEL_TITLE in content}

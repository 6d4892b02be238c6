"""Every generated page has its own path: two pages at one path are a build error (P001), not a page lost."""

from __future__ import annotations

import dataclasses

from generator.diagnostics import has_errors
from generator.render import urls
from generator.render.content import Page
from generator.render.site import duplicate_pages, render_pages
from generator.resolve import KnowledgeGraph
from tests.forms.conftest import forms_stage_only


def test_two_pages_at_one_path_name_both_sources() -> None:
    pages = [Page("roolit/index.md", "a", "process_models/catalog/roolit.yaml"), Page("roolit/index.md", "b"),
             Page("roolit/ohjaaja.md", "c", "process_models/catalog/roolit.yaml")]
    [problem] = duplicate_pages(pages)
    assert (problem.code, problem.file, problem.line, problem.column) == (
        "P001", "process_models/catalog/roolit.yaml", 1, 1)
    assert problem.message == ("Sivuston sivu 'roolit/index.md' syntyisi kahdesti "
                               "(process_models/catalog/roolit.yaml, Polkun oma sivu); toinen jäisi julkaisematta.")


def test_a_role_called_index_fails_the_build_instead_of_replacing_the_role_index(graph: KnowledgeGraph) -> None:
    # The validator refuses reserved ids; this is the safety net behind it, so the graph is edited directly.
    role = next(iter(graph.roles.values()))
    edited = dataclasses.replace(graph, roles={**graph.roles, "index": role.model_copy(update={"id": "index"})})
    content = render_pages(edited, forms_stage_only(edited))
    assert has_errors(content.diagnostics)
    assert [(d.code, d.file) for d in content.diagnostics] == [("P001", "process_models/catalog/roolit.yaml")]


def test_the_repository_site_has_no_duplicate_path(graph: KnowledgeGraph) -> None:
    content = render_pages(graph, forms_stage_only(graph))
    assert content.diagnostics == []
    assert len({p.path for p in content.pages}) == len(content.pages)


def test_every_kind_writes_its_index_in_its_own_folder() -> None:
    folders = [kind.folder for kind in urls.PAGE_KINDS.values() if kind.folder]
    assert len(folders) == len(set(folders))
    assert urls.PAGE_KINDS["role"].page("") == "roolit/index.md" == urls.ROLE.index
    assert urls.role_page("ohjaaja") == "roolit/ohjaaja.md"
    assert urls.PAGE_KINDS["codes"].page() == urls.CODE_REFERENCE == "yllapito/virhekoodit.md"

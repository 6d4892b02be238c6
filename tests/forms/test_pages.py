"""Every form has a page with downloads, help texts, law/practice marks, and the steps and roles using it."""

from __future__ import annotations

import pytest

from generator.render.content import Page
from generator.render.environment import create_environment
from generator.render.forms.resolved import ResolvedForm
from generator.render.pages.forms import render_forms
from generator.render.pages.process import render_processes
from generator.render.pages.roles import render_roles
from generator.render.text import inline
from generator.resolve import KnowledgeGraph
from tests.forms.conftest import form_ids, forms_stage_only


@pytest.fixture(scope="module")
def pages(graph: KnowledgeGraph) -> dict[str, Page]:
    stages = forms_stage_only(graph)
    env = create_environment()
    rendered = render_forms(graph, stages, env) + render_processes(graph, stages, env) + \
        render_roles(graph, stages, env)
    return {p.path: p for p in rendered}


@pytest.mark.parametrize("form_id", form_ids())
def test_form_page_offers_both_downloads(form_id: str, pages: dict[str, Page]) -> None:
    body = pages[f"lomakkeet/{form_id}.md"].content
    assert f"]({form_id}.docx){{ .md-button" in body
    assert f"]({form_id}.pdf){{ .md-button" in body
    assert pages[f"lomakkeet/{form_id}.md"].source == f"process_models/forms/{form_id}.yaml"


@pytest.mark.parametrize("form_id", form_ids())
def test_form_page_lists_every_field_with_help_and_basis(form_id: str, forms: dict[str, ResolvedForm],
                                                         pages: dict[str, Page], graph: KnowledgeGraph) -> None:
    rows = [line for line in pages[f"lomakkeet/{form_id}.md"].content.splitlines() if line.startswith("| ")]
    for field in forms[form_id].fields:
        [row] = [r for r in rows if r.startswith(f"| {inline(field.label)}")]
        basis_cell = row.split(" | ")[2]
        if field.basis == "kaytanto":
            assert basis_cell == "käytäntö", field.id
        else:
            force = {"laki-edellyttaa": "laki edellyttää", "laki-sallii": "laki sallii"}[field.basis]
            cited = ", ".join(f"[{b.number} {b.section}](../saadokset/{b.id}.md)"
                              for b in (graph.legal_bases[i] for i in field.legal_bases))
            assert basis_cell == f"**{force}** ({cited})", field.id
        if field.help:
            assert inline(field.help) in row


@pytest.mark.parametrize("form_id", form_ids())
def test_form_page_links_every_step_and_role_that_uses_it(form_id: str, graph: KnowledgeGraph,
                                                          forms: dict[str, ResolvedForm],
                                                          pages: dict[str, Page]) -> None:
    body = pages[f"lomakkeet/{form_id}.md"].content
    refs = graph.steps_by_form.get(form_id, ())
    assert refs, "every repository form is used by at least one step"
    roles = set(forms[form_id].filled_by)
    for ref in refs:
        assert f"(../prosessit/{ref.process_id}.md#vaihe-{ref.step_id})" in body
        step = graph.step(ref)
        roles |= {r for r in (step.responsible, *step.participants) if r}
    for role in roles:
        assert f"(../roolit/{role}.md)" in body


@pytest.mark.content
def test_statutory_notice_asks_only_what_section_16_allows(forms: dict[str, ResolvedForm]) -> None:
    notice = forms["ilmoitus-paaluottamusmiehelle"]
    participant = next(s for s in notice.sections if s.id == "osallistuja")
    # 16 § (591/2022): the name and 9 § 1 mom items 1–3 (goal, description and place; duration; start and
    # length) MAY be disclosed; none of them is required, so none is a required field either.
    assert [f.id for f in participant.fields] == [
        "nimi", "tavoite", "toiminnan-kuvaus", "toimintapaikka", "paivittainen-kesto", "viikoittainen-kesto",
        "alkamispaiva", "jakson-pituus"]
    assert [(f.basis, f.required, f.legal_bases[0]) for f in participant.fields] == [
        ("laki-sallii", False, "ktt-laki-16")] * 8
    header = next(s for s in notice.sections if s.id == "ilmoitus")
    assert [(f.id, f.basis) for f in header.fields] == [
        ("jarjestaja", "laki-edellyttaa"), ("paaluottamusmies", "laki-edellyttaa"), ("ilmoituspaiva", "kaytanto")]
    assert participant.help is not None and "tavoitteita" not in participant.help.fi


@pytest.mark.content
@pytest.mark.parametrize("form_id", ["suostumus-arviointitutkimus", "osaamiskartoitus"])
def test_thinly_sourced_forms_say_so_and_stay_practice(form_id: str, forms: dict[str, ResolvedForm]) -> None:
    form = forms[form_id]
    assert form.form.note is not None
    assert all(f.basis == "kaytanto" for f in form.fields)
    assert len(form.fields) <= 4


@pytest.mark.content
def test_consent_has_the_consent_a_name_a_date_and_a_signature(forms: dict[str, ResolvedForm]) -> None:
    consent = forms["suostumus-arviointitutkimus"]
    assert sorted(f.type for f in consent.fields) == ["checkbox", "date", "signature", "text"]
    assert all(f.required for f in consent.fields)


def test_step_and_role_pages_link_the_form_pages(graph: KnowledgeGraph, pages: dict[str, Page]) -> None:
    for form_id, refs in graph.steps_by_form.items():
        for ref in refs:
            assert f"(../lomakkeet/{form_id}.md)" in pages[f"prosessit/{ref.process_id}.md"].content
            step = graph.step(ref)
            for role in (step.responsible, *step.participants):
                if role:
                    region = graph.processes[ref.process_id].region
                    assert f"(../../lomakkeet/{form_id}.md)" in pages[f"roolit/{role}/{region}.md"].content, role


def test_index_lists_every_form(pages: dict[str, Page]) -> None:
    index = pages["lomakkeet/index.md"].content
    for form_id in form_ids():
        assert f"]({form_id}.md)" in index

"""The comparison of this repository's own models (structure, not whole outputs)."""

from __future__ import annotations

import pytest

from generator.compare import build_comparison
from generator.compare.export import to_markdown
from generator.render.content import RenderOptions, SiteContent
from generator.render.site import render_site
from generator.render.text import t
from generator.resolve import KnowledgeGraph
from tests.compare.tables import markdown_table
from tests.compare.test_page import cell, html_of, table, text

KTT = "kuntouttava-tyotoiminta"
TTT = "tyollistymista-tukeva-toiminta"
pytestmark = pytest.mark.content


@pytest.fixture(scope="module")
def repository_site(repository_graph: KnowledgeGraph) -> SiteContent:
    """The whole site rendered once for this module (forms, diagrams and history included)."""
    return render_site(repository_graph, RenderOptions(repo_root="."))


def ep_answer(graph: KnowledgeGraph, question: str) -> str:
    (pid,) = graph.processes_by_service[KTT]
    return " ".join(t(next(a.answer for a in graph.processes[pid].answers if a.question == question)).split())


def test_ktt_shows_etela_pohjanmaa_answers_and_the_other_regions_gaps(repository_graph: KnowledgeGraph,
        repository_site: SiteContent) -> None:
    c = build_comparison(repository_graph, KTT)
    assert [r.id for r in c.described_regions] == ["etela-pohjanmaa"]
    assert len(c.regions) > 1 and not any(r.described for r in c.regions[1:])
    doc = html_of(repository_site, f"vertailu/{KTT}.md")
    questions = table(doc, "Kysymykset ja vastaukset")
    row = next(q for q in c.questions if q.id == "kuka-hoitaa-toimintaohjeet")
    answer = cell(questions, row.text, "etela-pohjanmaa")
    assert ep_answer(repository_graph, "kuka-hoitaa-toimintaohjeet") in text(answer)
    assert answer.xpath(".//a/@href") == ["../roolit/palveluyksikkojohtaja.md"]
    for other in c.regions[1:]:
        assert text(cell(questions, row.text, other.id)) == "ei kuvattu"


def test_ktt_coverage_counts_etela_pohjanmaa_answers(repository_graph: KnowledgeGraph) -> None:
    c = build_comparison(repository_graph, KTT)
    (pid,) = repository_graph.processes_by_service[KTT]
    answered = {a.question for a in repository_graph.processes[pid].answers if a.answer}
    ep = c.regions[0].coverage
    assert (ep.questions_answered, ep.questions_total) == (len(answered), len(repository_graph.services[KTT].questions))
    assert ep.steps_without_role == sum(1 for s in repository_graph.processes[pid].steps if s.responsible is None)


def test_ttt_compares_four_regions_side_by_side(repository_graph: KnowledgeGraph,
        repository_site: SiteContent) -> None:
    c = build_comparison(repository_graph, TTT)
    four = {"satakunta", "huittinen", "padasjoki", "keski-uusimaa"}
    assert {r.id for r in c.described_regions} == four
    doc = html_of(repository_site, f"vertailu/{TTT}.md")
    heads = table(doc, "Vaiheet alueittain").xpath(".//thead//th/@data-alue")
    assert four <= set(heads)
    md_header = markdown_table(to_markdown(c), "Vaiheet")[0]
    assert {repository_graph.regions[r].name.fi for r in four} <= set(md_header)


def test_ttt_step_without_role_shows_as_a_gap_in_its_region(repository_graph: KnowledgeGraph,
        repository_site: SiteContent) -> None:
    (pid,) = repository_graph.processes_by_region["padasjoki"]
    step = next(s for s in repository_graph.processes[pid].steps if s.responsible is None and s.phase)
    phase = next(p for p in repository_graph.services[TTT].phases if p.id == step.phase)
    doc = html_of(repository_site, f"vertailu/{TTT}.md")
    padasjoki = cell(table(doc, "Vaiheet alueittain"), phase.name.fi, "padasjoki")
    item = next(li for li in padasjoki.xpath(".//li") if t(step.title) in text(li))
    assert "vastuutaho puuttuu" in text(item)
    assert item.xpath(".//a/@href")[0] == f"../prosessit/{pid}.md#vaihe-{step.id}"

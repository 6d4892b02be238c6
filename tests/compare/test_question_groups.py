"""A national comparison's questions: a page per question group instead of one 600 kB table.

The real models describe a service in a few regions; the comparison is widened here to 45 regions (every one
answering like Etelä-Pohjanmaa) so that it is split into parts, and its questions into groups, as at national
scale."""

from __future__ import annotations

import dataclasses
from typing import Any

import lxml.html
import markdown
import pytest
from lxml.html import HtmlElement

from generator.compare.build import build_comparison
from generator.compare.model import AnswerEntry, Comparison, QuestionRow
from generator.compare.stage import ComparisonFiles
from generator.publish.nav import build_nav
from generator.render.content import Page, SiteContent
from generator.render.environment import create_environment
from generator.render.pages import comparison
from generator.resolve import KnowledgeGraph

KTT = "kuntouttava-tyotoiminta"
REGIONS = 45
EXTENSIONS = ["md_in_html", "attr_list", "tables", "toc", "abbr"]


def national(graph: KnowledgeGraph, service_id: str) -> Comparison:
    """The service's comparison with its first describing region's column repeated for 45 regions."""
    c = build_comparison(graph, service_id)
    source = next(i for i, r in enumerate(c.regions) if r.described)
    regions = tuple(dataclasses.replace(c.regions[source], id=f"alue-{n:02d}", name=f"Alue {n:02d}")
                    for n in range(1, REGIONS + 1))

    def widened(rows: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(dataclasses.replace(row, cells=(row.cells[source],) * REGIONS) for row in rows)

    return dataclasses.replace(c, regions=regions, phases=widened(c.phases), questions=widened(c.questions),
                               tasks=widened(c.tasks), legal_bases=widened(c.legal_bases), forms=widened(c.forms))


@pytest.fixture(scope="module")
def pages(repository_graph: KnowledgeGraph) -> dict[str, Page]:
    files = ComparisonFiles(comparison=national(repository_graph, KTT), csv="a.csv", xlsx="a.xlsx")
    rendered = comparison.render_service_pages(repository_graph, files, {}, create_environment())
    return {page.path: page for page in rendered}


def html(page: Page) -> HtmlElement:
    body = page.content.split("\n---\n", 1)[1]
    return lxml.html.fromstring(f"<div>{markdown.markdown(body, extensions=EXTENSIONS)}</div>")


def text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


GROUPS = [f"vertailu/{KTT}/kysymykset/{slug}.md" for slug in
          ("tunnistaminen", "palvelutarpeen-arviointi", "suunnitelma", "kaynnistaminen", "toteutus")]


def test_each_phase_has_its_question_page(pages: dict[str, Page]) -> None:
    assert sorted(p for p in pages if "/kysymykset/" in p) == sorted(GROUPS)
    assert [pages[p].nav_title for p in GROUPS] == [
        "Tunnistaminen ja asiakasohjaus", "Palvelutarpeen arviointi",
        "Aktivointisuunnitelma tai monialainen työllistymissuunnitelma",
        "Kuntouttavan työtoiminnan käynnistäminen", "Toteutus, arviointi ja jatkopolutus"]


def test_every_question_is_on_exactly_one_page_with_all_regions_side_by_side(
        pages: dict[str, Page], repository_graph: KnowledgeGraph) -> None:
    shown = []
    for path in GROUPS:
        (table,) = html(pages[path]).xpath("//table")
        assert len(table.xpath(".//thead/tr/th[@data-alue]")) == REGIONS
        for row in table.xpath(".//tbody/tr[not(@class)]"):
            assert len(row.xpath("./td[@data-alue]")) == REGIONS
            shown.append(text(row.xpath("./th")[0]))
    assert shown == [" ".join(q.text.fi.split()) for q in repository_graph.services[KTT].questions
                     if q.text is not None]


def test_question_pages_stay_light(pages: dict[str, Page]) -> None:
    before = html_size(national_one_page(pages))
    assert before > 250_000  # the whole table, as one page had it
    assert max(len(markdown.markdown(pages[p].content, extensions=EXTENSIONS)) for p in GROUPS) < 150_000


def html_size(page: Page) -> int:
    return len(markdown.markdown(page.content, extensions=EXTENSIONS))


def national_one_page(pages: dict[str, Page]) -> Page:
    """The questions table of all groups on one page (what the questions part was before it was split)."""
    bodies = [pages[p].content.split("## Kysymykset ja vastaukset", 1)[1] for p in GROUPS]
    return Page("kaikki.md", "\n".join(bodies))


def test_questions_part_lists_the_groups_and_their_questions(pages: dict[str, Page]) -> None:
    doc = html(pages[f"vertailu/{KTT}/kysymykset.md"])
    assert doc.xpath("//table") == []
    assert doc.xpath("//div[@data-vertailu-suodatin]") == []  # no regions to narrow on a list of questions
    items = doc.xpath("//h2[@id='kysymykset']/following-sibling::ul[1]/li")
    assert [(a.get("href"), text(a)) for item in items for a in item.xpath("./a")] == [
        ("kysymykset/tunnistaminen.md", "Tunnistaminen ja asiakasohjaus"),
        ("kysymykset/palvelutarpeen-arviointi.md", "Palvelutarpeen arviointi"),
        ("kysymykset/suunnitelma.md", "Aktivointisuunnitelma tai monialainen työllistymissuunnitelma"),
        ("kysymykset/kaynnistaminen.md", "Kuntouttavan työtoiminnan käynnistäminen"),
        ("kysymykset/toteutus.md", "Toteutus, arviointi ja jatkopolutus")]
    assert [len(item.xpath("./ul/li")) for item in items] == [3, 2, 3, 7, 9]


def test_a_group_page_links_the_parts_and_the_other_groups(pages: dict[str, Page]) -> None:
    doc = html(pages[f"vertailu/{KTT}/kysymykset/suunnitelma.md"])
    assert text(doc.xpath("//h1")[0]) == ("Vertailu: Kuntouttava työtoiminta – Kysymykset: "
                                          "Aktivointisuunnitelma tai monialainen työllistymissuunnitelma")
    (parts,) = [p for p in doc.xpath("//p") if text(p).startswith("Vertailun osat:")]
    assert [a.get("href") for a in parts.xpath(".//a")] == [
        "../../kuntouttava-tyotoiminta.md", "../vaiheet.md", "../kysymykset.md", "../tehtavat.md",
        "../saadokset.md", "../lomakkeet.md"]
    assert [text(a) for a in parts.xpath("./strong/a")] == ["Kysymykset"]
    (groups,) = [p for p in doc.xpath("//p") if text(p).startswith("Kysymykset vaiheittain:")]
    assert [a.get("href") for a in groups.xpath("./a")] == [
        "tunnistaminen.md", "palvelutarpeen-arviointi.md", "kaynnistaminen.md", "toteutus.md"]
    assert text(groups.xpath("./strong")[0]) == "Aktivointisuunnitelma tai monialainen työllistymissuunnitelma"
    assert len(doc.xpath("//div[@data-vertailu-suodatin]")) == 1


def test_overview_lists_the_question_groups_under_the_questions_part(pages: dict[str, Page]) -> None:
    doc = html(pages[f"vertailu/{KTT}.md"])
    (questions,) = [li for li in doc.xpath("//li") if li.xpath("./a[@href='kuntouttava-tyotoiminta/kysymykset.md']")]
    assert [a.get("href") for a in questions.xpath("./ul/li/a")] == [
        p.removeprefix("vertailu/") for p in GROUPS]


def test_a_long_phase_is_cut_into_numbered_pages() -> None:
    rows = tuple(dataclasses.replace(_row(f"q{n}", "toteutus"), cells=((_answer(),),) * REGIONS) for n in range(12))
    c = Comparison(service_id="s", service_name="S", regions=(), phases=(), questions=rows, tasks=(),
                   legal_bases=(), forms=())
    groups = comparison.question_groups(c, [("toteutus", "Toteutus")])
    # 12 × 45 cells of 300 characters: about 250 000 characters, three pages within the 120 000 budget
    assert [(g.title, g.path, len(g.questions)) for g in groups] == [
        ("Toteutus (1/3)", "vertailu/s/kysymykset/toteutus-1.md", 4),
        ("Toteutus (2/3)", "vertailu/s/kysymykset/toteutus-2.md", 4),
        ("Toteutus (3/3)", "vertailu/s/kysymykset/toteutus-3.md", 4)]


def test_questions_that_fit_on_one_page_are_not_grouped() -> None:
    rows = (dataclasses.replace(_row("q1", "toteutus"), cells=((_answer(),),) * REGIONS),)
    c = Comparison(service_id="s", service_name="S", regions=(), phases=(), questions=rows, tasks=(),
                   legal_bases=(), forms=())
    assert comparison.question_groups(c, [("toteutus", "Toteutus")]) == []


def _row(question_id: str, phase: str) -> QuestionRow:
    return QuestionRow(id=question_id, text=question_id, phase_id=phase, phase_name=phase, cells=())


def _answer() -> AnswerEntry:
    return AnswerEntry(process_id="p", text="x" * 300, roles=())


def test_navigation_nests_the_groups_under_the_questions_part(repository_graph: KnowledgeGraph,
                                                              pages: dict[str, Page]) -> None:
    nav = build_nav(repository_graph, SiteContent(pages=[*pages.values(), Page("vertailu/index.md", "")]))
    (comparisons,) = [item["Vertailu"] for item in nav if isinstance(item, dict) and "Vertailu" in item]
    (ktt,) = [item["Kuntouttava työtoiminta"] for item in comparisons
              if isinstance(item, dict) and "Kuntouttava työtoiminta" in item]
    assert ktt[2] == {"Kysymykset": [f"vertailu/{KTT}/kysymykset.md",
                                     *({pages[p].nav_title: p} for p in GROUPS)]}

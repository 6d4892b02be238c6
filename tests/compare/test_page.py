"""The comparison pages of the site, rendered from fixture regions and read as the HTML a browser gets."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import markdown
from lxml.html import HtmlElement

from generator.project import Project
from generator.render.content import RenderOptions, SiteContent
from generator.render.site import render_site
from generator.resolve import KnowledgeGraph, resolve
from tests.compare.conftest import CATALOG, FILES, write_repository

EXTENSIONS = ["md_in_html", "attr_list", "tables", "toc", "abbr"]


def site(graph: KnowledgeGraph) -> SiteContent:
    return render_site(graph, RenderOptions(repo_root="."))


def html_of(content: SiteContent, path: str) -> HtmlElement:
    page = content.page(path)
    assert page is not None, path
    body = page.content.split("\n---\n", 1)[1]  # drop the front matter
    return lxml.html.fromstring(f"<div>{markdown.markdown(body, extensions=EXTENSIONS)}</div>")


def table(doc: HtmlElement, label: str) -> HtmlElement:
    (found,) = doc.xpath(f'//table[@aria-label="{label}"]')
    return found


def cell(tab: HtmlElement, row_label: str, region: str) -> HtmlElement:
    (row,) = [tr for tr in tab.xpath(".//tbody/tr") if tr.xpath("./th")
              and tr.xpath("./th")[0].text_content().strip() == row_label]
    (found,) = row.xpath(f'./td[@data-alue="{region}"]')
    return found


def text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def test_region_columns_are_marked_for_the_filter(graph: KnowledgeGraph) -> None:
    doc = html_of(site(graph), "vertailu/palvelu.md")
    for label in ("Vaiheet alueittain", "Kysymykset ja vastaukset", "Kuka tekee mitä", "Säädösperusteet",
                  "Lomakkeet"):
        heads = table(doc, label).xpath('.//thead/th[@data-alue] | .//thead/tr/th[@data-alue]')
        assert [h.get("data-alue") for h in heads] == ["itala", "lansila", "pohjola"], label
    pohjola = table(doc, "Vaiheet alueittain").xpath('.//thead//th[@data-alue="pohjola"]')[0]
    assert "ei kuvausta" in text(pohjola)
    (container,) = doc.xpath('//div[@data-vertailu-suodatin]')
    assert len(container) == 0 and not container.text_content().strip()  # empty without JavaScript


def test_tables_are_accessible(graph: KnowledgeGraph) -> None:
    doc = html_of(site(graph), "vertailu/palvelu.md")
    tables = doc.xpath("//table")
    assert len(tables) == 6
    for tab in tables:
        assert tab.get("aria-label")
        assert all(th.get("scope") == "col" for th in tab.xpath(".//thead//th"))
        assert all(th.get("scope") in ("row", "rowgroup") for th in tab.xpath(".//tbody//th"))


def test_phase_cells_link_to_steps_and_show_missing_roles(graph: KnowledgeGraph) -> None:
    phases = table(html_of(site(graph), "vertailu/palvelu.md"), "Vaiheet alueittain")
    keski = cell(phases, "Keskivaihe", "itala")
    assert keski.xpath(".//a/@href") == ["../prosessit/itala-a.md#vaihe-a2"]
    assert "vastuutaho puuttuu" in text(keski)
    alku = cell(phases, "Alkuvaihe", "lansila")
    assert alku.xpath(".//a/@href") == ["../prosessit/lansila-malli.md#vaihe-l1", "../roolit/valmentaja.md"]
    assert text(cell(phases, "Keskivaihe", "lansila")) == "ei kuvattu"
    assert "Oma välivaihe" in text(cell(phases, "Muut vaiheet (eivät kuulu palvelun vaiheisiin)", "lansila"))


def test_answers_and_gaps_per_region(graph: KnowledgeGraph) -> None:
    questions = table(html_of(site(graph), "vertailu/palvelu.md"), "Kysymykset ja vastaukset")
    assert text(cell(questions, "Kuka arvioi?", "lansila")) == "Valmentaja arvioi Länsilässä. (Valmentaja)"
    assert text(cell(questions, "Kuka arvioi?", "itala")).startswith("Itälän malli A: Ohjaaja arvioi")
    assert text(cell(questions, "Kuka ohjaa?", "itala")) == "ei kuvattu"
    groups = [text(th) for th in questions.xpath('.//th[@scope="rowgroup"]')]
    assert groups == ["Alkuvaihe", "Keskivaihe", "Loppuvaihe"]


def test_who_does_what_shows_markers_and_missing_roles(graph: KnowledgeGraph) -> None:
    tasks = table(html_of(site(graph), "vertailu/palvelu.md"), "Kuka tekee mitä")
    markers = {text(tr.xpath("./th")[0]): text(tr.xpath("./td")[0]) for tr in tasks.xpath(".//tbody/tr")
               if tr.xpath('./th[@scope="row"]')}
    assert markers == {"Arviointi": "eri vastuutaho", "Ohjaus": "", "Sopimuksen teko": "", "Seuranta": "vain Itälä"}
    assert text(cell(tasks, "Sopimuksen teko", "itala")) == "Sopimus Itälässä: vastuutaho puuttuu"
    assert text(cell(tasks, "Sopimuksen teko", "lansila")) == "Ohjaaja"


def test_coverage_rows_and_usage_tables(graph: KnowledgeGraph) -> None:
    doc = html_of(site(graph), "vertailu/palvelu.md")
    rows = table(doc, "Alueet ja kattavuus").xpath(".//tbody/tr")
    got = {tr.get("data-alue"): [text(td) for td in tr.xpath("./td")] for tr in rows}
    assert got == {"itala": ["ei tiedossa", "–", "Itälän malli A Itälän malli B", "2/4", "3/3", "1"],
                   "lansila": ["ei tiedossa", "–", "Länsilän malli", "2/4", "1/3", "0"],
                   "pohjola": ["ei tiedossa", "–", "ei kuvausta tästä palvelusta", "0/4", "0/3", "–"]}
    assert text(cell(table(doc, "Säädösperusteet"), "Testilaki 3 § (1/2020)", "lansila")) == "Arvio Länsilässä"
    assert text(cell(table(doc, "Lomakkeet"), "Testilomake", "lansila")) == "–"


def test_every_service_has_a_page_and_undescribed_ones_say_so(graph: KnowledgeGraph) -> None:
    content = site(graph)
    assert {p.path for p in content.pages if p.path.startswith("vertailu/")} == {
        "vertailu/index.md", "vertailu/palvelu.md", "vertailu/toinen.md", "vertailu/tyhja.md"}
    empty = html_of(content, "vertailu/tyhja.md")
    assert "ei kuvauksia" in text(empty) and empty.xpath("//table | //*[@data-vertailu-suodatin]") == []
    index = html_of(content, "vertailu/index.md")
    rows = {text(tr.xpath("./td")[0]): text(tr.xpath("./td")[1]) for tr in index.xpath("//tbody/tr")}
    assert rows == {"Testipalvelu": "Itälä, Länsilä", "Toinen palvelu": "Pohjola",
                    "Kuvaamaton palvelu": "ei kuvauksia"}


def test_model_text_cannot_leave_its_cell(tmp_path: Path) -> None:
    hostile = CATALOG.replace("name: Valmentaja,", "name: '<img src=x onerror=alert(1)> | **x**',")
    repo = write_repository(tmp_path, {**FILES, "process_models/catalog/katalogi.yaml": hostile})
    result = Project.at(repo).validate()
    assert not result.ok  # the validator refuses it; the templates must still hold if it slipped through
    doc = html_of(site(resolve(result.models)), "vertailu/palvelu.md")
    assert doc.xpath("//img | //*[@onerror] | //strong[text()='x']") == []
    phases = table(doc, "Vaiheet alueittain")
    assert "<img src=x onerror=alert(1)>" in text(cell(phases, "Alkuvaihe", "lansila"))


def test_markers_column_only_when_two_regions_describe_the_service(tmp_path: Path) -> None:
    files = {k: v for k, v in FILES.items() if "lansila" not in k}
    result = Project.at(write_repository(tmp_path, files)).validate()
    doc = html_of(site(resolve(result.models)), "vertailu/palvelu.md")
    tasks = table(doc, "Kuka tekee mitä")
    assert [text(th) for th in tasks.xpath(".//thead//th")] == ["Tehtävä", "Itäläjärjestäjä ei tiedossa",
                                                                 "Pohjolajärjestäjä ei tiedossa · ei kuvausta"]
    assert "Eroja ei merkitä" in text(doc)

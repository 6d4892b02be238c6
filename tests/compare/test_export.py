"""The comparison as a file: Markdown, CSV (BOM, separator, read back with csv) and XLSX (read back with openpyxl)."""

from __future__ import annotations

import csv
import dataclasses
import io

import lxml.html
import markdown
import pytest
from openpyxl import load_workbook

from generator.compare import build_comparison
from generator.compare.export import to_csv, to_markdown, to_xlsx
from generator.compare.model import AnswerEntry, Comparison, QuestionRow
from generator.resolve import KnowledgeGraph
from tests.compare.tables import markdown_table


@pytest.fixture
def comparison(graph: KnowledgeGraph) -> Comparison:
    return build_comparison(graph, "palvelu")


def row_of(rows: list[list[str]], label: str) -> list[str]:
    return next(row for row in rows if row[0] == label)


def test_markdown_has_every_part_with_regions_as_columns(comparison: Comparison) -> None:
    md = to_markdown(comparison)
    assert md.startswith("# Vertailu: Testipalvelu\n")
    phases = markdown_table(md, "Vaiheet")
    assert phases[0] == ["Vaihe", "Itälä", "Länsilä", "Pohjola"]
    assert row_of(phases, "Keskivaihe") == ["Keskivaihe", "Sopimus Itälässä – vastuutaho puuttuu", "ei kuvattu",
                                            "ei kuvattu"]
    assert row_of(phases, "Alkuvaihe")[2] == "Arvio Länsilässä – Valmentaja"
    assert row_of(phases, "Muut vaiheet (eivät kuulu palvelun vaiheisiin)")[2] == "Oma välivaihe – Ohjaaja"

    questions = markdown_table(md, "Kysymykset")
    assert questions[0] == ["Kysymys", "Vaihe", "Itälä", "Länsilä", "Pohjola"]
    assert row_of(questions, "Kuka arvioi?")[2:] == [
        "Itälän malli A: Ohjaaja arvioi Itälässä. (Ohjaaja)", "Valmentaja arvioi Länsilässä. (Valmentaja)",
        "ei kuvattu"]

    tasks = markdown_table(md, "Kuka tekee mitä")
    assert tasks[0] == ["Tehtävä", "Vaihe", "Ero", "Itälä", "Länsilä", "Pohjola"]
    assert row_of(tasks, "Arviointi")[2:] == ["eri vastuutaho", "Ohjaaja", "Valmentaja", "ei kuvattu"]
    assert row_of(tasks, "Seuranta")[2:4] == ["vain Itälä", "Valmentaja"]
    assert row_of(tasks, "Sopimuksen teko")[2:4] == ["", "Sopimus Itälässä: vastuutaho puuttuu"]

    assert row_of(markdown_table(md, "Säädösperusteet"), "Testilaki 3 § (1/2020)")[1:] == [
        "Sopimus Itälässä", "Arvio Länsilässä", "–"]
    assert row_of(markdown_table(md, "Lomakkeet"), "Testilomake")[1:] == ["Sopimus Itälässä", "–", "–"]


def test_markdown_coverage_line_per_region(comparison: Comparison) -> None:
    coverage = markdown_table(to_markdown(comparison), "Kattavuus")
    assert coverage[0] == ["Alue", "Järjestäjä", "Kuvaus päivitetty", "Kuvaukset", "Kysymyksiin vastattu",
                           "Vaiheita kuvattu",
                           "Vaiheita ilman vastuutahoa"]
    assert coverage[1] == ["Itälä", "ei tiedossa", "–", "Itälän malli A<br>Itälän malli B", "2/4", "3/3", "1"]
    assert coverage[2] == ["Länsilä", "ei tiedossa", "–", "Länsilän malli", "2/4", "1/3", "0"]
    assert coverage[3] == ["Pohjola", "ei tiedossa", "–", "ei kuvausta tästä palvelusta", "0/4", "0/3", "–"]


def test_markdown_of_an_undescribed_service_says_so(graph: KnowledgeGraph) -> None:
    md = to_markdown(build_comparison(graph, "tyhja"))
    assert "Tästä palvelusta ei ole alueellisia kuvauksia" in md
    assert "|" not in md


def test_markdown_escapes_model_text(comparison: Comparison) -> None:
    hostile = QuestionRow(id="q", text="Kuka | <b>x</b>?", phase_id="alku", phase_name="Alku",
                          cells=((AnswerEntry(process_id="itala-a", text="[a](javascript:x) <script>", roles=()),),
                                 (), ()))
    md = to_markdown(dataclasses.replace(comparison, questions=(hostile,)))
    html = lxml.html.fromstring(markdown.markdown(md, extensions=["tables"]))
    assert html.xpath("//script | //b | //a") == []
    assert markdown_table(md, "Kysymykset")[1][0] == "Kuka | <b>x</b>?"  # escaped, reads back as the text


def read_csv(data: bytes, separator: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=separator))


def test_csv_has_a_bom_and_reads_back_with_umlauts(comparison: Comparison) -> None:
    data = to_csv(comparison)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = read_csv(data, ",")
    assert rows[0] == ["Vertailu: Testipalvelu"]
    header = rows.index(["Vaiheet"]) + 1
    assert rows[header] == ["Vaihe", "Itälä", "Länsilä", "Pohjola"]
    assert ["Itälä", "ei tiedossa", "–", "Itälän malli A\nItälän malli B", "2/4", "3/3", "1"] in rows
    tasks = rows.index(["Kuka tekee mitä"]) + 1
    assert rows[tasks][:3] == ["Tehtävä", "Vaihe", "Ero"]
    assert ["Arviointi", "Alkuvaihe", "eri vastuutaho", "Ohjaaja", "Valmentaja", "ei kuvattu"] in rows


def test_csv_semicolon_separator(comparison: Comparison) -> None:
    data = to_csv(comparison, separator=";")
    assert b"Vaihe;It\xc3\xa4l\xc3\xa4;L\xc3\xa4nsil\xc3\xa4;Pohjola" in data
    assert ["Seuranta", "Loppuvaihe", "vain Itälä", "Valmentaja", "ei kuvattu", "ei kuvattu"] in read_csv(data, ";")


def test_csv_cells_never_start_a_formula(comparison: Comparison) -> None:
    formula = QuestionRow(id="q", text="=HYPERLINK(\"http://x\")", phase_id="alku", phase_name="Alku",
                          cells=((), (), ()))
    rows = read_csv(to_csv(dataclasses.replace(comparison, questions=(formula,))), ",")
    assert ["'=HYPERLINK(\"http://x\")", "Alku", "ei kuvattu", "ei kuvattu", "ei kuvattu"] in rows


def test_xlsx_one_sheet_per_table_with_frozen_header_and_wrapped_cells(comparison: Comparison) -> None:
    book = load_workbook(io.BytesIO(to_xlsx(comparison)))
    assert book.sheetnames == ["Kattavuus", "Vaiheet", "Kysymykset", "Kuka tekee mitä", "Säädösperusteet",
                               "Lomakkeet"]
    phases = book["Vaiheet"]
    assert phases.freeze_panes == "B2"
    assert book["Kuka tekee mitä"].freeze_panes == "C2"  # task and phase stay visible
    assert [c.value for c in phases[1]] == ["Vaihe", "Itälä", "Länsilä", "Pohjola"]
    assert all(cell.alignment.wrap_text for row in phases.iter_rows() for cell in row)
    coverage = [[c.value for c in row] for row in book["Kattavuus"].iter_rows(min_row=2)]
    assert coverage[0] == ["Itälä", "ei tiedossa", "–", "Itälän malli A\nItälän malli B", "2/4", "3/3", "1"]
    tasks = [[c.value for c in row] for row in book["Kuka tekee mitä"].iter_rows(min_row=2)]
    assert ["Seuranta", "Loppuvaihe", "vain Itälä", "Valmentaja", "ei kuvattu", "ei kuvattu"] in tasks


def test_xlsx_keeps_formula_like_text_as_text(comparison: Comparison) -> None:
    formula = QuestionRow(id="q", text="=1+1", phase_id="alku", phase_name="Alku", cells=((), (), ()))
    book = load_workbook(io.BytesIO(to_xlsx(dataclasses.replace(comparison, questions=(formula,)))))
    cell = book["Kysymykset"]["A2"]
    assert (cell.value, cell.data_type) == ("=1+1", "s")

"""`polku kysely`: the workbook a region receives, read back with openpyxl."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import yaml
from openpyxl import load_workbook

from tests.questionnaire.conftest import REGION, SERVICE, polku


def test_sheets_headers_and_prefilled_rows(questionnaire: Path) -> None:
    book = load_workbook(questionnaire)
    assert book.sheetnames == ["Ohje", "Roolit", "Kysymykset", "Vastuut", "_pohja"]
    assert book["_pohja"].sheet_state == "veryHidden"
    questions = book["Kysymykset"]
    assert [c.value for c in questions[2]] == ["Tunniste", "Vaihe", "Kysymys", "Nykyinen vastaus", "Nykyiset roolit",
                                               "Vastaus", "Rooli", "Toinen rooli", "Lähde tai huomio"]
    assert questions["A1"].value == "Kuntouttava työtoiminta – Etelä-Pohjanmaa: kysymykset"
    assert [questions[f"A{r}"].value for r in (3, 4)] == ["kuka-tunnistaa", "ketka-lahettavat"]
    assert questions["B3"].value == "Tunnistaminen ja asiakasohjaus"
    row = next(r for r in questions.iter_rows(min_row=3) if r[0].value == "kuka-hoitaa-toimintaohjeet")
    assert str(row[3].value).startswith("Alueelle ollaan työstämässä yhtenäistä toimintaohjetta")
    assert row[4].value == "Työllisyyttä ja osallisuutta edistävien palvelujen palveluyksikköjohtaja"
    steps = book["Vastuut"]
    assert [c.value for c in steps[2]] == ["Kuvaus", "Vaiheen tunniste", "Palvelun vaihe", "Vaihe",
                                           "Nykyinen vastuurooli", "Vastuurooli", "Lähde tai huomio"]
    assert (steps["A3"].value, steps["B3"].value) == ("etela-pohjanmaa-kuntouttava-tyotoiminta",
                                                      "tarpeen-tunnistaminen")
    assert steps.max_row == 2 + 15


def test_locked_ids_unlocked_fill_in_cells_and_role_drop_downs(repo: Path, questionnaire: Path) -> None:
    book = load_workbook(questionnaire)
    roles = yaml.safe_load((repo / "process_models" / "catalog" / "roolit.yaml").read_text(encoding="utf-8"))["roles"]
    role_list = f"'Roolit'!$A$2:$A${len(roles) + 1}"  # one drop-down entry per catalogue role
    questions, steps = book["Kysymykset"], book["Vastuut"]
    assert questions.protection.sheet and steps.protection.sheet and book["Roolit"].protection.sheet
    assert [questions[f"{c}3"].protection.locked for c in "ABCDEFGHI"] == [True] * 5 + [False] * 4
    assert [steps[f"{c}3"].protection.locked for c in "ABCDEFG"] == [True] * 5 + [False] * 2
    [question_roles] = questions.data_validations.dataValidation
    assert (question_roles.type, question_roles.formula1, str(question_roles.sqref)) == (
        "list", role_list, f"G3:H{questions.max_row}")
    [step_roles] = steps.data_validations.dataValidation
    assert (step_roles.formula1, str(step_roles.sqref)) == (role_list, "F3:F17")
    assert book["Roolit"]["A2"].value == "Ammatillinen oppilaitos"


def test_guide_sheet_says_what_never_to_write_and_whom_to_return_it_to(questionnaire: Path) -> None:
    text = "\n".join(str(c.value) for c in load_workbook(questionnaire)["Ohje"]["A"] if c.value)
    assert "Ei nimiä, puhelinnumeroita, henkilökohtaisia sähköpostiosoitteita eikä henkilötunnuksia" in text
    assert "Palauta täytetty tiedosto sille, joka lähetti kyselyn (tietopankin ylläpitäjä)." in text
    assert "solu ei saa alkaa merkillä =, +, - tai @" in text


def test_same_models_same_bytes(repo: Path, questionnaire: Path, tmp_path: Path) -> None:
    again = tmp_path / "uudelleen.xlsx"
    assert polku(repo, "kysely", SERVICE, "--region", REGION, "--out", str(again)) == 0
    assert again.read_bytes() == questionnaire.read_bytes()
    archive = zipfile.ZipFile(questionnaire)
    assert {info.date_time for info in archive.infolist()} == {(2001, 1, 1, 0, 0, 0)}
    core = archive.read("docProps/core.xml").decode("utf-8")
    assert re.findall(r"<dcterms:(created|modified)[^>]*>([^<]*)<", core) == [
        ("created", "2001-01-01T00:00:00Z"), ("modified", "2001-01-01T00:00:00Z")]
    assert "<cp:lastModifiedBy>Polku</cp:lastModifiedBy>" in core and ">Polku</dc:creator>" in core


def test_one_sheet_set_per_region(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "kaksi.xlsx"
    assert polku(repo, "kysely", SERVICE, "--region", REGION, "--region", "keski-uusimaa", "--out", str(out)) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["Ohje", "Roolit", "Kysymykset – Etelä-Pohjanmaa", "Vastuut – Etelä-Pohjanmaa",
                               "Kysymykset – Keski-Uusimaa", "Vastuut – Keski-Uusimaa", "_pohja"]
    assert all(len(name) <= 31 for name in book.sheetnames)
    assert book["Vastuut – Keski-Uusimaa"].max_row == 2, "a region without a model has no steps to ask about"


def test_unknown_service_or_region_is_a_finnish_error(repo: Path, tmp_path: Path, capsys: object) -> None:
    out = tmp_path / "x.xlsx"
    assert polku(repo, "kysely", "kuntouttava-tyotoimint", "--region", REGION, "--out", str(out)) == 1
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert err.startswith("polku kysely: Palvelua 'kuntouttava-tyotoimint' ei ole palvelukatalogissa. "
                          "Tarkoititko 'kuntouttava-tyotoiminta'?")
    assert not out.exists()

"""Hostile and broken workbooks: each refused at its cell, in Finnish, with nothing written
(checksums of process_models/ before and after)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.questionnaire.conftest import Fill, checksums, polku

Case = Callable[[Path, Path, Fill], Path]


def cells(values: dict[str, object]) -> Case:
    return lambda source, tmp, fill: fill(source, values)


def edited(change: Callable[[object], None]) -> Case:
    def make(source: Path, tmp: Path, fill: Fill) -> Path:
        book = load_workbook(source)
        change(book)
        target = tmp / "muokattu.xlsx"
        book.save(target)
        return target
    return make


def _delete_row(book: object) -> None:
    book["Kysymykset"].delete_rows(4)  # type: ignore[index]


def _swap_rows(book: object) -> None:
    sheet = book["Kysymykset"]  # type: ignore[index]
    for column in "ABCDE":
        sheet[f"{column}3"].value, sheet[f"{column}4"].value = sheet[f"{column}4"].value, sheet[f"{column}3"].value


def _rename(book: object) -> None:
    book["Kysymykset"].title = "Kysymykset (täytetty)"  # type: ignore[index]


def _ten_thousand_rows(book: object) -> None:
    sheet = book["Kysymykset"]  # type: ignore[index]
    for row in range(27, 10_001):
        sheet[f"F{row}"].value = "rivi"


def not_xlsx(source: Path, tmp: Path, fill: Fill) -> Path:
    target = tmp / "teksti.xlsx"
    target.write_text("Tunniste;Vastaus\nkuka-tunnistaa;Sosiaaliohjaaja\n", encoding="utf-8")
    return target


def bomb(source: Path, tmp: Path, fill: Fill) -> Path:
    """The questionnaire plus 88 MB of shared strings (registered, so openpyxl would parse them) that compress
    to a few hundred kilobytes."""
    original = zipfile.ZipFile(source)
    target = tmp / "pommi.xlsx"
    count = 4_000_000
    strings = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
               b'spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (count, count)
               + b"<si><t>aaaaaa</t></si>" * count + b"</sst>")
    override = (b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in original.infolist():
            body = original.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", override)
            out.writestr(info.filename, body)
        out.writestr("xl/sharedStrings.xml", strings)
    assert target.stat().st_size < 1_000_000
    return target


def without_record(source: Path, tmp: Path, fill: Fill) -> Path:
    book = Workbook()
    book.active.title = "Kysymykset"  # type: ignore[union-attr]
    target = tmp / "oma.xlsx"
    book.save(target)
    return target


CASES: dict[str, tuple[Case, str]] = {
    "formula": (cells({"Kysymykset!F3": '=HYPERLINK("https://example.fi","x")'}),
                "Kysymykset!F3: [virhe] Solussa on kaava ('=HYPERLINK(\"https://example.fi\",\"x\")'); "
                "kaavoja ei tuoda. (T009)"),
    "formula-leading text": (cells({"Kysymykset!F3": "@SUM(1)"}),
                             "Kysymykset!F3: [virhe] Solu alkaa merkillä '@', jolla taulukko-ohjelma aloittaa "
                             "kaavan. (T010)"),
    "henkilötunnus": (cells({"Kysymykset!F4": "Asiakas 131052-308T ohjataan"}),
                      "Kysymykset!F4: [virhe] Tekstissä on henkilötunnus ('131052-308T'). (D001)"),
    "phone number": (cells({"Kysymykset!I5": "Soita 040 000 0000"}),
                     "Kysymykset!I5: [virhe] Tekstissä on puhelinnumero ('040 000 0000'). (D002)"),
    "script": (cells({"Kysymykset!F6": "Katso <script>alert(1)</script>"}),
               "Kysymykset!F6: [virhe] Tekstissä on <script>-elementti tai tapahtumankäsittelijä "
               "('<script>alert(1)</script>'). (H002)"),
    "javascript link": (cells({"Vastuut!G3": "[ohje](javascript:alert(1))"}),
                        "Vastuut!G3: [virhe] Linkin osoite 'javascript:alert(1' ei ole sallittu. (H003)"),
    "unknown role": (cells({"Kysymykset!G3": "Asiakkas"}),
                     "Kysymykset!G3: [virhe] Roolia 'Asiakkas' ei ole roolikatalogissa. Tarkoititko 'Asiakas'? (T011)"),
    "unknown responsible role": (cells({"Vastuut!F4": "Rehtori"}),
                                 "Vastuut!F4: [virhe] Roolia 'Rehtori' ei ole roolikatalogissa. (T011)"),
    "deleted row": (edited(_delete_row),
                    "Kysymykset!A4: [virhe] Tällä rivillä pitäisi olla tunniste 'ketka-lahettavat', nyt "
                    "'kenelle-ohjaus'. (T006)"),
    "reordered rows": (edited(_swap_rows),
                       "Kysymykset!A3: [virhe] Tällä rivillä pitäisi olla tunniste 'kuka-tunnistaa', nyt "
                       "'ketka-lahettavat'. (T006)"),
    "edited locked id": (cells({"Vastuut!B5": "oma-vaihe"}),
                         "Vastuut!B5: [virhe] Tällä rivillä pitäisi olla tunniste "
                         "'ohjaus-kuntouttavaan-tyotoimintaan', nyt 'oma-vaihe'. (T006)"),
    "edited current answer": (cells({"Kysymykset!D3": "Sosiaaliohjaaja"}),
                              "Kysymykset!D3: [virhe] Lukittua solua on muutettu: nyt 'Sosiaaliohjaaja', lähetetyssä "
                              "kyselyssä ''. (T007)"),
    "renamed sheet": (edited(_rename),
                      "Kysymykset: [virhe] Välilehteä 'Kysymykset' ei löydy. Tarkoititko 'Kysymykset (täytetty)'? "
                      "(T004)"),
    "10,000-row sheet": (edited(_ten_thousand_rows),
                         "Kysymykset!A27: [virhe] Välilehdellä on rivejä rivin 26 jälkeen (viimeinen rivi 10000). "
                         "(T005)"),
    "not XLSX": (not_xlsx, ": [virhe] Tiedosto ei ole Excel-työkirja (XLSX), tai se on vioittunut. (T001)"),
    "XLSX bomb": (bomb, ": [virhe] Työkirja on liian suuri ({size} tavua; enintään 16000000 tavua). (T002)"),
    "not a questionnaire": (without_record,
                            ": [virhe] Työkirja ei ole komennolla polku kysely tehty kysely, tai sen piilotettu "
                            "välilehti _pohja on muuttunut. (T003)"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_refused_at_its_cell_and_nothing_written(name: str, repo: Path, questionnaire: Path, fill: Fill,
                                                 tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make, expected = CASES[name]
    workbook = make(questionnaire, tmp_path, fill)
    before = checksums(repo / "process_models")
    capsys.readouterr()
    assert polku(repo, "tuo", str(workbook), "--lahde", "Kysely") == 1
    lines = capsys.readouterr().out.splitlines()
    first = lines[0]
    # the bomb is measured from the zip's declared sizes (88 MB of shared strings plus the workbook itself)
    size = sum(i.file_size for i in zipfile.ZipFile(workbook).infolist()) if name == "XLSX bomb" else 0
    assert first == f"{workbook.name}{'' if expected.startswith(':') else ':'}{expected.format(size=size)}"
    assert lines[1].startswith("    Korjaus: ")
    assert lines[-1].endswith("mitään ei kirjoitettu.")
    assert checksums(repo / "process_models") == before


def test_every_problem_is_reported_at_once(repo: Path, questionnaire: Path, fill: Fill,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    workbook = fill(questionnaire, {"Kysymykset!F3": "Soita 040 000 0000", "Kysymykset!G4": "Asiakkas",
                                    "Kysymykset!F5": "=1+1", "Vastuut!F6": "Asiakas", "Vastuut!A7": "muu"})
    capsys.readouterr()
    assert polku(repo, "tuo", str(workbook), "--lahde", "Kysely") == 1
    found = [line.split(": [virhe]")[0].split(":", 1)[1] + " " + line[-5:-1]
             for line in capsys.readouterr().out.splitlines() if ": [virhe]" in line]
    assert found == ["Kysymykset!F3 D002", "Kysymykset!G4 T011", "Kysymykset!F5 T009", "Vastuut!A7 T006"]


def test_lahde_is_checked_like_model_text(repo: Path, questionnaire: Path, fill: Fill,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    workbook = fill(questionnaire, {"Kysymykset!F3": "Sosiaaliohjaaja."})
    capsys.readouterr()
    assert polku(repo, "tuo", str(workbook), "--lahde", "Kysely <b>2026</b>") == 1
    assert capsys.readouterr().out.splitlines()[0] == (
        "--lahde: [virhe] Tekstissä on HTML-koodia ('<b>2026</b>'); HTML ei ole sallittu. (H001)")


def test_zip_that_is_not_a_workbook(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "arkisto.xlsx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("lue.txt", "ei työkirja")
    target.write_bytes(buffer.getvalue())
    assert polku(repo, "tuo", str(target), "--lahde", "Kysely") == 1
    assert capsys.readouterr().out.splitlines()[0].endswith("(T001)")

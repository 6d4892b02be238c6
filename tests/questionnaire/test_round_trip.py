"""The whole loop: make the questionnaire, fill it as a region would, import it, validate, build, and find the
answers on the comparison page and the responsibilities on the process page and in the swimlane."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from generator.project import Project
from tests.diagrams import svg_facts
from tests.questionnaire.conftest import MODEL, REGION, SERVICE, SOURCES, Fill, checksums, polku

SOCIAL = "Sosiaaliohjaaja tai sosiaalityöntekijä"
HEAD = "Työllisyyttä ja osallisuutta edistävien palvelujen palveluyksikköjohtaja"
ANSWER = ("Sosiaaliohjaaja tunnistaa tarpeen asiakastapaamisessa ja ohjaa asiakkaan palvelutarpeen arviointiin; "
          "myös työvoimaviranomainen voi ohjata.")
PTA = "Sosiaaliohjaaja tekee PTA:n yhdessä asiakkaan kanssa."
FILLED = {
    ("Kysymykset", "kuka-tunnistaa", "F"): ANSWER,
    ("Kysymykset", "kuka-tunnistaa", "G"): SOCIAL,
    ("Kysymykset", "kuka-tunnistaa", "I"): "Alueen toimintaohje 2024",
    ("Kysymykset", "kuka-tekee-pta", "F"): PTA,
    ("Kysymykset", "kuka-tekee-pta", "G"): SOCIAL,
    ("Kysymykset", "kuka-tekee-pta", "H"): "Asiakas",
    ("Vastuut", "palvelutarpeen-arviointi", "F"): SOCIAL,
    ("Vastuut", "paatos", "F"): HEAD,
}
SOURCE_ID = "etela-pohjanmaan-kysely-2026"


def unescaped(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


@pytest.fixture
def imported(repo: Path, questionnaire: Path, fill: Fill, capsys: pytest.CaptureFixture[str]) -> Path:
    filled = fill(questionnaire, {}, by_id=FILLED)
    capsys.readouterr()
    assert polku(repo, "tuo", str(filled), "--lahde", "Etelä-Pohjanmaan kysely 2026") == 0
    return filled


def test_import_prints_the_diff_sentences_and_writes_text_edits(repo: Path, imported: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert polku(repo, "validate") == 0
    model = (repo / MODEL).read_text(encoding="utf-8")
    assert model.startswith("# yaml-language-server: $schema=../../schema/process.schema.json\n# Etelä-Pohjanmaan")
    assert ("    task: pta\n    responsible: sosiaaliohjaaja\n    participants: [asiakas]\n"
            "    description: Asiakkaan palvelutarve arvioidaan.\n"
            f"    sources: [tyonyrkki-2023, {SOURCE_ID}]\n") in model
    assert "  - paaluottamusmies\n  - palveluyksikkojohtaja\nsteps:\n" in model
    assert (f"  # Alueen huomio ({SOURCE_ID}): Alueen toimintaohje 2024\n  - question: kuka-tunnistaa\n"
            "    answer: >-\n      Sosiaaliohjaaja tunnistaa tarpeen asiakastapaamisessa ja ohjaa asiakkaan "
            "palvelutarpeen arviointiin;\n      myös työvoimaviranomainen voi ohjata.\n"
            f"    roles: [sosiaaliohjaaja]\n    sources: [{SOURCE_ID}]\n") in model
    sources = (repo / SOURCES).read_text(encoding="utf-8")
    assert sources.endswith(f"  - id: {SOURCE_ID}\n    title: \"Etelä-Pohjanmaan kysely 2026\"\n    kind: muu\n"
                            f"    publisher: \"Etelä-Pohjanmaa\"\n    date: \"{dt.date.today().isoformat()}\"\n"
                            "    note: \"Alueen täyttämä Polun kyselylomake, tuotu komennolla polku tuo.\"\n")


def test_import_output_uses_the_diff_sentences(repo: Path, questionnaire: Path, fill: Fill,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    filled = fill(questionnaire, {}, by_id=FILLED)
    assert polku(repo, "tuo", str(filled), "--lahde", "Etelä-Pohjanmaan kysely 2026", "--kuiva") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["Muutokset:", "Prosessi Kuntouttavan työtoiminnan yhtenäinen prosessi (Etelä-Pohjanmaa):"]
    assert f"  - Uimaradaksi lisätään rooli {HEAD}." in out
    assert f"  - Vaiheelle Palvelutarpeen arviointi (PTA) merkitään vastuurooli {SOCIAL}." in out
    assert "  - Vaihe Palvelutarpeen arviointi (PTA) saa lähteen Etelä-Pohjanmaan kysely 2026." in out
    assert f"  - Kysymykseen Kuka tekee PTA:n? vastataan: {PTA}" in out
    assert out[-3:] == ["Katalogi Lähteet:", "  - Lisätään lähde Etelä-Pohjanmaan kysely 2026.",
                        "Kuivaharjoitus (--kuiva): mitään ei kirjoitettu."]


def test_dry_run_writes_nothing(repo: Path, questionnaire: Path, fill: Fill) -> None:
    before = checksums(repo / "process_models")
    filled = fill(questionnaire, {}, by_id=FILLED)
    assert polku(repo, "tuo", str(filled), "--lahde", "Kysely", "--kuiva") == 0
    assert checksums(repo / "process_models") == before


def test_second_import_of_the_same_workbook_changes_nothing(repo: Path, imported: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    after_first = checksums(repo / "process_models")
    capsys.readouterr()
    assert polku(repo, "tuo", str(imported), "--lahde", "Etelä-Pohjanmaan kysely 2026") == 0
    assert checksums(repo / "process_models") == after_first
    assert capsys.readouterr().out == ("Ei muutoksia: mallit vastaavat jo kyselyn vastauksia.\n"
                                       "Alueen huomiot riveillä, jotka eivät muuttaneet malleja:\n"
                                       "  - Kysymykset!I3: Alueen toimintaohje 2024\n")


def test_new_questionnaire_after_import_shows_the_answers_as_current(repo: Path, imported: Path,
                                                                     tmp_path: Path) -> None:
    again = tmp_path / "uusi.xlsx"
    assert polku(repo, "kysely", SERVICE, "--region", REGION, "--out", str(again)) == 0
    book = load_workbook(again)
    row = next(r for r in book["Kysymykset"].iter_rows(min_row=3) if r[0].value == "kuka-tekee-pta")
    assert (row[3].value, row[4].value) == (PTA, f"{SOCIAL}, Asiakas")
    step = next(r for r in book["Vastuut"].iter_rows(min_row=3) if r[1].value == "paatos")
    assert step[4].value == HEAD


def test_existing_answers_are_replaced_only_with_korvaa(repo: Path, imported: Path, questionnaire: Path,
                                                        fill: Fill, capsys: pytest.CaptureFixture[str]) -> None:
    changed = fill(questionnaire, {}, by_id={("Kysymykset", "kuka-tekee-pta", "F"): "Palveluohjaaja tekee PTA:n.",
                                             ("Vastuut", "paatos", "F"): SOCIAL})
    before = checksums(repo / "process_models")
    capsys.readouterr()
    assert polku(repo, "tuo", str(changed), "--lahde", "Korjaus") == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0] == (f"{changed.name}:Kysymykset!F6: [virhe] Tietopankissa on jo vastaus kysymykseen "
                                   f"kuka-tekee-pta: '{PTA}'. Tuonti korvaisi sen arvolla 'Palveluohjaaja tekee "
                                   "PTA:n.'. (T014)")
    assert f"{changed.name}:Vastuut!F10: [virhe] Tietopankissa on jo vaiheen paatos vastuurooli" in out
    assert checksums(repo / "process_models") == before
    assert polku(repo, "tuo", str(changed), "--lahde", "Korjaus", "--korvaa") == 0
    model = Project.at(repo).validate()
    process = next(p.model for p in model.models.processes if p.model.region == REGION)
    answer = next(a for a in process.answers if a.question == "kuka-tekee-pta").answer
    assert answer is not None and answer.fi == "Palveluohjaaja tekee PTA:n."
    assert next(s for s in process.steps if s.id == "paatos").responsible == "sosiaaliohjaaja"


def test_region_without_a_model_gets_one_from_the_scaffold(repo: Path, tmp_path: Path, fill: Fill) -> None:
    out = tmp_path / "keski.xlsx"
    assert polku(repo, "kysely", SERVICE, "--region", "keski-uusimaa", "--out", str(out)) == 0
    filled = fill(out, {}, by_id={("Kysymykset", "kuka-tekee-pta", "F"): PTA,
                                  ("Kysymykset", "kuka-tekee-pta", "G"): SOCIAL})
    assert polku(repo, "tuo", str(filled), "--lahde", "Keski-Uudenmaan kysely") == 0
    created = (repo / "process_models/keski-uusimaa/kuntouttava-tyotoiminta.yaml").read_text(encoding="utf-8")
    assert created.startswith("# yaml-language-server: $schema=../../schema/process.schema.json\n"
                              "# Uusi prosessimalli: Kuntouttava työtoiminta – Keski-Uusimaa.\n")
    assert "sources: [keski-uudenmaan-kysely]\n" in created
    assert ("  # Kuka tekee PTA:n?\n  - question: kuka-tekee-pta\n    answer: \"Sosiaaliohjaaja tekee PTA:n yhdessä "
            "asiakkaan kanssa.\"\n    roles: [sosiaaliohjaaja]\n    sources: [keski-uudenmaan-kysely]\n") in created
    assert polku(repo, "validate") == 0


def test_built_site_shows_the_answers_and_the_responsibilities(repo: Path, imported: Path, tmp_path: Path) -> None:
    out = tmp_path / "docs"
    assert polku(repo, "build", "--out", str(out)) == 0
    comparison = unescaped((out / f"vertailu/{SERVICE}.md").read_text(encoding="utf-8"))
    assert f"{ANSWER} ([{SOCIAL}](../roolit/sosiaaliohjaaja.md))" in comparison
    assert f"{PTA} ([{SOCIAL}](../roolit/sosiaaliohjaaja.md), [Asiakas](../roolit/asiakas.md))" in comparison
    assert ("- [Kyselylomake: Etelä-Pohjanmaa (XLSX, " in comparison
            and f"](kyselyt/{SERVICE}-{REGION}.xlsx){{ download }}" in comparison)
    assert (out / f"vertailu/kyselyt/{SERVICE}-{REGION}.xlsx").is_file()
    process = unescaped((out / "prosessit/etela-pohjanmaa-kuntouttava-tyotoiminta.md").read_text(encoding="utf-8"))
    pta = process[process.index("Palvelutarpeen arviointi (PTA)"):]
    assert f"[{SOCIAL}](../roolit/sosiaaliohjaaja.md)" in pta[:pta.index("{ #vaihe-ohjaus")]
    svg = svg_facts.parse((out / "kaaviot/prosessi-etela-pohjanmaa-kuntouttava-tyotoiminta.svg").read_text("utf-8"))
    names, lanes = svg_facts.lane_names(svg), svg_facts.lanes(svg)
    for step_id, role in (("palvelutarpeen-arviointi", SOCIAL), ("paatos", HEAD)):
        box = svg_facts.shape_box(svg_facts.steps(svg)[step_id])
        lane = lanes[names.index(role)]
        assert lane.y0 <= (box.y0 + box.y1) / 2 <= lane.y1, (step_id, role)

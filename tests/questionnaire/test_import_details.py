"""Details of the import: the models changed after the questionnaire was sent, the region's notes kept as
comments, the --lahde name, and the all-or-nothing write (a failed result puts every file back)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.project import Project
from generator.questionnaire.apply import write_all
from tests.questionnaire.conftest import MODEL, SOURCES, Fill, checksums, polku

HEAD = "Työllisyyttä ja osallisuutta edistävien palvelujen palveluyksikköjohtaja"


def test_a_step_renamed_after_sending_is_refused_with_a_suggestion(repo: Path, questionnaire: Path, fill: Fill,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    model = repo / MODEL
    text = model.read_text(encoding="utf-8")
    model.write_text(text.replace("id: paatos\n", "id: paatoksenteko\n").replace("step: paatos\n",
                                                                                 "step: paatoksenteko\n"), "utf-8")
    workbook = fill(questionnaire, {"Vastuut!F10": HEAD})
    before = checksums(repo / "process_models")
    capsys.readouterr()
    assert polku(repo, "tuo", str(workbook), "--lahde", "Kysely") == 1
    assert capsys.readouterr().out.splitlines()[:2] == [
        f"{workbook.name}:Vastuut!B10: [virhe] Tunnistetta 'paatos' ei ole kuvauksen "
        "etela-pohjanmaa-kuntouttava-tyotoiminta vaiheissa. Tarkoititko 'paatoksenteko'? (T008)",
        "    Korjaus: Katalogi tai alueen kuvaus on muuttunut kyselyn lähettämisen jälkeen: tee alueelle uusi kysely "
        "(polku kysely) ja siirrä vastaukset siihen."]
    assert checksums(repo / "process_models") == before


def test_the_regions_note_on_a_responsibility_becomes_a_comment(repo: Path, questionnaire: Path, fill: Fill) -> None:
    workbook = fill(questionnaire, {"Vastuut!F10": HEAD, "Vastuut!G10": "Päätöksen allekirjoittaa johtaja."})
    assert polku(repo, "tuo", str(workbook), "--lahde", "Kysely") == 0
    assert ("    task: paatos\n    # Alueen huomio (kysely): Päätöksen allekirjoittaa johtaja.\n"
            "    responsible: palveluyksikkojohtaja\n    description: >-\n") in (repo / MODEL).read_text("utf-8")


def test_an_empty_lahde_is_refused(repo: Path, questionnaire: Path, fill: Fill,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    workbook = fill(questionnaire, {"Vastuut!F10": HEAD})
    assert polku(repo, "tuo", str(workbook), "--lahde", "  ") == 1
    assert capsys.readouterr().err == ('polku tuo: anna lähteen nimi valitsimella --lahde, esim. --lahde '
                                       '"Alueen kysely 2026".\n')


def test_an_unfilled_questionnaire_changes_nothing(repo: Path, questionnaire: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    before = checksums(repo / "process_models")
    capsys.readouterr()
    assert polku(repo, "tuo", str(questionnaire), "--lahde", "Kysely") == 0
    assert capsys.readouterr().out == "Ei muutoksia: mallit vastaavat jo kyselyn vastauksia.\n"
    assert checksums(repo / "process_models") == before


def test_write_all_puts_every_file_back_when_the_result_does_not_validate(repo: Path) -> None:
    project = Project.at(repo)
    before = checksums(repo / "process_models")
    good = (repo / SOURCES).read_text(encoding="utf-8") + "  - id: uusi-lahde\n    title: Uusi\n"
    broken = (repo / MODEL).read_text(encoding="utf-8").replace("responsible:", "vastuu:", 1).replace(
        "    task: pta\n", "    task: pta\n    responsible: tuntematon-rooli\n")
    new_file = "process_models/etela-pohjanmaa/uusi.yaml"
    failed = write_all(project, {SOURCES: good, MODEL: broken, new_file: "id: x\n"})
    assert {d.code for d in failed} >= {"R002"}
    assert checksums(repo / "process_models") == before
    assert not (repo / new_file).exists()

"""Every questionnaire code's cell example (shown on the Virhekoodit page) behaves as documented: the bad value
in that cell yields exactly its code at that cell, the fixed value yields nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.codes import CODES, CellExample, Code
from tests.questionnaire.conftest import Fill, polku

WITH_CELL_EXAMPLE = [code for code in CODES.values() if isinstance(code.example, CellExample)]


def test_questionnaire_codes_with_and_without_examples() -> None:
    questionnaire = {c.id for c in CODES.values() if c.id.startswith("T")}
    assert questionnaire == {f"T{n:03d}" for n in range(1, 16)}
    # Not one cell's value: the file itself (T001–T003), a sheet (T004, T005), the catalogue or the models
    # changing after the questionnaire was sent (T008, T014, T015) and a control character (T013, which the
    # site page could not show).
    assert {c.id for c in WITH_CELL_EXAMPLE} == questionnaire - {"T001", "T002", "T003", "T004", "T005", "T008",
                                                                 "T012", "T013", "T014", "T015"}


@pytest.mark.parametrize("code", WITH_CELL_EXAMPLE, ids=[c.id for c in WITH_CELL_EXAMPLE])
def test_bad_cell_yields_exactly_its_code_there(code: Code, repo: Path, questionnaire: Path, fill: Fill,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert isinstance(code.example, CellExample)
    workbook = fill(questionnaire, {f"{code.example.sheet}!{code.example.cell}": code.example.bad})
    capsys.readouterr()
    assert polku(repo, "tuo", str(workbook), "--lahde", "Kysely", "--kuiva") == 1
    found = [line.split(": [virhe] ")[0] + " " + line[-5:-1]
             for line in capsys.readouterr().out.splitlines() if ": [virhe] " in line]
    assert found == [f"{workbook.name}:{code.example.sheet}!{code.example.cell} {code.id}"]


@pytest.mark.parametrize("code", WITH_CELL_EXAMPLE, ids=[c.id for c in WITH_CELL_EXAMPLE])
def test_fixed_cell_yields_nothing(code: Code, repo: Path, questionnaire: Path, fill: Fill,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert isinstance(code.example, CellExample)
    workbook = fill(questionnaire, {f"{code.example.sheet}!{code.example.cell}": code.example.good})
    capsys.readouterr()
    assert polku(repo, "tuo", str(workbook), "--lahde", "Kysely", "--kuiva") == 0, capsys.readouterr().out

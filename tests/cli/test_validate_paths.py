"""`polku validate PATH`: a path that matches no model file is an error, never "Kaikki kunnossa"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.cli import main
from tests.validate.conftest import BASE
from tests.validate.test_files import write_repo


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_repo(tmp_path, dict[str, str | bytes](BASE))
    (tmp_path / "README.md").write_text("x\n", encoding="utf-8")
    (tmp_path / "process_models" / "tyhja").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *paths: str) -> tuple[int, list[str]]:
    code = main(["validate", *paths])
    return code, capsys.readouterr().out.splitlines()


CASES = [
    ("misspelled file", "process_models/alue/prosesi.yml",
     "process_models/alue/prosesi.yml:1:1: [virhe] Polkua 'process_models/alue/prosesi.yml' ei löydy. "
     "Tarkoititko 'process_models/alue/prosessi.yaml'? (F005)"),
    ("misspelled folder", "process_models/alu",
     "process_models/alu:1:1: [virhe] Polkua 'process_models/alu' ei löydy. "
     "Tarkoititko 'process_models/alue/'? (F005)"),
    ("nothing close", "process_models/testila/malli.yml",
     "process_models/testila/malli.yml:1:1: [virhe] Polkua 'process_models/testila/malli.yml' ei löydy. (F005)"),
    ("outside the models", "README.md",
     "README.md:1:1: [virhe] Polussa 'README.md' ei ole tarkistettavia mallitiedostoja: se ei ole kansiossa "
     "process_models/. (F007)"),
    ("folder without models", "process_models/tyhja",
     "process_models/tyhja:1:1: [virhe] Polussa 'process_models/tyhja' ei ole tarkistettavia mallitiedostoja: "
     "kansiossa ei ole yhtään .yaml-tiedostoa. (F007)"),
]


@pytest.mark.parametrize(("path", "first_line"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_path_matching_no_model_is_an_error(repo: Path, capsys: pytest.CaptureFixture[str], path: str,
                                              first_line: str) -> None:
    code, lines = run(capsys, path)
    assert code == 1
    assert lines[0] == first_line
    assert lines[1].startswith("    Korjaus: ")
    assert lines[2] == "1 virhe, 0 varoitusta (3 tiedostoa tarkistettu)."
    assert len(lines) == 3


def test_a_file_that_is_not_yaml_is_an_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "process_models" / "alue" / "muistiinpano.txt").write_text("x\n", encoding="utf-8")
    code, lines = run(capsys, "process_models/alue/muistiinpano.txt")
    assert (code, lines[0]) == (1, "process_models/alue/muistiinpano.txt:1:1: [virhe] Polussa "
                                   "'process_models/alue/muistiinpano.txt' ei ole tarkistettavia mallitiedostoja: "
                                   "mallitiedoston pääte on .yaml tai .yml. (F007)")


def test_a_good_path_next_to_a_wrong_one_still_fails(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run(capsys, "process_models/alue", "process_models/alu")
    assert code == 1 and [line[:22] for line in lines if "(F005)" in line] == ["process_models/alu:1:1"]


def test_existing_paths_are_still_kunnossa(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert os.getcwd() == str(repo)
    assert run(capsys, "process_models/alue/prosessi.yaml", "process_models/catalog") == (
        0, ["Kaikki kunnossa: 3 tiedostoa tarkistettu."])

"""`polku validate` as a maintainer and CI see it: output formats and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from tests.validate.conftest import BASE, PROCESS
from tests.validate.test_files import write_repo

P = "process_models/alue/prosessi.yaml"


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], *args: str) -> tuple[int, str]:
    write_repo(tmp_path, {**BASE, **files})
    code = main(["--root", str(tmp_path), "validate", *args])
    return code, capsys.readouterr().out


def test_clean_repository_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(tmp_path, capsys, {})
    assert code == 0
    assert "Kaikki kunnossa: 3 tiedostoa tarkistettu." in out


def test_errors_print_position_severity_message_code_and_hint(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(tmp_path, capsys, {P: PROCESS.replace("responsible: ohjaaja", "responsible: ohjaja")})
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (f"{P}:13:18: [virhe] Roolia 'ohjaja' ei ole roolikatalogissa. "
                        "Tarkoititko 'ohjaaja'? (R002)")
    assert lines[1].startswith("    Korjaus: ")
    assert lines[-1] == "1 virhe, 0 varoitusta (3 tiedostoa tarkistettu)."


def test_diagnostics_are_sorted_by_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = PROCESS.replace("region: alue", "region: x").replace("responsible: ohjaaja", "responsible: y")
    _, out = run(tmp_path, capsys, {P: bad, "process_models/alue/b.yaml": "- lista\n"}, "--format", "json")
    found = [(d["file"], d["line"]) for d in json.loads(out)]
    assert found == sorted(found) and len(found) == 3


def test_warnings_fail_only_under_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unphased = PROCESS.replace("    phase: alku\n", "")
    assert run(tmp_path, capsys, {P: unphased})[0] == 0
    code, out = run(tmp_path, capsys, {P: unphased}, "--strict")
    assert code == 2 and "[varoitus]" in out


def test_github_format_is_an_actions_annotation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(tmp_path, capsys, {P: PROCESS.replace("region: alue", "region: x")}, "--format", "github")
    assert code == 1
    assert out.startswith(f"::error file={P},line=3,col=9,title=R008::Aluetta 'x' ei ole aluekatalogissa.")


def test_json_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(tmp_path, capsys, {P: PROCESS + "titel: x\n"}, "--format", "json")
    [item] = json.loads(out)
    assert item == {"file": P, "line": 32, "column": 1, "severity": "virhe", "code": "S001",
                    "message": "Tuntematon avain 'titel'. Tarkoititko 'title'?", "hint": item["hint"]}


def test_paths_narrow_the_report_but_references_still_resolve(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    files = {"process_models/muu/rikki.yaml": "- lista\n"}
    code, out = run(tmp_path, capsys, files, str(tmp_path / P))
    assert code == 0 and "rikki" not in out


def test_bad_yaml_never_prints_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(tmp_path, capsys, {P: "id: [\n\x00\t: :"})
    assert code == 1 and "Traceback" not in out and "(Y001)" in out

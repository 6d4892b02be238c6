"""`polku compare`: files for a meeting, and clear Finnish errors (exit 1, no traceback) for bad requests."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from generator.cli import main
from tests.compare.tables import markdown_table


def compare(repo: Path, *args: str) -> int:
    return main(["--root", str(repo), "compare", *args])


def test_markdown_file_with_chosen_regions_in_chosen_order(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "vertailu.md"
    assert compare(repo, "palvelu", "--regions", "lansila,itala", "--out", str(out)) == 0
    assert markdown_table(out.read_text(encoding="utf-8"), "Vaiheet")[0] == ["Vaihe", "Länsilä", "Itälä"]


def test_csv_with_semicolons_opens_with_umlauts(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "vertailu.csv"
    assert compare(repo, "palvelu", "--separator", ";", "--out", str(out)) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert ["Vaihe", "Itälä", "Länsilä", "Pohjola"] in rows


def test_format_follows_the_file_suffix_or_the_option(repo: Path, tmp_path: Path) -> None:
    by_suffix, by_option = tmp_path / "a.xlsx", tmp_path / "b.taulukko"
    assert compare(repo, "palvelu", "--out", str(by_suffix)) == 0
    assert compare(repo, "palvelu", "--format", "xlsx", "--out", str(by_option)) == 0
    for path in (by_suffix, by_option):
        book = load_workbook(io.BytesIO(path.read_bytes()))
        assert book["Vaiheet"].freeze_panes == "B2"
        assert book["Kysymykset"]["C2"].alignment.wrap_text


@pytest.mark.parametrize(("args", "message"), [
    (["palvlu"], "Tuntematon palvelu 'palvlu'. Tarkoititko 'palvelu'?"),
    (["palvelu", "--regions", "itala,lansla"], "Tuntematon alue 'lansla'. Tarkoititko 'lansila'?"),
    (["palvelu", "--regions", ","], "Alueluettelo on tyhjä"),
])
def test_unknown_service_or_region_is_a_finnish_error(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      args: list[str], message: str) -> None:
    out = tmp_path / "v.md"
    assert compare(repo, *args, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_missing_folder_and_model_folder_are_refused(repo: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert compare(repo, "palvelu", "--out", str(tmp_path / "ei-ole" / "v.md")) == 1
    assert "ei ole olemassa" in capsys.readouterr().err
    assert compare(repo, "palvelu", "--out", str(repo / "process_models" / "v.md")) == 1
    assert "process_models/" in capsys.readouterr().err
    assert not (repo / "process_models" / "v.md").exists()


def test_broken_models_are_reported_not_compared(repo: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    model = repo / "process_models" / "lansila" / "malli.yaml"
    model.write_text(model.read_text(encoding="utf-8").replace("responsible: valmentaja", "responsible: valmentja"),
                     encoding="utf-8")
    assert compare(repo, "palvelu", "--out", str(tmp_path / "v.md")) == 1
    captured = capsys.readouterr()
    assert "R002" in captured.out and "korjaa ne ensin" in captured.err

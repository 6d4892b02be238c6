"""A tmp copy of the repository (never the real process_models/), questionnaires made from it, and a
region's way of filling one in: openpyxl writing into the unlocked cells, as Excel would save them."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from openpyxl import load_workbook

from generator.cli import main
from tests.browser.serving import copy_caches

REPO_ROOT = Path(__file__).resolve().parents[2]
SERVICE = "kuntouttava-tyotoiminta"
REGION = "etela-pohjanmaa"
MODEL = "process_models/etela-pohjanmaa/kuntouttava-tyotoiminta.yaml"
SOURCES = "process_models/catalog/lahteet.yaml"
VALIDATION_CACHES = ("parsed", "findings")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    for name in ("process_models", "schema", "content", "diagrams"):
        shutil.copytree(REPO_ROOT / name, root / name)
    shutil.copy(REPO_ROOT / "mkdocs.yml", root / "mkdocs.yml")
    # the validator's caches as the test command's `polku validate` left them, so each command here parses only
    # the files a test changed
    copy_caches(root, VALIDATION_CACHES)
    return root


def polku(repo: Path, *args: str) -> int:
    return main(["--root", str(repo), *args])


@pytest.fixture
def questionnaire(repo: Path, tmp_path: Path) -> Path:
    out = tmp_path / "kysely.xlsx"
    assert polku(repo, "kysely", SERVICE, "--region", REGION, "--out", str(out)) == 0
    return out


Fill = Callable[..., Path]


@pytest.fixture
def fill(tmp_path: Path) -> Fill:
    """fill(workbook, {"Kysymykset!F3": "text", …}) → a filled copy; cells are found by sheet and coordinate."""
    counter = iter(range(1000))

    def _fill(source: Path, cells: Mapping[str, object], *, by_id: Mapping[tuple[str, str, str], object] = {}) -> Path:
        book = load_workbook(source)
        for place, value in cells.items():
            sheet, _, cell = place.partition("!")
            book[sheet][cell].value = value
        for (sheet, row_id, column), value in by_id.items():
            row = row_of(book[sheet], row_id)
            book[sheet][f"{column}{row}"].value = value
        target = tmp_path / f"taytetty-{next(counter)}.xlsx"
        book.save(target)
        return target

    return _fill


def row_of(sheet: object, row_id: str) -> int:
    """The row whose id (column A of Kysymykset, column B of Vastuut) is `row_id`."""
    for row in sheet.iter_rows(min_row=3):  # type: ignore[attr-defined]
        if row_id in (row[0].value, row[1].value):
            return int(row[0].row)
    raise AssertionError(f"no row {row_id}")


def checksums(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}

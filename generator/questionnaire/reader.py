"""XLSX bytes → WorkbookData: every sheet's cells as text, formulas flagged, nothing evaluated.

The package is checked (zip, sizes) before openpyxl sees it; openpyxl then reads in read-only mode, so a
sheet with ten thousand rows is counted without being kept.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from generator import codes
from generator.questionnaire.package import PackageProblem, package_problem

MAX_ROWS = 2_000  # far more than any service has questions or steps
MAX_COLUMNS = 30


@dataclass(frozen=True, slots=True)
class CellValue:
    coordinate: str
    text: str  # '' for an empty cell
    formula: bool


@dataclass(frozen=True, slots=True)
class SheetData:
    name: str
    rows: tuple[tuple[CellValue, ...], ...]  # from row 1, at most MAX_ROWS
    row_count: int  # every row openpyxl found, also beyond MAX_ROWS
    hidden: bool

    def cell(self, coordinate: str) -> CellValue:
        letters = "".join(ch for ch in coordinate if ch.isalpha())
        row = int("".join(ch for ch in coordinate if ch.isdigit()))
        column = sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(letters)))
        if row <= len(self.rows) and column <= len(self.rows[row - 1]):
            found: CellValue = self.rows[row - 1][column - 1]
            return found
        return CellValue(coordinate, "", False)


@dataclass(frozen=True, slots=True)
class WorkbookData:
    sheets: tuple[SheetData, ...]

    def sheet(self, name: str) -> SheetData | None:
        return next((s for s in self.sheets if s.name == name), None)


def read_workbook(data: bytes) -> WorkbookData | PackageProblem:
    problem = package_problem(data)
    if problem is not None:
        return problem
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        sheets = tuple(_sheet(ws) for ws in workbook.worksheets)
        workbook.close()
    except Exception:  # any parser failure on untrusted bytes means "not a workbook we read"
        return PackageProblem(codes.T001)
    return WorkbookData(sheets)


def _sheet(ws: Any) -> SheetData:
    rows: list[tuple[CellValue, ...]] = []
    count = 0
    for count, row in enumerate(ws.iter_rows(max_col=MAX_COLUMNS), start=1):
        if count <= MAX_ROWS:
            rows.append(tuple(_cell(count, index, cell) for index, cell in enumerate(row, start=1)))
    return SheetData(ws.title, tuple(rows), count, getattr(ws, "sheet_state", "visible") != "visible")


def _cell(row: int, column: int, cell: Any) -> CellValue:
    coordinate = f"{get_column_letter(column)}{row}"
    value = getattr(cell, "value", None)
    formula = getattr(cell, "data_type", None) == "f"
    return CellValue(coordinate, _as_text(getattr(value, "text", value)), formula)


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)

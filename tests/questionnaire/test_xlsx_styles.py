"""Styling a range of cells through one cell (render/xlsx_styles.py) writes the same workbook as styling each cell,
so the published questionnaires and comparison downloads keep their bytes and their look."""

from __future__ import annotations

import io

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, PatternFill, Protection

from generator.questionnaire.package import normalised
from generator.render.xlsx_styles import style_like

WRAP = Alignment(wrap_text=True, vertical="top")
FILL = PatternFill("solid", fgColor="FFF7D6")


def _workbook(*, through_one_cell: bool) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in range(1, 6):
        sheet.append([f"rivi {row} sarake {column}" for column in range(1, 4)])
    cells = [cell for row in sheet.iter_rows() for cell in row]
    fill_in = [sheet[f"C{row}"] for row in range(2, 6)]
    if through_one_cell:
        cells[0].alignment = WRAP
        style_like(cells[0], cells[1:])
        fill_in[0].protection, fill_in[0].fill = Protection(locked=False), FILL
        style_like(fill_in[0], fill_in[1:])
    else:
        for cell in cells:
            cell.alignment = WRAP
        for cell in fill_in:
            cell.protection, cell.fill = Protection(locked=False), FILL
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalised(buffer.getvalue())


def test_styling_through_one_cell_writes_the_same_bytes() -> None:
    assert _workbook(through_one_cell=True) == _workbook(through_one_cell=False)


def test_every_cell_of_the_range_shows_the_style() -> None:
    sheet = load_workbook(io.BytesIO(_workbook(through_one_cell=True))).active
    assert sheet is not None
    assert [(c.alignment.wrap_text, c.alignment.vertical) for row in sheet.iter_rows() for c in row] == [
        (True, "top")] * 15
    assert [(c.protection.locked, c.fill.fgColor.rgb) for c in sheet["C"]] == [
        (True, "00000000"), *[(False, "00FFF7D6")] * 4]
    assert [(c.protection.locked, c.fill.fill_type) for c in sheet["B"]] == [(True, None)] * 5

"""Styling many openpyxl cells alike, fast, for the workbooks the site publishes (questionnaires, comparisons).

Assigning a style to a cell makes openpyxl hash the style object to find it in the workbook's style tables: at
tens of thousands of cells that was a third of a workbook's time after a cleared cache. Styling one cell and
giving the others its style indexes writes exactly the same workbook.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy

from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

WRAP = Alignment(wrap_text=True, vertical="top")


def style_like(model: Cell | MergedCell, cells: Sequence[Cell | MergedCell]) -> None:
    """Give `cells`, which were styled like `model` before its last change, the style of `model` now: the same
    indexes into the workbook's style tables that assigning the same style objects one by one would give."""
    style = model._style  # type: ignore[union-attr]  # openpyxl's style array; its stubs leave it out
    for cell in cells:
        cell._style = copy(style)  # type: ignore[union-attr]


def wrapped_text(sheet: Worksheet) -> None:
    """Every cell of the sheet is text (a value starting with '=' never becomes a formula), wrapped at the top of
    its row."""
    cells = [cell for row in sheet.iter_rows() for cell in row]
    for cell in cells:
        cell.data_type = "s"
    if cells:
        cells[0].alignment = WRAP
        style_like(cells[0], cells[1:])

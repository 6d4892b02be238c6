"""The comparison as a file for a meeting: Markdown, CSV (Excel-friendly) or XLSX."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from generator.compare.formats import FORMATS, ExportFormat
from generator.compare.model import Comparison
from generator.compare.tables import Cell, Table, comparison_tables
from generator.messages import message
from generator.render.environment import create_environment
from generator.render.xlsx_styles import wrapped_text

__all__ = ["FORMATS", "ExportFormat", "export"]

# A spreadsheet runs a cell that starts with one of these as a formula; model text is untrusted.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_COLUMN_WIDTH = {1: 34, 0: 42}  # first column (labels) vs. the rest, in characters
# The site publishes the workbook; it must not change unless the comparison does (openpyxl stamps "now").
_FIXED_TIME = dt.datetime(2000, 1, 1)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_MODIFIED = re.compile(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>")


def export(comparison: Comparison, fmt: ExportFormat, *, separator: str = ",") -> bytes:
    if fmt == "md":
        return to_markdown(comparison).encode("utf-8")
    if fmt == "csv":
        return to_csv(comparison, separator=separator)
    return to_xlsx(comparison)


def to_markdown(comparison: Comparison) -> str:
    template = create_environment().get_template("comparison_export.md.jinja")
    return template.render(c=comparison, tables=comparison_tables(comparison))


def to_csv(comparison: Comparison, *, separator: str = ",") -> bytes:
    """UTF-8 with a byte-order mark, so Excel shows ä/ö/å; the tables one after another."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow([_neutralised(message("compare.export_title", service=comparison.service_name))])
    for table in comparison_tables(comparison):
        writer.writerow([])
        writer.writerow([_neutralised(table.title)])
        writer.writerow([_neutralised(name) for name in table.header])  # region names are model text too
        writer.writerows([_neutralised(_joined(cell)) for cell in row] for row in table.rows)
        if not table.rows:
            writer.writerow([_neutralised(table.empty)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(comparison: Comparison) -> bytes:
    """One sheet per table; header row (and label columns) frozen, every cell wrapped."""
    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for table in comparison_tables(comparison):
        _fill_sheet(workbook.create_sheet(table.title[:31]), table)
    workbook.properties.created = _FIXED_TIME
    workbook.properties.creator = "Polku"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _reproducible_zip(buffer.getvalue())


def _reproducible_zip(data: bytes) -> bytes:
    """The same entries with a fixed modification date and fixed zip entry times."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _MODIFIED.sub(rb"<dcterms:modified\1>2000-01-01T00:00:00Z</dcterms:modified>", body)
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type, entry.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            target.writestr(entry, body)
    return out.getvalue()


def _fill_sheet(sheet: Worksheet, table: Table) -> None:
    sheet.append(list(table.header))
    for row in table.rows:
        sheet.append([_joined(cell) for cell in row])
    if not table.rows:
        sheet.append([table.empty])
    for cells in sheet.iter_rows():
        for cell in cells:
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", str(cell.value or ""))
    wrapped_text(sheet)  # text stays text: a value starting with '=' must never become a formula
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index in range(1, len(table.header) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = _COLUMN_WIDTH.get(index, _COLUMN_WIDTH[0])
    sheet.freeze_panes = sheet.cell(row=2, column=table.key_columns + 1).coordinate


def _joined(cell: Cell) -> str:
    return "\n".join(cell)


def _neutralised(text: str) -> str:
    return f"'{text}" if text.startswith(_FORMULA_START) else text

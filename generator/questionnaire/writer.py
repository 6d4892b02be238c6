"""Questionnaire → XLSX bytes: a guide, per region a questions and a responsibilities sheet, roles for the drop-downs.

Locked cells (ids, current values) sit on protected sheets; fill-in cells are unlocked and tinted. Every
text is written as text (never a formula), and the bytes are the same for the same models.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator, Sequence
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, MergedCell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from generator.messages import message
from generator.questionnaire import layout
from generator.questionnaire.content import Questionnaire, RegionPart
from generator.questionnaire.package import normalised
from generator.render.xlsx_styles import WRAP, style_like, wrapped_text

_FILL_IN = PatternFill("solid", fgColor="FFF7D6")
_LOCKED = PatternFill("solid", fgColor="EDEDED")
_LINE_HEIGHT = 15  # points per wrapped line at the default 11 pt font


def to_xlsx(questionnaire: Questionnaire) -> bytes:
    workbook = Workbook()
    guide = workbook.active
    assert guide is not None
    guide.title = layout.shared_sheet(layout.GUIDE)
    record = _Record()
    several = len(questionnaire.regions) > 1
    names = _sheet_names(questionnaire.regions, several)
    _guide(guide, questionnaire, several, names)
    role_range = _roles_sheet(workbook, questionnaire, record)
    for part, (questions_name, steps_name) in zip(questionnaire.regions, names, strict=True):
        _questions(workbook.create_sheet(questions_name), questionnaire.service_name, part, role_range, record)
        _responsibilities(workbook.create_sheet(steps_name), questionnaire.service_name, part, role_range, record)
        record.region(part.region_id, questions_name, steps_name)
    record.write(workbook.create_sheet(layout.RECORD_SHEET), questionnaire.service_id)
    workbook.properties.creator = workbook.properties.lastModifiedBy = "Polku"
    workbook.properties.title = message("questionnaire.workbook_title", service=questionnaire.service_name)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalised(buffer.getvalue())


class _Record:
    """What was sent: the regions with their sheet names and every locked cell's value (the `_pohja` sheet)."""

    def __init__(self) -> None:
        self.regions: list[tuple[str, str, str]] = []
        # (sheet, row) → the locked cells' values from column A on (locked cells come before fill-in cells)
        self.rows: dict[tuple[str, int], list[str]] = {}

    def region(self, region_id: str, questions: str, steps: str) -> None:
        self.regions.append((region_id, questions, steps))

    def locked(self, sheet: Worksheet, cell: Cell | MergedCell) -> None:
        values = self.rows.setdefault((sheet.title, int(cell.row or 0)), [])
        assert int(cell.column or 0) == len(values) + 1, "locked cells must be contiguous from column A"
        values.append(str(cell.value or ""))

    def write(self, sheet: Worksheet, service_id: str) -> None:
        """One record row per sheet row (not per cell): the record is most of a workbook's cells otherwise."""
        rows: list[Sequence[str]] = [(layout.MARKER, layout.FORMAT_VERSION), ("palvelu", service_id)]
        rows += [("alue", *region) for region in self.regions]
        rows += [("rivi", name, str(row), str(len(values)), *values) for (name, row), values in self.rows.items()]
        for row in rows:
            sheet.append([_text(value) for value in row])
        for cells in sheet.iter_rows():
            for cell in cells:
                cell.data_type = "s"
        sheet.sheet_state = "veryHidden"
        sheet.protection.sheet = True


def _sheet_names(parts: Sequence[RegionPart], several: bool) -> list[tuple[str, str]]:
    taken = {layout.shared_sheet(layout.GUIDE), layout.shared_sheet(layout.ROLES), layout.RECORD_SHEET}
    out = []
    for part in parts:
        pair = []
        for kind in (layout.QUESTIONS, layout.RESPONSIBILITIES):
            name, n = layout.sheet_name(kind, part.region_name, several), 2
            while name in taken:
                name, n = f"{layout.sheet_name(kind, part.region_name, several)[:27]} {n}", n + 1
            taken.add(name)
            pair.append(name)
        out.append((pair[0], pair[1]))
    return out


@cache  # one compiled guide template per process, not one per workbook
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("generator.questionnaire", "templates"), autoescape=False,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals["msg"] = message
    return env


def _guide(sheet: Worksheet, q: Questionnaire, several: bool, names: list[tuple[str, str]]) -> None:
    sheets = [(part.region_name, *pair) for part, pair in zip(q.regions, names, strict=True)]
    text = _environment().get_template("ohje.txt.jinja").render(q=q, several=several, sheets=sheets)
    sheet.column_dimensions["A"].width = 110
    for line in text.splitlines():
        heading = line.startswith("# ")
        sheet.append([_text(line.removeprefix("# "))])
        cell = sheet.cell(row=sheet.max_row, column=1)
        cell.data_type, cell.alignment = "s", WRAP
        if heading:
            cell.font = Font(bold=True, size=14 if sheet.max_row == 1 else 12)
    _fit_rows(sheet, {"A": 110})
    _print_setup(sheet)
    sheet.protection.sheet = True


def _roles_sheet(workbook: Workbook, q: Questionnaire, record: _Record) -> str:
    name = layout.shared_sheet(layout.ROLES)
    sheet = workbook.create_sheet(name)
    header = tuple(message(f"questionnaire.roles_column.{key}") for key in ("role", "kind", "description"))
    rows = [header] + [(r.name, r.kind, r.description) for r in q.roles]
    for row in rows:
        sheet.append([_text(v) for v in row])
    wrapped_text(sheet)
    for cells in sheet.iter_rows():
        for cell in cells:
            record.locked(sheet, cell)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = {"A": 30, "B": 16, "C": 80}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    _fit_rows(sheet, widths)
    _print_setup(sheet)
    _protect(sheet)
    return f"'{name}'!$A$2:$A${len(rows)}"


def _questions(sheet: Worksheet, service: str, part: RegionPart, roles: str, record: _Record) -> None:
    rows = [(r.id, r.phase, r.text, r.current_answer, r.current_roles, "", "", "", "") for r in part.questions]
    heading = message("questionnaire.heading.questions", service=service, region=part.region_name)
    _table(sheet, heading, layout.QUESTION_COLUMNS, rows, record)
    if rows:
        last = layout.FIRST_DATA_ROW + len(rows) - 1
        _role_choice(sheet, f"{layout.Q_ROLE}{layout.FIRST_DATA_ROW}:{layout.Q_ROLE2}{last}", roles)


def _responsibilities(sheet: Worksheet, service: str, part: RegionPart, roles: str, record: _Record) -> None:
    rows = [(s.process_id, s.step_id, s.phase, s.title, s.current_role, "", "") for s in part.steps]
    key = "responsibilities" if part.process_ids else "responsibilities_no_model"
    heading = message(f"questionnaire.heading.{key}", service=service, region=part.region_name)
    _table(sheet, heading, layout.RESPONSIBILITY_COLUMNS, rows, record)
    if rows:
        last = layout.FIRST_DATA_ROW + len(rows) - 1
        _role_choice(sheet, f"{layout.R_ROLE}{layout.FIRST_DATA_ROW}:{layout.R_ROLE}{last}", roles)


def _table(sheet: Worksheet, title: str, columns: Sequence[layout.Column], rows: Sequence[Sequence[str]],
           record: _Record) -> None:
    sheet.append([_text(title)])
    sheet.append([c.header for c in columns])
    for row in rows:
        sheet.append([_text(v) for v in row])
    wrapped_text(sheet)
    sheet["A1"].font, sheet["A1"].alignment = Font(bold=True, size=12), Alignment(vertical="top")  # runs on
    for column in columns:
        sheet.column_dimensions[column.letter].width = column.width
        sheet[f"{column.letter}{layout.HEADER_ROW}"].font = Font(bold=True)
        column_cells = list(_column_cells(sheet, column.letter, len(rows)))
        if column_cells:
            first = column_cells[0]
            if column.fill_in:
                first.protection, first.fill = Protection(locked=False), _FILL_IN
            else:
                first.fill = _LOCKED
            style_like(first, column_cells[1:])
    for cells in sheet.iter_rows(max_row=layout.HEADER_ROW + len(rows)):
        for cell in cells:
            if cell.protection.locked:
                record.locked(sheet, cell)
    sheet.freeze_panes = f"B{layout.FIRST_DATA_ROW}"
    _fit_rows(sheet, {c.letter: c.width for c in columns}, skip_first=True)
    _print_setup(sheet)
    sheet.print_title_rows = f"{layout.HEADER_ROW}:{layout.HEADER_ROW}"
    _protect(sheet)


def _column_cells(sheet: Worksheet, letter: str, count: int) -> Iterator[Cell]:
    for row in range(layout.FIRST_DATA_ROW, layout.FIRST_DATA_ROW + count):
        yield sheet[f"{letter}{row}"]


def _role_choice(sheet: Worksheet, cells: str, roles: str) -> None:
    choice = DataValidation(type="list", formula1=roles, allow_blank=True)
    choice.errorTitle = message("questionnaire.role_choice.error_title")
    choice.error = message("questionnaire.role_choice.error")
    choice.promptTitle = message("questionnaire.role_choice.prompt_title")
    choice.prompt = message("questionnaire.role_choice.prompt")
    choice.showErrorMessage = choice.showInputMessage = True
    sheet.add_data_validation(choice)
    choice.add(cells)


def _fit_rows(sheet: Worksheet, widths: dict[str, int], *, skip_first: bool = False) -> None:
    """Row heights for the wrapped text: spreadsheet programs do not always grow rows on opening (LibreOffice
    converting to PDF does not), and overlapping lines would hide the questions."""
    for index, cells in enumerate(sheet.iter_rows(min_row=2 if skip_first else 1), start=2 if skip_first else 1):
        lines = max((_lines(str(c.value or ""), widths.get(get_column_letter(n), 10))
                     for n, c in enumerate(cells, start=1)), default=1)
        if lines > 1:
            sheet.row_dimensions[index].height = lines * _LINE_HEIGHT


def _lines(text: str, width: int) -> int:
    # a column width counts average characters; wrapped Finnish text fits about 1.1 per unit
    per_line = max(1, int(width * 1.1))
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def _print_setup(sheet: Worksheet) -> None:
    """A4 landscape, one page wide: the questionnaire is also printed for meetings."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def _protect(sheet: Worksheet) -> None:
    """Locked cells cannot be edited; column widths and row heights can (long answers need room)."""
    sheet.protection.sheet = True
    sheet.protection.formatColumns = sheet.protection.formatRows = False


def _text(value: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", value)

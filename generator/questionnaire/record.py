"""The hidden `_pohja` sheet read back: which service and regions were asked, and every locked cell."""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from generator.questionnaire import layout
from generator.questionnaire.reader import WorkbookData


@dataclass(frozen=True, slots=True)
class SentRegion:
    region_id: str
    questions_sheet: str
    responsibilities_sheet: str


@dataclass(frozen=True, slots=True)
class SentRecord:
    service_id: str
    regions: tuple[SentRegion, ...]
    cells: dict[tuple[str, str], str]  # (sheet, coordinate) → value when sent

    def data_rows(self, sheet: str) -> list[int]:
        """Row numbers that were sent with an id in column A (the data rows of a table)."""
        return sorted(int(coord[1:]) for (name, coord), value in self.cells.items()
                      if name == sheet and coord[0] == "A" and coord[1:].isdigit()
                      and int(coord[1:]) >= layout.FIRST_DATA_ROW and value)


def read_record(workbook: WorkbookData) -> SentRecord | None:
    """None when the workbook was not made by `polku kysely` (or its record was tampered with)."""
    sheet = workbook.sheet(layout.RECORD_SHEET)
    if sheet is None or not sheet.rows:
        return None
    rows = [[c.text for c in row] for row in sheet.rows]
    if rows[0][:2] != [layout.MARKER, layout.FORMAT_VERSION] or len(rows) < 2 or rows[1][:1] != ["palvelu"]:
        return None
    regions, cells = [], {}
    for row in rows[2:]:
        padded = [*row, "", "", ""]
        if padded[0] == "alue":
            regions.append(SentRegion(padded[1], padded[2], padded[3]))
        elif padded[0] == "rivi" and padded[2].isdigit() and padded[3].isdigit():
            for column, value in enumerate(row[4:4 + int(padded[3])], start=1):
                cells[(padded[1], f"{get_column_letter(column)}{padded[2]}")] = value
        else:
            return None
    service = rows[1][1] if len(rows[1]) > 1 else ""
    return SentRecord(service, tuple(regions), cells) if service and regions else None

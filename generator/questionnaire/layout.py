"""The workbook's fixed shape, shared by the writer and the reader: sheet names, columns, rows.

The reader trusts nothing in a returned workbook except this layout; the hidden sheet `_pohja`
records what was sent (service, regions, sheet names, every locked cell) so edits to locked cells can be
found. The visible names and headers are interface text from the message catalogue: a workbook is read back
against its own record, so changing them does not stop the import of questionnaires already sent. The record's
own vocabulary (`_pohja`, `polku-kysely`, `palvelu`, `alue`, `rivi`) is file format and stays fixed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.messages import message

FORMAT_VERSION = "1"
MARKER = "polku-kysely"
RECORD_SHEET = "_pohja"
# Sheet kinds: the region's two sheets (`sheet_name`) and the shared ones (`shared_sheet`).
GUIDE, ROLES, QUESTIONS, RESPONSIBILITIES = "guide", "roles", "questions", "responsibilities"
TITLE_ROW = 1
HEADER_ROW = 2
FIRST_DATA_ROW = 3
MAX_SHEET_NAME = 31
# Characters Excel does not allow in a sheet name.
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\']")


@dataclass(frozen=True, slots=True)
class Column:
    letter: str
    key: str  # the header's message id is `questionnaire.column.<key>`
    width: int
    fill_in: bool  # an unlocked cell the region writes into

    @property
    def header(self) -> str:
        return message(f"questionnaire.column.{self.key}")


QUESTION_COLUMNS: tuple[Column, ...] = (
    Column("A", "id", 20, False),
    Column("B", "phase", 16, False),
    Column("C", "question", 40, False),
    Column("D", "current_answer", 40, False),
    Column("E", "current_roles", 18, False),
    Column("F", "answer", 44, True),
    Column("G", "role", 20, True),
    Column("H", "second_role", 20, True),
    Column("I", "note", 26, True),
)
RESPONSIBILITY_COLUMNS: tuple[Column, ...] = (
    Column("A", "process", 26, False),
    Column("B", "step_id", 24, False),
    Column("C", "service_phase", 18, False),
    Column("D", "step", 40, False),
    Column("E", "current_responsible", 24, False),
    Column("F", "responsible", 26, True),
    Column("G", "note", 30, True),
)
# Fill-in columns by meaning, so the reader and importer never use bare letters.
Q_ID, Q_ANSWER, Q_ROLE, Q_ROLE2, Q_NOTE = "A", "F", "G", "H", "I"
R_PROCESS, R_STEP, R_ROLE, R_NOTE = "A", "B", "F", "G"


def columns_of(kind: str) -> tuple[Column, ...]:
    return QUESTION_COLUMNS if kind == QUESTIONS else RESPONSIBILITY_COLUMNS


def shared_sheet(kind: str) -> str:
    """The name of a sheet every workbook has once: 'Ohje' (GUIDE) or 'Roolit' (ROLES)."""
    return message(f"questionnaire.sheet.{kind}")


def sheet_name(kind: str, region_name: str, several: bool) -> str:
    """'Kysymykset' for one region; 'Kysymykset – Satakunta' (cut to Excel's 31 characters) for several."""
    name = message(f"questionnaire.sheet.{kind}")
    if not several:
        return name
    clean = _SHEET_NAME_FORBIDDEN.sub("", " ".join(region_name.split()))
    return message("questionnaire.sheet.for_region", sheet=name, region=clean)[:MAX_SHEET_NAME].rstrip(" –")

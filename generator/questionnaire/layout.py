"""The workbook's fixed shape, shared by the writer and the reader: sheet names, columns, rows.

The reader trusts nothing in a returned workbook except this layout; the hidden sheet `_pohja`
records what was sent (service, regions, every locked cell) so edits to locked cells can be found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FORMAT_VERSION = "1"
MARKER = "polku-kysely"
GUIDE_SHEET = "Ohje"
ROLES_SHEET = "Roolit"
RECORD_SHEET = "_pohja"
QUESTIONS = "Kysymykset"
RESPONSIBILITIES = "Vastuut"
TITLE_ROW = 1
HEADER_ROW = 2
FIRST_DATA_ROW = 3
MAX_SHEET_NAME = 31
# Characters Excel does not allow in a sheet name.
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\']")


@dataclass(frozen=True, slots=True)
class Column:
    letter: str
    header: str
    width: int
    fill_in: bool  # an unlocked cell the region writes into


QUESTION_COLUMNS: tuple[Column, ...] = (
    Column("A", "Tunniste", 20, False),
    Column("B", "Vaihe", 16, False),
    Column("C", "Kysymys", 40, False),
    Column("D", "Nykyinen vastaus", 40, False),
    Column("E", "Nykyiset roolit", 18, False),
    Column("F", "Vastaus", 44, True),
    Column("G", "Rooli", 20, True),
    Column("H", "Toinen rooli", 20, True),
    Column("I", "Lähde tai huomio", 26, True),
)
RESPONSIBILITY_COLUMNS: tuple[Column, ...] = (
    Column("A", "Kuvaus", 26, False),
    Column("B", "Vaiheen tunniste", 24, False),
    Column("C", "Palvelun vaihe", 18, False),
    Column("D", "Vaihe", 40, False),
    Column("E", "Nykyinen vastuurooli", 24, False),
    Column("F", "Vastuurooli", 26, True),
    Column("G", "Lähde tai huomio", 30, True),
)
# Fill-in columns by meaning, so the reader and importer never use bare letters.
Q_ID, Q_ANSWER, Q_ROLE, Q_ROLE2, Q_NOTE = "A", "F", "G", "H", "I"
R_PROCESS, R_STEP, R_ROLE, R_NOTE = "A", "B", "F", "G"


def columns_of(kind: str) -> tuple[Column, ...]:
    return QUESTION_COLUMNS if kind == QUESTIONS else RESPONSIBILITY_COLUMNS


def sheet_name(kind: str, region_name: str, several: bool) -> str:
    """'Kysymykset' for one region; 'Kysymykset – Satakunta' (cut to Excel's 31 characters) for several."""
    if not several:
        return kind
    clean = _SHEET_NAME_FORBIDDEN.sub("", " ".join(region_name.split()))
    return f"{kind} – {clean}"[:MAX_SHEET_NAME].rstrip(" –")

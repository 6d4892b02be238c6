"""Checks of one filled-in cell: formulas, control characters, length, and the validator's own
text-safety and personal-data rules (generator.validate.text_safety.scan), so a cell is held to the
same standard as model text."""

from __future__ import annotations

import re

from generator import codes
from generator.questionnaire.problems import WorkbookProblem, problem
from generator.questionnaire.reader import CellValue
from generator.validate.text_safety import scan

MAX_CELL_CHARS = 3_000
# A spreadsheet starts a formula with these (and Excel also after leading spaces or a tab).
FORMULA_START = ("=", "+", "-", "@")
# YAML's non-printable characters (as generator.load refuses in a model file), minus CR: a cell's line breaks
# arrive as CR LF from some spreadsheet programs and are normalised by `clean`.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")


def clean(text: str) -> str:
    """Line breaks as '\\n', no trailing spaces: how a cell's text is compared and written."""
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")).strip()


def check_cell(cell: CellValue, file: str, sheet: str) -> list[WorkbookProblem]:
    """Every problem of one cell; an empty cell has none."""
    at = {"file": file, "sheet": sheet, "cell": cell.coordinate}
    if cell.formula:
        return [problem(codes.T009, **at, snippet=cell.text[:40])]
    text = cell.text
    stripped = text.lstrip(" \t")
    if stripped.startswith(FORMULA_START):
        return [problem(codes.T010, **at, char=stripped[0])]
    control = _CONTROL.search(text.replace("\r", ""))
    if control is not None:
        return [problem(codes.T013, **at, codepoint=f"{ord(control.group()):04X}")]
    out = []
    if len(text) > MAX_CELL_CHARS:
        out.append(problem(codes.T012, **at, length=len(text), limit=MAX_CELL_CHARS))
    seen: set[str] = set()
    for finding in scan(clean(text)):
        if finding.code.id not in seen:
            seen.add(finding.code.id)
            out.append(problem(finding.code, **at, **finding.params))
    return out

"""A problem in a returned workbook: the registry's code and Finnish text, placed at Sheet!Cell."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.codes import Code
from generator.messages import message, plural


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkbookProblem:
    file: str
    sheet: str  # '' when the problem is about the whole file
    cell: str  # '' when the problem is about a whole sheet
    code: str
    message: str
    hint: str

    @property
    def place(self) -> str:
        if not self.sheet:
            return self.file
        return f"{self.file}:{self.sheet}!{self.cell}" if self.cell else f"{self.file}:{self.sheet}"

    def sort_key(self) -> tuple[str, int, str, str]:
        column = "".join(ch for ch in self.cell if ch.isalpha())
        row = int("".join(ch for ch in self.cell if ch.isdigit()) or 0)
        return (self.sheet, row, column, self.code)


def problem(spec: Code, file: str, sheet: str = "", cell: str = "", **params: object) -> WorkbookProblem:
    """A problem for a registered code (a constant in generator.codes)."""
    return WorkbookProblem(file=file, sheet=sheet, cell=cell, code=spec.id,
                           message=spec.message.format(**params), hint=spec.hint.format(**params))


def format_problems(problems: Sequence[WorkbookProblem]) -> str:
    lines = []
    for p in problems:
        lines.append(message("questionnaire.problems.line", place=p.place, message=p.message, code=p.code))
        lines.append("    " + message("questionnaire.problems.fix", hint=p.hint))
    lines.append(plural("questionnaire.problems.summary", len(problems)))
    return "\n".join(lines) + "\n"

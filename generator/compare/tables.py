"""Comparison → plain-text tables, the shared shape of the Markdown, CSV and XLSX exports.

A cell is a tuple of lines; each format joins them its own way (line break in a spreadsheet cell,
<br> in Markdown). Texts are unescaped here: the writers escape for their format.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.compare.model import (
    AnswerEntry,
    Comparison,
    Coverage,
    RegionColumn,
    RoleRef,
    StepEntry,
    TaskCell,
    UsageRow,
)
from generator.messages import message

Cell = tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Table:
    """`key_columns` leading columns label the row; a spreadsheet freezes them with the header."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    empty: str = ""
    key_columns: int = 1


def _heading(table: str, *columns: str) -> tuple[str, ...]:
    return tuple(message(f"compare.table.{table}.{column}") for column in columns)


def _titled(table: str, header: tuple[str, ...], rows: tuple[tuple[Cell, ...], ...], key_columns: int = 1) -> Table:
    return Table(title=message(f"compare.table.{table}.title"), header=header, rows=rows,
                 empty=message(f"compare.table.{table}.empty"), key_columns=key_columns)


def comparison_tables(c: Comparison) -> tuple[Table, ...]:
    names = tuple(r.name for r in c.regions)
    return (
        _titled("coverage", _heading("coverage", "region", "organiser", "updated", "models", "questions_answered",
                                     "phases_covered", "steps_without_role"),
                tuple(_coverage_row(r) for r in c.regions)),
        _titled("phases", (*_heading("phases", "phase"), *names),
                tuple(((p.name,), *(_steps(cell) for cell in p.cells)) for p in c.phases)),
        _titled("questions", (*_heading("questions", "question", "phase"), *names), key_columns=2,
                rows=tuple(((q.text,), (q.phase_name,),
                            *(_answers(cell, r) for cell, r in zip(q.cells, c.regions, strict=True)))
                           for q in c.questions)),
        _titled("tasks", (*_heading("tasks", "task", "phase", "difference"), *names), key_columns=2,
                rows=tuple(((task.name,), (task.phase_name,), (task.marker.label,) if task.marker else (),
                            *(_task(cell) for cell in task.cells))
                           for task in c.tasks)),
        _titled("legal_bases", (*_heading("legal_bases", "legal_basis"), *names), _usage(c.legal_bases)),
        _titled("forms", (*_heading("forms", "form"), *names), _usage(c.forms)),
    )


def coverage_texts(coverage: Coverage) -> tuple[str, str, str]:
    """'7/24', '5/5', '15': answered questions, covered phases, steps without a responsible role."""
    return (f"{coverage.questions_answered}/{coverage.questions_total}",
            f"{coverage.phases_covered}/{coverage.phases_total}",
            str(coverage.steps_without_role))


def _not_described() -> Cell:
    return (message("compare.cell.not_described"),)


def _none() -> str:
    return message("compare.cell.none")


def _coverage_row(region: RegionColumn) -> tuple[Cell, ...]:
    models = tuple(m.title for m in region.models) or (message("compare.cell.no_description"),)
    answered, phases, unassigned = coverage_texts(region.coverage)
    organiser = region.organiser or message("compare.cell.organiser_unknown")
    return ((region.name,), (organiser,), (shown_date(region.updated),), models,
            (answered,), (phases,), (unassigned if region.described else _none(),))


def shown_date(day: dt.date | None) -> str:
    return message("compare.cell.date", day=day.day, month=day.month, year=day.year) if day else _none()


def step_text(step: StepEntry) -> str:
    if step.responsible:
        return message("compare.cell.step_with_role", step=step.title, role=step.responsible.name)
    return message("compare.cell.step_without_role", step=step.title)


def _steps(cell: tuple[StepEntry, ...]) -> Cell:
    return tuple(step_text(s) for s in cell) or _not_described()


def _roles(roles: tuple[RoleRef, ...]) -> str:
    return ", ".join(r.name for r in roles)


def _answer_line(answer: AnswerEntry, model: str | None) -> str:
    """The answer, the model it comes from (when the region has several) and the roles it names."""
    roles = _roles(answer.roles)
    if model is None:
        return message("compare.cell.answer_with_roles", answer=answer.text, roles=roles) if roles else answer.text
    if roles:
        return message("compare.cell.answer_in_model_with_roles", model=model, answer=answer.text, roles=roles)
    return message("compare.cell.answer_in_model", model=model, answer=answer.text)


def _answers(cell: tuple[AnswerEntry, ...], region: RegionColumn) -> Cell:
    titles = {m.id: m.title for m in region.models}
    lines = [_answer_line(answer, titles[answer.process_id] if len(titles) > 1 else None) for answer in cell]
    return tuple(lines) or _not_described()


def _task(cell: TaskCell) -> Cell:
    lines = [_roles(cell.roles)] if cell.roles else []
    lines += [message("compare.cell.task_step_without_role", step=s.title) for s in cell.unassigned]
    return tuple(lines) or _not_described()


def _usage(rows: tuple[UsageRow, ...]) -> tuple[tuple[Cell, ...], ...]:
    return tuple(((row.label,), *(tuple(s.title for s in cell) or (_none(),) for cell in row.cells))
                 for row in rows)

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

Cell = tuple[str, ...]
NOT_DESCRIBED = "ei kuvattu"
ROLE_MISSING = "vastuutaho puuttuu"
NOT_USED = "–"


@dataclass(frozen=True, slots=True, kw_only=True)
class Table:
    """`key_columns` leading columns label the row; a spreadsheet freezes them with the header."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    empty: str = ""
    key_columns: int = 1


def comparison_tables(c: Comparison) -> tuple[Table, ...]:
    names = tuple(r.name for r in c.regions)
    return (
        Table(title="Kattavuus", header=("Alue", "Järjestäjä", "Kuvaus päivitetty", "Kuvaukset",
                                         "Kysymyksiin vastattu", "Vaiheita kuvattu", "Vaiheita ilman vastuutahoa"),
              rows=tuple(_coverage_row(r) for r in c.regions), empty="Vertailtavia alueita ei ole."),
        Table(title="Vaiheet", header=("Vaihe", *names),
              rows=tuple(((p.name,), *(_steps(cell) for cell in p.cells)) for p in c.phases),
              empty="Palvelulle ei ole määritelty vaiheita."),
        Table(title="Kysymykset", header=("Kysymys", "Vaihe", *names), key_columns=2,
              rows=tuple(((q.text,), (q.phase_name,), *(_answers(cell, r) for cell, r in zip(q.cells, c.regions,
                                                                                             strict=True)))
                         for q in c.questions),
              empty="Palvelulle ei ole määritelty kysymyksiä."),
        Table(title="Kuka tekee mitä", header=("Tehtävä", "Vaihe", "Ero", *names), key_columns=2,
              rows=tuple(((task.name,), (task.phase_name,), (task.marker.label,) if task.marker else (),
                          *(_task(cell) for cell in task.cells))
                         for task in c.tasks),
              empty="Palvelulle ei ole määritelty tehtäviä."),
        Table(title="Säädösperusteet", header=("Säädösperuste", *names), rows=_usage(c.legal_bases),
              empty="Vertailtujen alueiden vaiheisiin ei ole kirjattu säädösperusteita."),
        Table(title="Lomakkeet", header=("Lomake", *names), rows=_usage(c.forms),
              empty="Vertailtujen alueiden vaiheisiin ei ole kirjattu lomakkeita."),
    )


def coverage_texts(coverage: Coverage) -> tuple[str, str, str]:
    """'7/24', '5/5', '15': answered questions, covered phases, steps without a responsible role."""
    return (f"{coverage.questions_answered}/{coverage.questions_total}",
            f"{coverage.phases_covered}/{coverage.phases_total}",
            str(coverage.steps_without_role))


def _coverage_row(region: RegionColumn) -> tuple[Cell, ...]:
    models = tuple(m.title for m in region.models) or ("ei kuvausta tästä palvelusta",)
    answered, phases, unassigned = coverage_texts(region.coverage)
    return ((region.name,), (region.organiser or "ei tiedossa",), (finnish_date(region.updated),), models,
            (answered,), (phases,), (unassigned if region.described else NOT_USED,))


def finnish_date(day: dt.date | None) -> str:
    return f"{day.day}.{day.month}.{day.year}" if day else NOT_USED


def step_text(step: StepEntry) -> str:
    return f"{step.title} – {step.responsible.name if step.responsible else ROLE_MISSING}"


def _steps(cell: tuple[StepEntry, ...]) -> Cell:
    return tuple(step_text(s) for s in cell) or (NOT_DESCRIBED,)


def _roles(roles: tuple[RoleRef, ...]) -> str:
    return ", ".join(r.name for r in roles)


def _answers(cell: tuple[AnswerEntry, ...], region: RegionColumn) -> Cell:
    titles = {m.id: m.title for m in region.models}
    lines = []
    for answer in cell:
        prefix = f"{titles[answer.process_id]}: " if len(titles) > 1 else ""
        roles = f" ({_roles(answer.roles)})" if answer.roles else ""
        lines.append(f"{prefix}{answer.text}{roles}")
    return tuple(lines) or (NOT_DESCRIBED,)


def _task(cell: TaskCell) -> Cell:
    lines = [_roles(cell.roles)] if cell.roles else []
    lines += [f"{s.title}: {ROLE_MISSING}" for s in cell.unassigned]
    return tuple(lines) or (NOT_DESCRIBED,)


def _usage(rows: tuple[UsageRow, ...]) -> tuple[tuple[Cell, ...], ...]:
    return tuple(((row.label,), *(tuple(s.title for s in cell) or (NOT_USED,) for cell in row.cells))
                 for row in rows)

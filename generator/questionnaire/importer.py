"""`polku tuo` as one function: bytes of a returned workbook → problems, or a validated change set.

    read (package limits, openpyxl read-only) → record (_pohja) → checks (every cell) → plan (no overwrite
    without --korvaa) → text edits → trial on a scratch copy (validate + diff) → write all or nothing
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from generator import codes
from generator.diagnostics import Diagnostic
from generator.diff import DiffReport
from generator.project import Project
from generator.questionnaire.apply import edited_files, trial, write_all
from generator.questionnaire.cells import check_cell
from generator.questionnaire.checks import check_workbook
from generator.questionnaire.package import MAX_PACKAGE_BYTES
from generator.questionnaire.plan import ImportPlan, ImportRefused, plan_import
from generator.questionnaire.problems import WorkbookProblem, problem
from generator.questionnaire.reader import CellValue, WorkbookData, read_workbook
from generator.questionnaire.record import read_record
from generator.questionnaire.source import plan_source
from generator.questionnaire.yaml_text import EditRefused
from generator.render.text import t
from generator.resolve import KnowledgeGraph


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportOptions:
    source_name: str
    dry_run: bool = False
    replace: bool = False
    today: dt.date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportResult:
    problems: tuple[WorkbookProblem, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()  # the edited models did not validate (nothing written)
    report: DiffReport | None = None
    plan: ImportPlan | None = None
    files: tuple[str, ...] = ()
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.diagnostics


def import_workbook(project: Project, graph: KnowledgeGraph, path: Path, options: ImportOptions) -> ImportResult:
    file = path.name
    name_problems = check_cell(CellValue("", options.source_name, False), "--lahde", "")
    size = path.stat().st_size
    if size > MAX_PACKAGE_BYTES:  # not even read into memory
        return ImportResult(problems=(*name_problems, problem(codes.T002, file, size=size, limit=MAX_PACKAGE_BYTES)))
    workbook = read_workbook(path.read_bytes())
    if not isinstance(workbook, WorkbookData):
        return ImportResult(problems=(*name_problems, problem(workbook.code, file, **dict(workbook.params))))
    record = read_record(workbook)
    if record is None:
        return ImportResult(problems=(*name_problems, problem(codes.T003, file)))
    filled, problems = check_workbook(workbook, record, graph, file)
    if problems or name_problems:
        return ImportResult(problems=tuple(name_problems + problems))
    try:
        plan, overwrites = plan_import(graph, record.service_id, filled, file=file, replace=options.replace)
    except ImportRefused as exc:
        return ImportResult(problems=(problem(codes.T015, file, what=record.service_id, target="process_models",
                                              why=str(exc)),))
    if overwrites or plan.empty:
        return ImportResult(problems=tuple(overwrites), plan=plan)
    return _edit_and_write(project, graph, file, plan, options, [r.region_id for r in record.regions])


def _edit_and_write(project: Project, graph: KnowledgeGraph, file: str, plan: ImportPlan, options: ImportOptions,
                    regions: list[str]) -> ImportResult:
    today = (options.today or dt.date.today()).isoformat()
    publisher = ", ".join(t(graph.regions[r].name) for r in regions)
    try:
        source = plan_source(graph, name=options.source_name, date=today, publisher=publisher)
        texts = edited_files(project, graph, plan, source)
    except EditRefused as exc:
        return ImportResult(problems=(problem(codes.T015, file, what=exc.what, target="process_models", why=exc.why),))
    outcome = trial(project, graph, texts, file)
    if outcome.report is None:
        return ImportResult(diagnostics=outcome.diagnostics, plan=plan, files=outcome.files)
    if options.dry_run:
        return ImportResult(report=outcome.report, plan=plan, files=outcome.files)
    failed = write_all(project, texts)
    return ImportResult(diagnostics=tuple(failed), report=outcome.report, plan=plan, files=outcome.files,
                        written=not failed)

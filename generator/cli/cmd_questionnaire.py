"""`polku kysely` (a questionnaire workbook for regions) and `polku tuo` (import a filled one)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator.messages import message
from generator.project import Project
from generator.report import EXIT_ERRORS, EXIT_OK, format_diagnostics

if TYPE_CHECKING:
    from generator.questionnaire.importer import ImportResult
    from generator.resolve import KnowledgeGraph

# The questionnaire code (openpyxl) is imported inside the commands: every `polku` command builds the whole
# parser, and `polku validate` must not pay for it (see commands.py).


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ask = sub.add_parser(
        "kysely", help=message("cli.questionnaire.help"), description=message("cli.questionnaire.description"))
    ask.add_argument("service", metavar=message("cli.metavar.service"), help=message("cli.questionnaire.service_help"))
    ask.add_argument("--region", action="append", required=True, metavar=message("cli.metavar.region"),
                     help=message("cli.questionnaire.region_help"))
    ask.add_argument("--out", type=Path, required=True, metavar=message("cli.metavar.file"),
                     help=message("cli.questionnaire.out_help"))
    ask.set_defaults(run=run_questionnaire)
    bring = sub.add_parser(
        "tuo", help=message("cli.import.help"), description=message("cli.import.description"))
    bring.add_argument("file", type=Path, metavar=message("cli.metavar.file"), help=message("cli.import.file_help"))
    bring.add_argument("--lahde", required=True, metavar=message("cli.metavar.source_name"),
                       help=message("cli.import.source_help"))
    bring.add_argument("--kuiva", action="store_true", help=message("cli.import.dry_run_help"))
    bring.add_argument("--korvaa", action="store_true", help=message("cli.import.replace_help"))
    bring.set_defaults(run=run_import)


def _graph(project: Project, command: str) -> KnowledgeGraph | None:
    from generator.resolve import resolve

    result = project.validate()
    if result.ok:
        return resolve(result.models)
    sys.stdout.write(format_diagnostics(result.diagnostics, "text", files=project.file_count()))
    sys.stderr.write(message("cli.questionnaire.models_broken", command=command) + "\n")
    return None


def run_questionnaire(args: argparse.Namespace) -> int:
    from generator.questionnaire.content import build_questionnaire
    from generator.questionnaire.errors import QuestionnaireError
    from generator.questionnaire.writer import to_xlsx

    project = Project.at(Path(args.root))
    out = args.out.resolve()
    if out.is_relative_to(project.models_dir) or out.is_relative_to(project.root / "content"):
        sys.stderr.write(message("cli.questionnaire.protected_out") + "\n")
        return EXIT_ERRORS
    graph = _graph(project, "kysely")
    if graph is None:
        return EXIT_ERRORS
    try:
        data = to_xlsx(build_questionnaire(graph, args.service, args.region))
        out.write_bytes(data)
    except QuestionnaireError as exc:
        sys.stderr.write(message("cli.questionnaire.failed", error=exc) + "\n")
        return EXIT_ERRORS
    except OSError as exc:
        sys.stderr.write(message("cli.questionnaire.write_failed", path=args.out, error=exc.strerror or exc) + "\n")
        return EXIT_ERRORS
    sys.stdout.write(message("cli.questionnaire.written", path=args.out) + "\n")
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from generator.questionnaire.importer import ImportOptions, import_workbook

    project = Project.at(Path(args.root))
    if not args.file.is_file():
        sys.stderr.write(message("cli.import.no_file", path=args.file) + "\n")
        return EXIT_ERRORS
    if not args.lahde.strip():
        sys.stderr.write(message("cli.import.no_source") + "\n")
        return EXIT_ERRORS
    graph = _graph(project, "tuo")
    if graph is None:
        return EXIT_ERRORS
    options = ImportOptions(source_name=args.lahde, dry_run=args.kuiva, replace=args.korvaa)
    result = import_workbook(project, graph, args.file, options)
    sys.stdout.write(describe(result, project))
    return EXIT_OK if result.ok else EXIT_ERRORS


def describe(result: ImportResult, project: Project) -> str:
    """The Finnish report: problems, or the change list in `polku diff`'s sentences and what was written."""
    from generator.diff.sentences import sentence
    from generator.questionnaire.problems import format_problems

    if result.problems:
        return format_problems(result.problems)
    if result.diagnostics:
        # the edited files first: an error there explains the knock-on errors elsewhere
        edited = [d for d in result.diagnostics if d.file in result.files] or list(result.diagnostics)
        return message("cli.import.would_break") + "\n" + format_diagnostics(edited, "text", files=project.file_count())
    lines = []
    if result.report is None or not result.report.sections:
        lines.append(message("cli.import.no_changes"))
    else:
        lines.append(message("cli.import.changes"))
        for section in result.report.sections:
            lines.append(message("cli.import.section", heading=section.heading, name=section.name))
            lines.extend(message("cli.import.item", text=" ".join(sentence(change).split()))
                         for change in section.changes)
    if result.plan is not None and result.plan.notes:
        lines.append(message("cli.import.notes"))
        lines.extend(message("cli.import.item", text=note) for note in result.plan.notes)
    if result.written:
        lines.append(message("cli.import.written", files=message("cli.import.written_separator").join(result.files)))
        lines.append(message("cli.import.review"))
    elif result.report is not None and result.report.sections:
        lines.append(message("cli.import.dry_run"))
    return "\n".join(lines) + "\n"

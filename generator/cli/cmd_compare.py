"""`polku compare SERVICE`: one service side by side across regions, as Markdown, CSV or XLSX for a meeting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.compare.formats import FORMATS, ExportFormat
from generator.messages import message
from generator.project import Project
from generator.report import EXIT_ERRORS, format_diagnostics

SEPARATORS = {",": ",", ";": ";", "tab": "\t"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "compare", help=message("cli.compare.help"), description=message("cli.compare.description"),
    )
    parser.add_argument("service", metavar=message("cli.metavar.service"), help=message("cli.compare.service_help"))
    parser.add_argument("--regions", metavar=message("cli.metavar.regions"), help=message("cli.compare.regions_help"))
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help=message("cli.compare.format_help"))
    parser.add_argument("--separator", choices=tuple(SEPARATORS), default=",", metavar=message("cli.metavar.separator"),
                        help=message("cli.compare.separator_help"))
    parser.add_argument("--out", type=Path, required=True, metavar=message("cli.metavar.file"),
                        help=message("cli.compare.out_help"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # heavy (openpyxl): imported only when this command runs (commands.py)
    from generator.compare import build_comparison, request_problems
    from generator.compare.export import export
    from generator.compare.select import parse_region_list
    from generator.resolve import resolve

    project = Project.at(Path(args.root))
    fmt = _format(args.format, args.out)
    problem = _output_problem(project, args.out.resolve(), fmt)
    if problem:
        return _fail(problem)
    result = project.validate()
    if not result.ok:
        sys.stdout.write(format_diagnostics(result.diagnostics, "text", files=project.file_count()))
        return _fail(message("cli.compare.models_broken"))
    graph = resolve(result.models)
    regions = parse_region_list(args.regions) if args.regions is not None else None
    problems = request_problems(graph, args.service, regions)
    if problems:
        return _fail("\n".join(problems))
    data = export(build_comparison(graph, args.service, regions), fmt, separator=SEPARATORS[args.separator])
    try:
        args.out.write_bytes(data)
    except OSError as error:
        return _fail(message("cli.compare.write_failed", path=args.out, error=error.strerror or error))
    sys.stdout.write(message("cli.compare.written", path=args.out) + "\n")
    return 0


def _format(requested: str | None, out: Path) -> ExportFormat:
    suffix = out.suffix.lower().lstrip(".")
    for fmt in FORMATS:
        if requested == fmt or (requested is None and suffix == fmt):
            return fmt
    return "md"


def _output_problem(project: Project, out: Path, fmt: ExportFormat) -> str | None:
    if out.is_relative_to(project.models_dir) or out.is_relative_to(project.root / "content"):
        return message("cli.compare.protected_out")
    if not out.parent.is_dir():
        return message("cli.compare.no_folder", folder=out.parent)
    if out.is_dir():
        example = out / message("cli.compare.example_file", format=fmt)
        return message("cli.compare.out_is_folder", path=out, example=example)
    return None


def _fail(error: str) -> int:
    sys.stderr.write(message("cli.compare.failed", error=error) + "\n")
    return EXIT_ERRORS

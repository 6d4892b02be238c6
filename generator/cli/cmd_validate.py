"""`polku validate [PATH…]`: every problem in the models, sorted, in text, GitHub or JSON format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.load.requested import requested_path_problems
from generator.messages import message
from generator.project import Project
from generator.report import EXIT_ERRORS, EXIT_OK, EXIT_WARNINGS, format_diagnostics


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "validate", help=message("cli.validate.help"), description=message("cli.validate.description"),
    )
    parser.add_argument("paths", nargs="*", type=Path,
                        help=message("cli.validate.paths_help"))
    parser.add_argument("--format", choices=("text", "github", "json"), default="text",
                        help=message("cli.validate.format_help"))
    parser.add_argument("--strict", action="store_true", help=message("cli.validate.strict_help"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    project = Project.at(Path(args.root))
    result = project.validate()
    # A path that matches no model file is an error of its own: an empty report must never read "kunnossa".
    wrong_paths = requested_path_problems(args.paths, project.root, project.models_dir)
    diagnostics = wrong_paths + project.only_in(result.diagnostics, args.paths)
    sys.stdout.write(format_diagnostics(diagnostics, args.format, files=project.file_count()))
    if any(d.is_error for d in diagnostics):
        return EXIT_ERRORS
    if args.strict and diagnostics:
        return EXIT_WARNINGS
    return EXIT_OK

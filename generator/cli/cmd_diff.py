"""`polku diff BASE [HEAD]`: what changed in the models, as a pull-request comment or JSON."""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from pathlib import Path

from generator.diff import DiffReport, compare
from generator.diff.diagrams import find_renderer, write_diagrams
from generator.diff.escape import comment_text, fenced
from generator.diff.render import to_json, to_markdown
from generator.diff.sides import Side, SideError, load_side
from generator.messages import message
from generator.project import Project
from generator.report import EXIT_ERRORS, EXIT_OK, format_diagnostics


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "diff", help=message("cli.diff.help"), description=message("cli.diff.description"),
    )
    parser.add_argument("base", help=message("cli.diff.base_help"))
    parser.add_argument("head", nargs="?", default=None,
                        help=message("cli.diff.head_help"))
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown",
                        help=message("cli.diff.format_help"))
    parser.add_argument("--diagrams", type=Path, default=None, metavar=message("cli.metavar.diagrams"),
                        help=message("cli.diff.diagrams_help"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    project = Project.at(Path(args.root))
    with tempfile.TemporaryDirectory(prefix="polku-diff-") as scratch:
        try:
            old = load_side(args.base, project.root, Path(scratch))
            new = load_side(args.head or str(project.root), project.root, Path(scratch))
        except SideError as exc:
            sys.stderr.write(message("cli.diff.failed", error=exc) + "\n")
            return EXIT_ERRORS
    if old.graph is None or new.graph is None:
        return _report_invalid(old, new, markdown=args.format == "markdown")
    report = compare(old.graph, new.graph, base=args.base, head=args.head or message("cli.diff.working_tree"))
    if args.diagrams is not None:
        report = _with_diagrams(report, old, new, args.diagrams, project.root)
    sys.stdout.write(to_json(report) if args.format == "json" else to_markdown(report))
    return EXIT_OK


def _report_invalid(*sides: Side, markdown: bool) -> int:
    """The diagnostics echo model text (a hostile key or value): in a PR comment they go in a code fence."""
    for side in sides:
        if side.graph is None:
            label = comment_text(side.label) if markdown else side.label
            sys.stdout.write(message("cli.diff.invalid_side", label=label) + "\n")
            report = format_diagnostics(list(side.diagnostics), "text", files=side.files)
            sys.stdout.write(fenced(report) if markdown else report)
    return EXIT_ERRORS


def _with_diagrams(report: DiffReport, old: Side, new: Side, out_dir: Path, root: Path) -> DiffReport:
    draw = find_renderer(root)
    if draw is None:
        sys.stderr.write(message("cli.diff.no_renderer") + "\n")
        return report
    assert old.graph is not None and new.graph is not None
    written = write_diagrams(report.sections, old.graph, new.graph, out_dir, draw)
    return dataclasses.replace(report, diagrams=written)

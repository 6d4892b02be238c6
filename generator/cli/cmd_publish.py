"""`polku publish --engine mkdocs|zensical --out DIR`: the finished site from the named engine."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.messages import message
from generator.project import Project
from generator.publish.engine_kind import Engine
from generator.report import EXIT_ERRORS, format_diagnostics


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "publish", help=message("cli.publish.help"), description=message("cli.publish.description"),
    )
    parser.add_argument("--engine", choices=[e.value for e in Engine], default=Engine.MKDOCS.value,
                        help=message("cli.publish.engine_help"))
    parser.add_argument("--out", type=Path, required=True, help=message("cli.publish.out_help"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from generator.publish.engines import publish  # heavy: imported only when this command runs (commands.py)

    project = Project.at(Path(args.root))
    out = args.out.resolve()
    if not project.may_write_output_to(out):
        sys.stderr.write(message("cli.output_refused", command="publish") + "\n")
        return EXIT_ERRORS
    engine = Engine(args.engine)
    outcome = publish(project, engine, out)
    if outcome.build is not None and not outcome.build.ok:
        sys.stdout.write(format_diagnostics(outcome.build.diagnostics, "text", files=project.file_count()))
        return EXIT_ERRORS
    if not outcome.ok:
        sys.stderr.write(message("cli.publish.failed", engine=engine.value, output=outcome.output) + "\n")
        return EXIT_ERRORS
    sys.stdout.write(message("cli.publish.done", engine=engine.value, out=out) + "\n")
    return 0

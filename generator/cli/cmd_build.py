"""`polku build --out DIR`: write the whole docs tree for another engine (e.g. Zensical)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.messages import message
from generator.project import Project
from generator.report import EXIT_ERRORS, format_diagnostics


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "build", help=message("cli.build.help"), description=message("cli.build.description"),
    )
    parser.add_argument("--out", type=Path, required=True, help=message("cli.build.out_help"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here, not at the top: every `polku` command builds the whole parser, and `polku validate`
    # must not pay for the renderers' imports (see commands.py).
    from generator.publish.build import build
    from generator.publish.tree import write_tree

    project = Project.at(Path(args.root))
    out = args.out.resolve()
    if not project.may_write_output_to(out):
        sys.stderr.write(message("cli.output_refused", command="build") + "\n")
        return EXIT_ERRORS
    result = build(project.root, cache_dir=project.cache_dir)
    if not result.ok:
        sys.stdout.write(format_diagnostics(result.diagnostics, "text", files=project.file_count()))
        return EXIT_ERRORS
    count = write_tree(result, project.root / "content", out)
    sys.stdout.write(message("cli.files_written", count=count, out=out) + "\n")
    return 0

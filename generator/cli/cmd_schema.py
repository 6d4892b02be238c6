"""`polku schema`: write the JSON Schemas that give editors completion and hover docs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.messages import message
from generator.project import Project
from generator.schema import write_schemas


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "schema", help=message("cli.schema.help"), description=message("cli.schema.description"),
    )
    parser.add_argument("--out", type=Path, default=None, help=message("cli.schema.out_help"))
    parser.add_argument("--check", action="store_true",
                        help=message("cli.schema.check_help"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    project = Project.at(Path(args.root))
    out = args.out or project.root / "schema"
    stale = write_schemas(out, check_only=args.check)
    for name in stale:
        sys.stdout.write(message("cli.schema.stale" if args.check else "cli.schema.written", path=out / name) + "\n")
    if args.check and stale:
        sys.stdout.write(message("cli.schema.update") + "\n")
        return 1
    return 0

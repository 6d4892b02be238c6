"""The `polku` command line: parses arguments and calls the library; holds no logic of its own."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from generator.cli import commands
from generator.cli.finnish import FinnishArgumentParser
from generator.messages import message


def build_parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = FinnishArgumentParser(
        prog="polku",
        description=message("cli.polku.description"),
    )
    parser.add_argument("--root", default=".", help=message("cli.polku.root_help"))
    sub = parser.add_subparsers(dest="command", required=True, metavar=message("cli.polku.command_metavar"))
    for register in commands.REGISTRY:
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())

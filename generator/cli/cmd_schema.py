"""`polku schema`: write the JSON Schemas that give editors completion and hover docs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.project import Project
from generator.schema import write_schemas


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "schema", help="kirjoita JSON Schema -tiedostot editoreille",
        description="Kirjoittaa mallien JSON Schemat kansioon schema/ (VS Coden YAML-laajennus käyttää niitä).",
    )
    parser.add_argument("--out", type=Path, default=None, help="kohdekansio (oletus: <projekti>/schema)")
    parser.add_argument("--check", action="store_true",
                        help="älä kirjoita; palauta 1, jos tallennetut skeemat ovat vanhentuneita")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    project = Project.at(Path(args.root))
    out = args.out or project.root / "schema"
    stale = write_schemas(out, check_only=args.check)
    for name in stale:
        verb = "vanhentunut" if args.check else "kirjoitettu"
        sys.stdout.write(f"{out / name}: {verb}\n")
    if args.check and stale:
        sys.stdout.write("Päivitä skeemat komennolla: polku schema\n")
        return 1
    return 0

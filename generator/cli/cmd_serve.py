"""`polku serve`: build and serve the site with live reload (mkdocs serve)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from generator.project import Project


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("serve", help="rakenna ja näytä sivusto selaimessa (päivittyy muokatessa)",
                            description="Käynnistää esikatselupalvelimen; mallin muokkaus päivittää sivun.")
    parser.add_argument("--addr", default="127.0.0.1:8000", help="osoite ja portti (oletus 127.0.0.1:8000)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    project = Project.at(Path(args.root))
    sys.stdout.write(f"Sivusto: http://{args.addr}/\n")
    sys.stdout.flush()
    # --dirty: a save rebuilds only the pages whose generated Markdown changed (see publish/page_store.py);
    # the navigation of untouched pages may lag until the next full build, which preview allows.
    command = [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dirty", "-a", args.addr,
               "-f", str(project.root / "mkdocs.yml")]
    # Material 9.7.x prints a banner about MkDocs 2.0 on every start; it is noise for maintainers.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.call(command, cwd=project.root, env=env)

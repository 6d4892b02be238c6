"""`polku export TARGET --out DIR`: write generated files (form templates, diagrams …) into a folder.

Each target is one row in EXPORTERS: a Finnish description and a function from the resolved graph to
{relative path: bytes}. The files are the same bytes the site serves.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from generator.project import Project
from generator.render.forms.export import export_forms
from generator.render.site import RenderOptions
from generator.report import EXIT_ERRORS, EXIT_OK, format_diagnostics
from generator.resolve import KnowledgeGraph, resolve

Exporter = Callable[[KnowledgeGraph, RenderOptions], dict[str, bytes]]

EXPORTERS: dict[str, tuple[str, Exporter]] = {
    "forms": ("lomakepohjat: muokattava DOCX ja täytettävä PDF jokaisesta lomakkeesta", export_forms),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    targets = "; ".join(f"{name}: {text}" for name, (text, _) in EXPORTERS.items())
    parser = sub.add_parser("export", help="kirjoita generoidut tiedostot kansioon",
                            description=f"Kirjoittaa generoidut tiedostot kansioon. Kohteet – {targets}.")
    parser.add_argument("target", choices=sorted(EXPORTERS), help="mitä kirjoitetaan")
    parser.add_argument("--out", type=Path, required=True, help="kohdekansio (luodaan tarvittaessa)")
    parser.set_defaults(run=run)


def _refused(project: Project, out: Path) -> bool:
    """The generator never writes into the models, the hand-written pages or over the project itself."""
    protected = (project.models_dir, project.root / "content")
    return out == project.root or project.root.is_relative_to(out) or any(out.is_relative_to(p) for p in protected)


def run(args: argparse.Namespace) -> int:
    project = Project.at(Path(args.root))
    out = args.out.resolve()
    if _refused(project, out):
        sys.stderr.write("polku export: kohdekansio ei saa olla projektin juuri, content/ tai process_models/.\n")
        return EXIT_ERRORS
    result = project.validate()
    if not result.ok:
        sys.stdout.write(format_diagnostics(result.diagnostics, "text", files=project.file_count()))
        return EXIT_ERRORS
    options = RenderOptions(repo_root=str(project.root), cache_dir=str(project.root / ".cache" / "polku"))
    files = EXPORTERS[args.target][1](resolve(result.models), options)
    for name, data in files.items():
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    sys.stdout.write(f"Kirjoitettu {len(files)} tiedostoa kansioon {out}\n")
    return EXIT_OK

"""`polku export TARGET --out DIR`: write generated files (form templates, diagrams …) into a folder.

Each target is one row in EXPORTERS: a Finnish description, a function from the resolved graph (and the
chosen --format) to {relative path: bytes}, and the formats it offers (empty: --format does not apply).
The files are the same bytes the site serves.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from generator.messages import message
from generator.project import Project
from generator.render.content import RenderOptions
from generator.report import EXIT_ERRORS, EXIT_OK, format_diagnostics

if TYPE_CHECKING:
    from generator.resolve import KnowledgeGraph

Exporter = Callable[["KnowledgeGraph", RenderOptions, str], dict[str, bytes]]

# The exporters import the renderers (docx, reportlab, Graphviz glue) only when they run: every `polku`
# command builds the whole parser, and `polku validate` must not pay for them (see commands.py).


def _forms(graph: KnowledgeGraph, options: RenderOptions, _fmt: str) -> dict[str, bytes]:
    from generator.render.forms.export import export_forms

    return export_forms(graph, options)


def _diagrams(graph: KnowledgeGraph, options: RenderOptions, fmt: str) -> dict[str, bytes]:
    from generator.render.diagrams.export import export_diagrams

    return export_diagrams(graph, options, fmt)


def _bpmn(graph: KnowledgeGraph, options: RenderOptions, fmt: str) -> dict[str, bytes]:
    from generator.render.diagrams.export import export_bpmn

    return export_bpmn(graph, options, fmt)


DIAGRAM_FORMATS = ("svg", "png")  # generator.render.diagrams.export.FORMATS; a test keeps the two equal

# target → (its description's catalogue id, exporter, the formats it offers)
EXPORTERS: dict[str, tuple[str, Exporter, tuple[str, ...]]] = {
    "forms": ("cli.export.targets.forms", _forms, ()),
    "diagrams": ("cli.export.targets.diagrams", _diagrams, DIAGRAM_FORMATS),
    "bpmn": ("cli.export.targets.bpmn", _bpmn, ()),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    targets = message("cli.export.target_separator").join(
        message("cli.export.target_entry", name=name, text=message(text_id))
        for name, (text_id, _, _) in EXPORTERS.items())
    parser = sub.add_parser("export", help=message("cli.export.help"),
                            description=message("cli.export.description", targets=targets))
    parser.add_argument("target", choices=sorted(EXPORTERS), help=message("cli.export.target_help"))
    parser.add_argument("--out", type=Path, required=True, help=message("cli.export.out_help"))
    formats = sorted({f for _, _, offered in EXPORTERS.values() for f in offered})
    parser.add_argument("--format", choices=formats, default=None,
                        help=message("cli.export.format_help"))
    parser.set_defaults(run=run)


def _refused(project: Project, out: Path) -> bool:
    """The generator never writes into the models, the hand-written pages or over the project itself."""
    protected = (project.models_dir, project.root / "content")
    return out == project.root or project.root.is_relative_to(out) or any(out.is_relative_to(p) for p in protected)


def run(args: argparse.Namespace) -> int:
    from generator.render.diagrams.export import ExportFailed
    from generator.resolve import resolve

    project = Project.at(Path(args.root))
    out = args.out.resolve()
    if _refused(project, out):
        sys.stderr.write(message("cli.output_refused", command="export") + "\n")
        return EXIT_ERRORS
    result = project.validate()
    if not result.ok:
        sys.stdout.write(format_diagnostics(result.diagnostics, "text", files=project.file_count()))
        return EXIT_ERRORS
    _, exporter, offered = EXPORTERS[args.target]
    if args.format and args.format not in offered:
        sys.stderr.write(message("cli.export.format_refused", target=args.target, format=args.format) + "\n")
        return EXIT_ERRORS
    options = RenderOptions(repo_root=str(project.root), cache_dir=str(project.root / ".cache" / "polku"))
    try:
        files = exporter(resolve(result.models), options, args.format or (offered[0] if offered else ""))
    except ExportFailed as failed:
        sys.stdout.write(format_diagnostics(failed.diagnostics, "text", files=project.file_count()))
        return EXIT_ERRORS
    for name, data in files.items():
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    sys.stdout.write(message("cli.files_written", count=len(files), out=out) + "\n")
    return EXIT_OK

"""`polku export diagrams --format svg|png` and `polku export bpmn`: every diagram under its stable name.

Swimlanes are drawn by Polku itself (see `swimlane`), so their PNG is the SVG rasterised by `rsvg-convert`
(Debian: librsvg2-bin); the maps' PNGs come from Graphviz directly.
"""

from __future__ import annotations

import shutil
import subprocess

from generator import codes
from generator.diagnostics import Diagnostic, make
from generator.messages import message, plural
from generator.render.content import RenderOptions
from generator.render.diagrams.bpmn import export_bpmn_files
from generator.render.diagrams.stage import Drawn, file_svg, render_specs
from generator.resolve import KnowledgeGraph

FORMATS = ("svg", "png")
RSVG = "rsvg-convert"
PNG_ZOOM = "2"  # twice the natural size: crisp text on slides and in documents


class ExportFailed(Exception):
    """Graphviz could not draw some diagram; `diagnostics` say which and how to fix it."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__(plural("diagrams.failure.export", len(diagnostics)))
        self.diagnostics = diagnostics


def swimlane_png(item: Drawn) -> bytes | Diagnostic:
    program = shutil.which(RSVG)
    if program is None:
        return make(codes.B002, item.spec.job.model_file, 1, 1, diagram=item.spec.job.name,
                    detail=message("diagrams.failure.rsvg_missing"))
    done = subprocess.run([program, "--format=png", f"--zoom={PNG_ZOOM}"], input=file_svg(item.spec, item.raw),
                          capture_output=True, timeout=60, check=False)
    if done.returncode != 0 or not done.stdout:
        detail = done.stderr.decode("utf-8", "replace").strip()[:200]
        return make(codes.B002, item.spec.job.model_file, 1, 1, diagram=item.spec.job.name,
                    detail=detail or message("diagrams.failure.exit_status", status=done.returncode))
    return done.stdout


def export_diagrams(graph: KnowledgeGraph, options: RenderOptions, fmt: str = "svg") -> dict[str, bytes]:
    """File name → bytes, e.g. {"prosessi-x.svg": …, "palvelu-y.svg": …, "alue-z.svg": …}."""
    drawn, result = render_specs(graph, options, fmt)
    if result.diagnostics:
        raise ExportFailed(result.diagnostics)
    files: dict[str, bytes] = {}
    problems: list[Diagnostic] = []
    for item in drawn:
        data: bytes | Diagnostic
        if fmt == "svg":
            data = file_svg(item.spec, item.raw)
        elif item.geometry is not None:
            data = swimlane_png(item)
        else:
            data = item.raw
        if isinstance(data, Diagnostic):
            problems.append(data)
        else:
            files[f"{item.spec.job.name}.{fmt}"] = data
    if problems:
        raise ExportFailed(problems)
    return dict(sorted(files.items()))


def export_bpmn(graph: KnowledgeGraph, options: RenderOptions, fmt: str = "") -> dict[str, bytes]:
    """`prosessi-<id>.bpmn` for every process (BPMN 2.0 with diagram interchange)."""
    drawn, result = render_specs(graph, options)
    if result.diagnostics:
        raise ExportFailed(result.diagnostics)
    geometries = {item.spec.subject: item.geometry for item in drawn if item.geometry is not None}
    return export_bpmn_files(graph, geometries)

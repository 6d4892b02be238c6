"""`polku export diagrams --format svg|png`: every diagram under its stable name, for slides and documents."""

from __future__ import annotations

from generator.diagnostics import Diagnostic
from generator.render.content import RenderOptions
from generator.render.diagrams.stage import file_svg, render_specs
from generator.resolve import KnowledgeGraph

FORMATS = ("svg", "png")


class ExportFailed(Exception):
    """Graphviz could not draw some diagram; `diagnostics` say which and how to fix it."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__(f"{len(diagnostics)} kaaviota epäonnistui")
        self.diagnostics = diagnostics


def export_diagrams(graph: KnowledgeGraph, options: RenderOptions, fmt: str = "svg") -> dict[str, bytes]:
    """File name → bytes, e.g. {"prosessi-x.svg": …, "palvelu-y.svg": …, "alue-z.svg": …}."""
    specs, result = render_specs(graph, options, fmt)
    if result.diagnostics:
        raise ExportFailed(result.diagnostics)
    files = {}
    for spec in specs:
        raw = result.outputs[spec.job.name]
        files[f"{spec.job.name}.{fmt}"] = file_svg(spec, raw) if fmt == "svg" else raw
    return dict(sorted(files.items()))

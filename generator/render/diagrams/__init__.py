"""Swimlane diagrams (geometry and routing by Polku, node order by Graphviz), service-path and region maps.

`contribute_diagrams` is the site stage; `process_svg` draws one process's swimlane for other tools
(`polku diff --diagrams`).
"""

from __future__ import annotations

from pathlib import Path

from generator.render.diagrams.dot_runner import DotRunner
from generator.render.diagrams.specs import process_spec
from generator.render.diagrams.stage import DEFAULT_CACHE, contribute_diagrams, file_svg
from generator.render.diagrams.style import load_style
from generator.render.diagrams.swimlane import draw_swimlane
from generator.resolve import KnowledgeGraph

__all__ = ["DiagramError", "contribute_diagrams", "process_svg"]


class DiagramError(Exception):
    """A swimlane could not be drawn; the message is the Finnish diagnostic with its fix."""


def process_svg(graph: KnowledgeGraph, process_id: str, repo_root: str | Path = ".") -> bytes:
    """One process's swimlane as a standalone SVG file (raises DiagramError when Graphviz fails)."""
    style, style_bytes = load_style(repo_root)
    spec = process_spec(graph, process_id, style)
    result = DotRunner(Path(repo_root) / DEFAULT_CACHE, style_bytes).render([spec.job])
    if spec.job.name not in result.outputs:
        problem = result.diagnostics[0]
        raise DiagramError(f"{problem.message} {problem.hint}")
    assert spec.swimlane is not None
    drawn = draw_swimlane(spec.swimlane, result.outputs[spec.job.name], spec.job.name, spec.service_href or {})
    return file_svg(spec, drawn.svg)

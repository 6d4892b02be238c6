"""Before/after swimlanes of the changed processes, drawn by the site's diagram stage.

The diagram stage (`generator.render.diagrams`) is looked up when asked for, so the diff works
without it and only leaves the images out; a renderer can also be passed in (tests do).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path

from generator.diff.changes import Section
from generator.messages import message
from generator.resolve import KnowledgeGraph

log = logging.getLogger(__name__)

ProcessSvg = Callable[[KnowledgeGraph, str], bytes | None]  # None: this side could not be drawn
DIAGRAM_MODULE = "generator.render.diagrams"
DIAGRAM_FUNCTION = "process_svg"


def find_renderer(repo_root: Path) -> ProcessSvg | None:
    """The diagram stage's public `process_svg(graph, process_id, repo_root) -> bytes`, when installed."""
    try:
        module = importlib.import_module(DIAGRAM_MODULE)
    except ImportError:
        return None
    draw = getattr(module, DIAGRAM_FUNCTION, None)
    failure: type[Exception] = getattr(module, "DiagramError", RuntimeError)
    if not callable(draw):
        return None

    def render(graph: KnowledgeGraph, process_id: str) -> bytes | None:
        try:
            svg: bytes = draw(graph, process_id, repo_root)
        except failure as exc:
            log.warning("%s", message("diff.diagram_failed", process=process_id, error=exc))
            return None
        return svg

    return render


def write_diagrams(sections: tuple[Section, ...], old: KnowledgeGraph, new: KnowledgeGraph,
                   out_dir: Path, draw: ProcessSvg) -> dict[str, tuple[str, str]]:
    """SVGs `<id>-ennen.svg` and `<id>-jalkeen.svg` for every changed process; subject → (before, after)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, tuple[str, str]] = {}
    for item in sections:
        kind, _, pid = item.subject.partition(":")
        if kind != "process":
            continue
        before = _write(old, pid, out_dir / f"{pid}-ennen.svg", draw)
        after = _write(new, pid, out_dir / f"{pid}-jalkeen.svg", draw)
        written[item.subject] = (before, after)
    return written


def _write(graph: KnowledgeGraph, pid: str, target: Path, draw: ProcessSvg) -> str:
    svg = draw(graph, pid) if pid in graph.processes else None
    if svg is None:
        return ""
    target.write_bytes(svg)
    return target.as_posix()

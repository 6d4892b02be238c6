"""`polku export forms`: every form's DOCX and PDF, the same bytes the site serves."""

from __future__ import annotations

from generator.render.content import RenderOptions
from generator.render.forms.stage import printed_forms, render_files
from generator.resolve import KnowledgeGraph


def export_forms(graph: KnowledgeGraph, options: RenderOptions) -> dict[str, bytes]:
    """File name → bytes, e.g. {"ktt-sopimus.docx": …, "ktt-sopimus.pdf": …}."""
    files: dict[str, bytes] = {}
    for printed in printed_forms(graph):
        files.update(render_files(printed))
    return dict(sorted(files.items()))

"""diff: a semantic comparison of two versions of the models, as a reviewer reads it.

    sides (git revision or folder → validated graph) → compare (processes, forms, catalogues)
    → DiffReport (typed changes) → render (Markdown comment or JSON), optional before/after swimlanes.
"""

from __future__ import annotations

from generator.diff.catalogs import catalog_sections
from generator.diff.changes import DiffReport
from generator.diff.forms import form_sections
from generator.diff.processes import process_sections
from generator.resolve import KnowledgeGraph


def compare(old: KnowledgeGraph, new: KnowledgeGraph, *, base: str, head: str) -> DiffReport:
    sections = process_sections(old, new) + form_sections(old, new) + catalog_sections(old, new)
    return DiffReport(base=base, head=head, sections=tuple(sections))


__all__ = ["DiffReport", "compare"]

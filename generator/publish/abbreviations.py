"""Glossary abbreviations as Markdown abbreviation definitions (rendered as <abbr> tooltips)."""

from __future__ import annotations

from generator.render.text import t
from generator.resolve import KnowledgeGraph


def abbreviation_lines(graph: KnowledgeGraph) -> str:
    lines = []
    for term in graph.glossary:
        if term.abbreviation:
            expansion = " ".join(t(term.term).split()).replace("]", "")
            lines.append(f"*[{term.abbreviation}]: {expansion}")
    return "\n".join(sorted(set(lines)))


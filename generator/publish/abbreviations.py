"""Glossary abbreviations as Markdown abbreviation definitions (rendered as <abbr> tooltips)."""

from __future__ import annotations

import html

from generator.render.text import t
from generator.resolve import KnowledgeGraph


def abbreviation_lines(graph: KnowledgeGraph) -> str:
    lines = []
    for term in graph.glossary:
        if term.abbreviation:
            # entities stay text: Python-Markdown would pass "&lt;" through into the title attribute
            expansion = html.escape(" ".join(t(term.term).split()), quote=False)
            lines.append(f"*[{term.abbreviation}]: {expansion}")
    return "\n".join(sorted(set(lines)))


"""Glossary abbreviations as Markdown abbreviation definitions (rendered as <abbr> tooltips)."""

from __future__ import annotations

import html

from generator.render.text import t
from generator.resolve import KnowledgeGraph


def glossary_abbreviations(graph: KnowledgeGraph) -> list[tuple[str, str]]:
    """(abbreviation, expansion) of every glossary term that has one, as a tooltip shows them."""
    return [(term.abbreviation, " ".join(t(term.term).split())) for term in graph.glossary if term.abbreviation]


def abbreviation_lines(graph: KnowledgeGraph) -> str:
    # entities stay text: Python-Markdown would pass "&lt;" through into the title attribute
    lines = {f"*[{short}]: {html.escape(expansion, quote=False)}" for short, expansion in glossary_abbreviations(graph)}
    return "\n".join(sorted(lines))


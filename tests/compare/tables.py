"""Read the comparison back from the generated Markdown, so tests assert what a reader sees."""

from __future__ import annotations

import html
import re


def markdown_table(markdown: str, title: str) -> list[list[str]]:
    """The rows (header first) of the pipe table under '## title'; cells unescaped, <br> kept."""
    section = markdown.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("|")]
    rows = [_cells(line) for line in lines]
    return [row for row in rows if not all(set(cell) <= {"-", ":"} for cell in row)]


def _cells(line: str) -> list[str]:
    parts = re.split(r"(?<!\\)\|", line.strip())[1:-1]
    return [html.unescape(re.sub(r"\\(.)", r"\1", part.strip())) for part in parts]

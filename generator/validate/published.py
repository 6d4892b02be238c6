"""The personal-data guard over what is published besides the models: hand-written pages (content/) and the
page templates. The models and catalogues are checked as they load (text_safety); these files are not YAML,
so they are scanned here as plain text with the same patterns, and every finding names file:line:col."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.validate.text_safety import scan

# What the site publishes that a maintainer writes by hand (relative to the project root).
PUBLISHED_TEXT = (("content", "*.md"), ("generator/render/templates", "*.jinja"))


def published_files(root: Path) -> Iterator[Path]:
    for folder, pattern in PUBLISHED_TEXT:
        if (root / folder).is_dir():
            yield from sorted((root / folder).rglob(pattern))


def check_published_text(root: Path) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for path in published_files(root):
        text = path.read_text(encoding="utf-8", errors="replace")
        display = path.relative_to(root).as_posix()
        for finding in scan(text):
            if finding.code.id.startswith("D"):  # markup is the page author's own business in these files
                line = text.count("\n", 0, finding.start) + 1
                column = finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
                out.append(dg.make(finding.code, display, line, column, **finding.params))
    return out

"""Rendered pages kept between builds, keyed by exactly what each page is rendered from.

Rendering every page's Markdown was most of a warm build's own work (about 5.5 s at national scale), and
`polku serve` redid it on every save only to find the few pages the save changed. A page kind that can name its
inputs gathers them into a frozen value (e.g. `ProcessPageInputs`) and renders the page from that value alone, so
the value's `repr` is a complete key: a changed model, catalogue, stage output, template or message is a miss,
never a stale page. The entries live in the build cache (`<cache_dir>/sivut/`, see artifact_cache.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.render.artifact_cache import ArtifactCache, code_digest, source_digest

GENERATOR_DIR = Path(__file__).resolve().parents[1]
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
# Libraries whose behaviour reaches a page's Markdown (Jinja renders it, MarkupSafe escapes inside filters).
LIBRARIES = ("jinja2", "markupsafe")
ENTRY = "page.md"


def templates_digest() -> str:
    """The templates as they are now: Jinja reloads a template whose file changed under `polku serve`, while the
    generator's Python code stays as it was imported (its digest is taken once per process)."""
    return source_digest((TEMPLATES_DIR,))


@dataclass(frozen=True, slots=True)
class PageMemo:
    """The memo of one build, or no memo (`cache` None): then every page is rendered."""

    cache: ArtifactCache | None

    @classmethod
    def at(cls, cache_dir: Path | None) -> PageMemo:
        if cache_dir is None:
            return cls(None)
        # The whole generator: a template may call any filter, and page kinds prepare values with shared helpers.
        code = hashlib.sha256(f"{code_digest((GENERATOR_DIR,), LIBRARIES)}\0{templates_digest()}".encode())
        return cls(ArtifactCache(cache_dir / "sivut", code.hexdigest()))

    def content(self, made_from: str, render: Callable[[], str]) -> str:
        """The Markdown `render` makes from the inputs whose repr is `made_from`: from the memo when it has it."""
        if self.cache is None:
            return render()
        found = self.cache.files(made_from, lambda: {ENTRY: render().encode("utf-8")})
        return found[ENTRY].decode("utf-8")


NO_MEMO = PageMemo(None)


def digest(value: object) -> str:
    """A short stand-in for a large input shared by many pages (the catalogues): hashed once per build instead of
    printed into every page's key."""
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()

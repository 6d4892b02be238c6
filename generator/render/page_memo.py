"""Rendered pages kept between builds, keyed by exactly what each page is rendered from.

Rendering every page's Markdown was most of a warm build's own work (about 5.5 s at national scale), and `polku serve`
redid it on every save only to find the few pages the save changed. A page kind that can name its inputs gathers
them into a frozen value (e.g. `ProcessPageInputs`: ids and the digests of the models, catalogues and stage outputs
the page shows) and renders the page from a graph view that holds only those inputs, so the value's `repr` is a
complete key: a changed model, catalogue, stage output, template or message is a miss, never a stale page. The
entries live in the build cache (`<cache_dir>/sivut/`, see artifact_cache.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pydantic import BaseModel

from generator.identity_memo import repr_digest
from generator.render.artifact_cache import ArtifactCache, code_digest, source_digest
from generator.resolve import KnowledgeGraph

GENERATOR_DIR = Path(__file__).resolve().parents[1]
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
# Libraries whose behaviour reaches a page's Markdown (Jinja renders it, MarkupSafe escapes inside filters).
LIBRARIES = ("jinja2", "markupsafe")
FOLDER = "sivut"
ENTRY = "page.md"


def templates_digest() -> str:
    """The templates as they are now: Jinja reloads a template whose file changed under `polku serve`, while the
    generator's Python code stays as it was imported (its digest is taken once per process)."""
    return source_digest((TEMPLATES_DIR,))


def catalogue_view(graph: KnowledgeGraph) -> KnowledgeGraph:
    """The graph without its process models and what is indexed from them: the part every memoized page shares.
    A page kind adds to it only the models its page shows, so a template that reached for another model would fail
    the build instead of showing it stale."""
    return replace(graph, processes={}, source_files={}, steps_by_role={}, steps_by_legal_basis={},
                   steps_by_form={}, processes_by_region={}, processes_by_service={})


class PageMemo:
    """The memo of one build, or no memo (`cache` None): then every page is rendered and no key is computed."""

    def __init__(self, cache: ArtifactCache | None) -> None:
        self.cache = cache
        # id → (the value, its digest); the value is held so that its id cannot be reused within the build
        self._digests: dict[int, tuple[object, str]] = {}
        self._views: dict[int, tuple[KnowledgeGraph, KnowledgeGraph, str]] = {}

    @classmethod
    def at(cls, cache_dir: Path | None) -> PageMemo:
        if cache_dir is None:
            return cls(None)
        # The whole generator: a template may call any filter, and page kinds prepare values with shared helpers.
        code = hashlib.sha256(f"{code_digest((GENERATOR_DIR,), LIBRARIES)}\0{templates_digest()}".encode())
        return cls(ArtifactCache(cache_dir / FOLDER, code.hexdigest()))

    def digest(self, value: object) -> str:
        """A short stand-in for an input in a page's key (a model, a stage's output), taken once per build however
        many pages show the value; "" without a memo, where nothing is looked up."""
        if self.cache is None:
            return ""
        if isinstance(value, BaseModel):  # a frozen model: its digest is kept with the object across builds
            return repr_digest(value)
        found = self._digests.get(id(value))
        if found is None:
            found = (value, hashlib.sha256(repr(value).encode("utf-8")).hexdigest())
            self._digests[id(value)] = found
        return found[1]

    def catalogues(self, graph: KnowledgeGraph) -> tuple[KnowledgeGraph, str]:
        """The graph's catalogue view and its digest, made once per build."""
        if self.cache is None:
            return catalogue_view(graph), ""
        found = self._views.get(id(graph))
        if found is None:
            view = catalogue_view(graph)
            found = (graph, view, self.digest(view))
            self._views[id(graph)] = found
        return found[1], found[2]

    def content(self, made_from: str, render: Callable[[], str]) -> str:
        """The Markdown `render` makes from the inputs whose repr is `made_from`: from the memo when it has it."""
        if self.cache is None:
            return render()
        found = self.cache.files(made_from, lambda: {ENTRY: render().encode("utf-8")})
        return found[ENTRY].decode("utf-8")


NO_MEMO = PageMemo(None)  # keeps nothing: every page rendered, no key computed

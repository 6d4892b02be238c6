"""The engine-independent core: the knowledge graph → a set of pages and assets.

`render_site` is called once per build; the MkDocs plugin and `polku build --out` both use it.
Each page kind lives in its own module under `generator.render.pages`; extra contributions
(diagrams, forms, comparisons) register themselves in `CONTRIBUTORS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from jinja2 import Environment

from generator.diagnostics import Diagnostic
from generator.render.environment import create_environment
from generator.resolve import KnowledgeGraph


@dataclass(frozen=True, slots=True)
class Page:
    """A generated Markdown page; `source` is the repository file a reader should edit."""

    path: str
    content: str
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Asset:
    """A generated file copied to the site as it is (SVG, DOCX, PDF, CSV …)."""

    path: str
    data: bytes


@dataclass(slots=True)
class SiteContent:
    pages: list[Page] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # extra values a contributor hands to page templates, e.g. {"diagrams": {...}}
    extras: dict[str, object] = field(default_factory=dict)

    def page(self, path: str) -> Page | None:
        return next((p for p in self.pages if p.path == path), None)


@dataclass(frozen=True, slots=True)
class RenderOptions:
    repo_root: str
    cache_dir: str | None = None
    workers: int = 2


Contributor = Callable[[KnowledgeGraph, SiteContent, RenderOptions], None]
PageRenderer = Callable[[KnowledgeGraph, SiteContent, Environment], list[Page]]


def _contributors() -> list[Contributor]:
    """Stages that produce assets/extras before pages are written (diagrams, forms …)."""
    from generator.render import contributors

    return contributors.CONTRIBUTORS


def _page_renderers() -> list[PageRenderer]:
    from generator.render import pages

    return pages.PAGE_RENDERERS


def render_site(graph: KnowledgeGraph, options: RenderOptions) -> SiteContent:
    content = SiteContent()
    for contribute in _contributors():
        contribute(graph, content, options)
    env = create_environment()
    for render_pages in _page_renderers():
        content.pages.extend(render_pages(graph, content, env))
    content.pages.sort(key=lambda p: p.path)
    content.assets.sort(key=lambda a: a.path)
    return content

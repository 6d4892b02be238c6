"""The value types every render module shares: pages, assets, options and one stage's output.

A leaf: it imports nothing from the render stages or page modules, so any of them may import it
without creating an import cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from generator.diagnostics import Diagnostic

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page:
    """A generated Markdown page; `source` is the repository file a reader should edit."""

    path: str
    content: str
    source: str | None = None
    nav_title: str | None = None  # a page listed in the navigation under a shorter name than its title


@dataclass(frozen=True, slots=True)
class Asset:
    """A generated file copied to the site as it is (SVG, DOCX, PDF, CSV …)."""

    path: str
    data: bytes


@dataclass(frozen=True, slots=True)
class RenderOptions:
    repo_root: str
    cache_dir: str | None = None  # default: <repo_root>/.cache/polku
    workers: int = 2

    @property
    def cache_path(self) -> Path:
        return Path(self.cache_dir) if self.cache_dir else Path(self.repo_root) / ".cache" / "polku"


@dataclass(frozen=True, slots=True)
class StageRun(Generic[T]):
    """What one stage (diagrams, forms, history) hands on: a typed value for the page templates,
    the files it made for the site, and the problems it met."""

    output: T
    assets: tuple[Asset, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()


@dataclass(slots=True)
class SiteContent:
    pages: list[Page] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def page(self, path: str) -> Page | None:
        return next((p for p in self.pages if p.path == path), None)

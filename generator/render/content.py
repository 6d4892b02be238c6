"""The value types every render module shares: pages, assets, options and one stage's output.

A leaf: it imports nothing from the render stages or page modules, so any of them may import it
without creating an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable
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


class Later(Generic[T]):
    """A stage's output that is collected when a page first needs it (`get`), not when the stage is started.

    The questionnaire workbooks are written by worker processes at a lower priority, on the core the main
    process leaves idle; collecting them only for the comparison pages (rendered last) lets the main process
    render every other page first instead of waiting for the workers (generator/render/stages.py)."""

    __slots__ = ("_cancel", "_collect", "_value")

    def __init__(self, collect: Callable[[], T], cancel: Callable[[], None] = lambda: None) -> None:
        self._collect: Callable[[], T] | None = collect
        self._cancel = cancel
        self._value: T | None = None

    @classmethod
    def ready(cls, value: T) -> Later[T]:
        return cls(lambda: value)

    def get(self) -> T:
        if self._collect is not None:
            self._value, self._collect = self._collect(), None
        assert self._value is not None
        return self._value

    def cancel(self) -> None:
        """Stop the work when the build fails before anything collected it (no worker outlives its build)."""
        if self._collect is not None:
            self._collect = None
            self._cancel()


@dataclass(slots=True)
class SiteContent:
    pages: list[Page] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def page(self, path: str) -> Page | None:
        return next((p for p in self.pages if p.path == path), None)

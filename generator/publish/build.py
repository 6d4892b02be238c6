"""One build: load → validate → resolve → render, shared by the MkDocs plugin and the CLI."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from generator.diagnostics import Diagnostic, has_errors
from generator.project import Project
from generator.publish.script_messages import SCRIPT as MESSAGES_SCRIPT
from generator.publish.script_messages import messages_script
from generator.render.content import RenderOptions, SiteContent
from generator.render.page_memo import PageMemo
from generator.render.site import render_pages
from generator.render.stages import StageOutputs, run_stages
from generator.resolve import KnowledgeGraph, resolve
from generator.validate.memory import ValidationMemory

_T = TypeVar("_T")
_S = TypeVar("_S")
ASSET_DIR = Path(__file__).parent / "assets"
STATIC_ASSETS = ("polku.css", "polku.js", "vertailu.css", "vertailu.js", "tarkistuslista.js", "haku.css", "haku.js")


@dataclass(frozen=True, slots=True)
class BuildResult:
    diagnostics: list[Diagnostic]
    graph: KnowledgeGraph | None
    content: SiteContent | None
    # seconds per stage ("validate", "resolve", "render"); read by `make bench`
    timings: dict[str, float] = field(default_factory=dict)
    stages: StageOutputs | None = None  # the render stages' outputs (e.g. which diagrams were drawn)

    @property
    def ok(self) -> bool:
        return self.content is not None


def build(root: Path, *, cache_dir: Path | None = None, memory: ValidationMemory | None = None) -> BuildResult:
    """`memory`: kept by the caller from one build to the next in the same process (`polku serve`), so that only
    the changed model files are parsed and checked one by one again (generator/validate/memory.py)."""
    project = Project.at(root)
    timings: dict[str, float] = {}
    result = _timed(timings, "validate", lambda: project.validate(memory))
    if not result.ok:
        return BuildResult(result.diagnostics, None, None, timings)
    graph = _timed(timings, "resolve", lambda: resolve(result.models))
    options = RenderOptions(repo_root=str(project.root), cache_dir=str(cache_dir) if cache_dir else None)
    started = time.perf_counter()
    stages = run_stages(graph, options)
    content = render_pages(graph, stages, PageMemo.at(options.cache_path))
    timings["render"] = time.perf_counter() - started
    if has_errors(content.diagnostics):  # e.g. no Graphviz (B001): fail the build, do not publish gaps
        return BuildResult(result.diagnostics + content.diagnostics, graph, None, timings, stages)
    return BuildResult(result.diagnostics + content.diagnostics, graph, content, timings, stages)


def _timed(timings: dict[str, float], stage: str, run: Callable[[], _T]) -> _T:
    started = time.perf_counter()
    value = run()
    timings[stage] = time.perf_counter() - started
    return value


def static_assets() -> dict[str, bytes]:
    """The site's own CSS/JS (self-hosted; the site makes no external requests), and the scripts' texts."""
    assets = {f"assets/polku/{name}": (ASSET_DIR / name).read_bytes()
              for name in STATIC_ASSETS if (ASSET_DIR / name).is_file()}
    assets[MESSAGES_SCRIPT] = messages_script()
    return assets


def plugin_stylesheets() -> tuple[str, ...]:
    """The stylesheets every page links besides mkdocs.yml's `extra_css` (added by the engine adapter)."""
    return tuple(f"assets/polku/{name}" for name in STATIC_ASSETS if name.endswith(".css"))


def plugin_scripts() -> tuple[str, ...]:
    """The scripts every page loads besides mkdocs.yml's `extra_javascript`, the scripts' texts first."""
    return (MESSAGES_SCRIPT, *(f"assets/polku/{name}" for name in STATIC_ASSETS if name.endswith(".js")))


def page_scripts(configured: Sequence[_S | str]) -> list[_S | str]:
    """Every script a page loads, in order: the scripts' texts first (every other script reads them, kaaviot.js
    from mkdocs.yml too), then mkdocs.yml's `extra_javascript` (`configured`), then the plugin's own scripts."""
    first, *rest = plugin_scripts()
    return [first, *configured, *rest]

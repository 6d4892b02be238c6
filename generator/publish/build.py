"""One build: load → validate → resolve → render, shared by the MkDocs plugin and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.project import Project
from generator.render.site import RenderOptions, SiteContent, render_site
from generator.resolve import KnowledgeGraph, resolve

ASSET_DIR = Path(__file__).parent / "assets"
STATIC_ASSETS = ("polku.css", "polku.js", "vertailu.css", "vertailu.js")


@dataclass(frozen=True, slots=True)
class BuildResult:
    diagnostics: list[Diagnostic]
    graph: KnowledgeGraph | None
    content: SiteContent | None

    @property
    def ok(self) -> bool:
        return self.content is not None


def build(root: Path, *, cache_dir: Path | None = None) -> BuildResult:
    project = Project.at(root)
    result = project.validate()
    if not result.ok:
        return BuildResult(result.diagnostics, None, None)
    graph = resolve(result.models)
    options = RenderOptions(repo_root=str(project.root), cache_dir=str(cache_dir) if cache_dir else None)
    content = render_site(graph, options)
    return BuildResult(result.diagnostics + content.diagnostics, graph, content)


def static_assets() -> dict[str, bytes]:
    """The site's own CSS/JS (self-hosted; the site makes no external requests)."""
    return {f"assets/polku/{name}": (ASSET_DIR / name).read_bytes()
            for name in STATIC_ASSETS if (ASSET_DIR / name).is_file()}

"""The engine-independent core: the knowledge graph → a set of pages and assets.

`render_site` is called once per build; the MkDocs plugin and `polku build --out` both use it.
First the stages run (`generator.render.stages`: forms, history, diagrams), each returning a typed
output; then each page kind (`generator.render.pages`) renders its pages from the graph and those outputs,
taking from the page memo (`generator.render.page_memo`) every page whose inputs did not change.
"""

from __future__ import annotations

from collections import Counter

from generator import codes
from generator.diagnostics import Diagnostic, make
from generator.render.content import Asset, Page, RenderOptions, SiteContent
from generator.render.environment import create_environment
from generator.render.page_memo import NO_MEMO, PageMemo
from generator.render.pages import PAGE_RENDERERS
from generator.render.stages import StageOutputs, run_stages
from generator.resolve import KnowledgeGraph

__all__ = ["Asset", "Page", "RenderOptions", "SiteContent", "render_pages", "render_site"]


def render_pages(graph: KnowledgeGraph, stages: StageOutputs, memo: PageMemo = NO_MEMO) -> SiteContent:
    """`memo`: rendered pages from earlier builds (generator/render/page_memo.py); without it every page is
    rendered."""
    env = create_environment()
    try:
        pages = [page for render in PAGE_RENDERERS for page in render(graph, stages, env, memo)]
    except BaseException:
        stages.questionnaires.cancel()
        raise
    return SiteContent(sorted(pages, key=lambda p: p.path), sorted(stages.assets, key=lambda a: a.path),
                       stages.diagnostics + duplicate_pages(pages))


def duplicate_pages(pages: list[Page]) -> list[Diagnostic]:
    """P001 for every path two pages would be written to (the later one would silently replace the
    first); named at the model file that made the page, or the generator when no model did."""
    counts = Counter(page.path for page in pages)
    out = []
    for path in sorted(p for p, n in counts.items() if n > 1):
        sources = [page.source or "Polkun oma sivu" for page in pages if page.path == path]
        file = next((page.source for page in pages if page.path == path and page.source), "process_models")
        out.append(make(codes.P001, file, 1, 1, path=path, sources=", ".join(sources)))
    return out


def render_site(graph: KnowledgeGraph, options: RenderOptions) -> SiteContent:
    return render_pages(graph, run_stages(graph, options), PageMemo.at(options.cache_path))

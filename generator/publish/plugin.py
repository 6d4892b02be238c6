"""The MkDocs plugin: a thin adapter that adds the core's pages and assets as virtual files."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage
from mkdocs.utils.templates import TemplateContext

from generator.publish.abbreviations import abbreviation_lines
from generator.publish.build import BuildResult, build, plugin_scripts, plugin_stylesheets, static_assets
from generator.publish.nav import build_nav, page_nav
from generator.publish.page_store import PageStore
from generator.report import format_diagnostics
from generator.search import pagefind_index
from generator.search.lemmas import MISSING_VOIKKO

log = logging.getLogger("mkdocs.plugins.polku")


class PolkuConfig(Config):  # type: ignore[no-untyped-call]  # mkdocs' Config.__init_subclass__ is untyped
    cache_dir = c.Type(str, default=".cache/polku")
    """Where rendered diagrams are cached between builds (relative to mkdocs.yml)."""


class PolkuPlugin(BasePlugin[PolkuConfig]):  # type: ignore[no-untyped-call]  # see PolkuConfig
    def __init__(self) -> None:
        self.result: BuildResult | None = None
        self.abbreviations = ""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path).parent
        self.result = build(root, cache_dir=root / self.config.cache_dir)
        if not self.result.ok:
            report = format_diagnostics(self.result.diagnostics, "text", files=0)
            raise PluginError("Prosessimalleissa on virheitä; korjaa ne ja rakenna uudelleen:\n" + report)
        for diagnostic in self.result.diagnostics:
            log.warning("%s:%d:%d: %s (%s)", diagnostic.file, diagnostic.line, diagnostic.column,
                        diagnostic.message, diagnostic.code)
        assert self.result.graph is not None and self.result.content is not None
        config.nav = build_nav(self.result.graph, self.result.content)
        config.extra_css = [*config.extra_css, *plugin_stylesheets()]
        config.extra_javascript = [*config.extra_javascript, *plugin_scripts()]
        self.abbreviations = abbreviation_lines(self.result.graph)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self.result is not None and self.result.content is not None
        content = self.result.content
        for page in content.pages:
            if files.get_file_from_path(page.path) is not None:
                raise PluginError(f"Sivu {page.path} on sekä käsin kirjoitettu (content/) että generoitu.")
        generated = {page.path: page.content.encode("utf-8") for page in content.pages}
        generated.update({asset.path: asset.data for asset in content.assets})
        generated.update(static_assets())
        store = PageStore(Path(config.config_file_path).parent / self.config.cache_dir / "generated")
        store.sync(generated)
        sources = {page.path: page.source for page in content.pages}
        for path in sorted(generated):
            file = File.generated(config, path, abs_src_path=str(store.path_of(path)))
            if sources.get(path):
                file.edit_uri = f"../{sources[path]}"
            files.append(file)
        return files

    def on_page_markdown(self, markdown: str, page: MkDocsPage, config: MkDocsConfig, **kwargs: Any) -> str:
        """Every page gets the glossary's abbreviations, so they become tooltips sitewide."""
        return f"{markdown}\n\n{self.abbreviations}" if self.abbreviations else markdown

    def on_page_context(self, context: TemplateContext, *, page: MkDocsPage, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext:
        """Each page gets a navigation collapsed to its own branch (see nav.page_nav): light pages at any scale."""
        context["nav"] = page_nav(nav)
        return context

    @event_priority(-50)  # after every other plugin has written its pages
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """The Pagefind search index, from the finished HTML (generator/search/pagefind_index.py)."""
        if self.result is None or self.result.graph is None:
            return
        try:
            index = pagefind_index.build_search_index(Path(config.site_dir))
        except pagefind_index.SearchIndexError as error:
            raise PluginError(str(error)) from error
        if not index.voikko:
            log.warning(MISSING_VOIKKO)
        log.info("Hakuhakemisto: %d sivua, %d kt, %.1f s", index.pages, index.bytes_on_disk // 1024, index.seconds)

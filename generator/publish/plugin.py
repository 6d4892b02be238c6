"""The MkDocs plugin: a thin adapter that adds the core's pages and assets as virtual files."""

from __future__ import annotations

import dataclasses
import logging
import shutil
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from jinja2 import Environment
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage
from mkdocs.utils.templates import TemplateContext

from generator.messages import message
from generator.publish.abbreviations import abbreviation_lines, glossary_abbreviations
from generator.publish.attributes import safe_title_attributes
from generator.publish.build import BuildResult, build, page_scripts, plugin_stylesheets, static_assets
from generator.publish.held_html import HeldHtml
from generator.publish.nav import build_nav, long_region_lists, page_nav
from generator.publish.page_store import GeneratedFiles, PageStore
from generator.publish.script_messages import THEME_EXTRA_KEY, theme_messages
from generator.publish.serve_errors import NAV as ERROR_NAV
from generator.publish.serve_errors import error_pages, write_not_found_page
from generator.publish.spelled_out import drop_spelled_out_abbreviations
from generator.publish.whitespace import collapse_layout_whitespace
from generator.render.content import Page as GeneratedPage
from generator.render.content import SiteContent
from generator.render.diagrams.dot_runner import RenderStats
from generator.render.environment import compiled_templates
from generator.report import format_diagnostics
from generator.search import pagefind_index
from generator.search.early_documents import EarlyDocuments
from generator.search.lemmas import MISSING_VOIKKO
from generator.validate.memory import ValidationMemory

log = logging.getLogger("mkdocs.plugins.polku")


class PolkuConfig(Config):  # type: ignore[no-untyped-call]  # mkdocs' Config.__init_subclass__ is untyped
    cache_dir = c.Type(str, default=".cache/polku")
    """Where rendered diagrams are cached between builds (relative to mkdocs.yml)."""


class PolkuPlugin(BasePlugin[PolkuConfig]):  # type: ignore[no-untyped-call]  # see PolkuConfig
    def __init__(self) -> None:
        self.result: BuildResult | None = None
        self.abbreviations = ""
        self.glossary_abbreviations: list[tuple[str, str]] = []
        self.early_documents: EarlyDocuments | None = None
        self.serving = False
        self.dirty = False
        self.error_pages: list[GeneratedPage] = []
        self.last_good_pages: list[str] = []  # kept across `mkdocs serve` rebuilds (see on_startup)
        self.own_pages: frozenset[str] = frozenset()  # the core's pages in this build (their HTML is held on disk)
        self.held_html = HeldHtml()
        self.region_lists: dict[str, str] = {}  # see nav.long_region_lists: section title → region page (source)
        self.region_urls: dict[str, str] = {}  # the same regions' page URLs (on_nav)
        self.recovering = False
        self.diagram_stats: RenderStats | None = None  # which diagrams the last build drew (read by `make bench`)
        # MkDocs keeps a plugin with on_startup across `mkdocs serve` rebuilds: what a save's build reuses. Only
        # the preview has a next build; a one-off build would hold every parsed model file to its end for nothing.
        self.validation_memory: ValidationMemory | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.dirty = dirty
        if self.serving:
            self.validation_memory = ValidationMemory()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path).parent
        config.extra[THEME_EXTRA_KEY] = theme_messages()  # the theme overrides' texts, on the error preview too
        self.result = build(root, cache_dir=root / self.config.cache_dir, memory=self.validation_memory)
        self.error_pages = []
        if not self.result.ok:
            report = format_diagnostics(self.result.diagnostics, "text", files=0)
            if not self.serving:
                raise PluginError(message("publish.models_broken_build", report=report))
            log.error(message("publish.models_broken_preview", report=report))
            self.error_pages = error_pages(self.result.diagnostics)
            self.recovering = True
            config.nav = list(ERROR_NAV)
            return config
        for diagnostic in self.result.diagnostics:
            log.warning("%s:%d:%d: %s (%s)", diagnostic.file, diagnostic.line, diagnostic.column,
                        diagnostic.message, diagnostic.code)
        assert self.result.graph is not None and self.result.content is not None
        config.nav = build_nav(self.result.graph, self.result.content)
        self.region_lists = long_region_lists(self.result.graph)
        config.extra_css = [*config.extra_css, *plugin_stylesheets()]
        config.extra_javascript = page_scripts(config.extra_javascript)
        self.abbreviations = abbreviation_lines(self.result.graph)
        self.glossary_abbreviations = glossary_abbreviations(self.result.graph)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if self.error_pages:  # only the error pages: the preview must come up fast
            for file in list(files.documentation_pages()):
                files.remove(file)
            for page in self.error_pages:
                files.append(File.generated(config, page.path, content=page.content))
            return files
        assert self.result is not None and self.result.content is not None
        content = self.result.content
        for page in content.pages:
            if files.get_file_from_path(page.path) is not None:
                raise PluginError(message("publish.page_twice", path=page.path))
        assets = {asset.path: asset.data for asset in content.assets}
        assets.update(static_assets())
        generated = GeneratedFiles({page.path: page.content for page in content.pages}, assets)
        store_dir = Path(config.config_file_path).parent / self.config.cache_dir / "generated"
        if self.recovering:  # the error preview overwrote the pages: with --dirty every one must be rebuilt
            shutil.rmtree(store_dir, ignore_errors=True)
            self.recovering = False
        self.last_good_pages = [page.path for page in content.pages]
        self.own_pages = frozenset(self.last_good_pages)
        store = PageStore(store_dir)
        store.sync(generated)
        sources = {page.path: page.source for page in content.pages}
        for path in sorted(generated):
            file = File.generated(config, path, abs_src_path=str(store.path_of(path)))
            source = sources.get(path)
            if source:
                file.edit_uri = "../" + quote(source, safe="/")  # Material writes it into href unescaped
            files.append(file)
        self._release_pages()
        return files

    def _release_pages(self) -> None:
        """MkDocs reads every generated page and asset from its file in the store from here on: the core's copies
        (pages, assets, inline diagrams) would otherwise stay in memory for the whole build, beside MkDocs' own."""
        assert self.result is not None and self.result.content is not None
        stages = self.result.stages
        self.diagram_stats = stages.diagrams.output.stats if stages is not None else None
        self.result = dataclasses.replace(self.result, content=SiteContent(diagnostics=self.result.content.diagnostics),
                                          stages=None)

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """The URLs of the regions whose process list the navigation shortens to a link (see nav.page_nav)."""
        found = {title: files.get_file_from_path(source) for title, source in self.region_lists.items()}
        self.region_urls = {title: file.url for title, file in found.items() if file is not None}
        return nav

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """The theme's templates compiled once, not on every build: MkDocs makes a new environment per build, and
        under `polku serve` compiling the theme's templates again was a second of every save. Jinja checks each
        template's source against its cached code, so an edited override is compiled afresh."""
        if env.bytecode_cache is None:
            env.bytecode_cache = compiled_templates()
        return env

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """The search documents are made from here on, page by page, on the second core (early_documents.py)."""
        self._stop_early_documents()
        if self.error_pages or self.result is None or self.result.graph is None or self._keeps_search_index(config):
            return
        if EarlyDocuments.worthwhile():
            cache_dir = Path(config.config_file_path).parent / self.config.cache_dir
            # the abbreviations every page's document depends on, as the glossary's tooltips will show them; the
            # index step checks them against the finished pages and makes the documents again if they differ
            expected = pagefind_index.abbreviations_of(self.glossary_abbreviations)
            self.early_documents = EarlyDocuments(cache_dir, expected)

    def _keeps_search_index(self, config: MkDocsConfig) -> bool:
        """`polku serve` (--dirty) keeps the site folder between saves: the preview's search keeps the index of
        its first build, as its navigation may lag, so that a save shows its page without waiting for it."""
        return self.serving and self.dirty and pagefind_index.index_exists(Path(config.site_dir))

    def _stop_early_documents(self) -> None:
        if self.early_documents is not None:
            self.early_documents.close()
            self.early_documents = None

    def on_build_error(self, *, error: Exception) -> None:
        """No worker outlives a failed build, and no page's HTML stays parked on disk."""
        self._stop_early_documents()
        self.held_html.clear()

    def on_page_markdown(self, markdown: str, page: MkDocsPage, config: MkDocsConfig, **kwargs: Any) -> str:
        """Every page gets the glossary's abbreviations, so they become tooltips sitewide."""
        if self.error_pages:
            return markdown
        return f"{markdown}\n\n{self.abbreviations}" if self.abbreviations else markdown

    @event_priority(-100)  # after every other plugin has seen the page's HTML
    def on_page_content(self, html: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
        """MkDocs renders every page's Markdown before it writes the first page, and would keep each page's Markdown
        and HTML until the whole build ends: at national scale most of the build's peak memory. Nothing reads the
        Markdown after this point, so it goes now; the HTML of the core's own pages waits on disk until its page is
        written (held_html.py). Hand-written pages keep theirs in memory: a tags listing on one is filled in later
        (Material's tags plugin, on_env)."""
        page.title = page.title  # MkDocs works a title out from the Markdown each time it is read (None without it)
        page.markdown = None
        if page.file.src_uri not in self.own_pages:
            return html
        self.held_html.hold(page.file.src_uri, html)
        return ""

    def on_post_page(self, output: str, *, page: MkDocsPage, config: MkDocsConfig) -> str:
        """Tooltips are built with innerHTML: no title attribute may decode to markup (see attributes.py); a tooltip
        on an abbreviation the text spells out is dropped (spelled_out.py); the theme's indentation between tags is
        dropped (whitespace.py). MkDocs writes the page from `output`: nothing
        reads its HTML body after this point, so it goes now."""
        page.content = None
        finished = collapse_layout_whitespace(drop_spelled_out_abbreviations(safe_title_attributes(output)))
        relative = PurePosixPath(page.file.dest_uri)
        if self.early_documents is not None and pagefind_index.is_indexed(relative):
            # the bytes MkDocs writes (mkdocs/commands/build.py): a page's cache key is made from them
            self.early_documents.add(relative, finished.encode("utf-8", errors="xmlcharrefreplace"))
        return finished

    def on_page_context(self, context: TemplateContext, *, page: MkDocsPage, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext:
        """Each page gets a navigation collapsed to its own branch (see nav.page_nav): light pages at any scale;
        a page whose HTML waited on disk gets it back (see on_page_content)."""
        if self.held_html.holds(page.file.src_uri):
            page.content = self.held_html.take(page.file.src_uri)
        context["nav"] = page_nav(nav, self.region_urls)
        return context

    @event_priority(-50)  # after every other plugin has written its pages
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """The Pagefind search index, from the finished HTML (generator/search/pagefind_index.py)."""
        self.held_html.clear()  # every page is written
        if self.error_pages:
            write_not_found_page(Path(config.site_dir), self.last_good_pages, config.use_directory_urls)
            return
        if self.result is None or self.result.graph is None:
            return
        site_dir = Path(config.site_dir)
        if self._keeps_search_index(config):
            log.info(message("publish.search_index_reused"))
            return
        early, self.early_documents = self.early_documents, None
        try:
            cache_dir = Path(config.config_file_path).parent / self.config.cache_dir
            index = pagefind_index.build_search_index(site_dir, cache_dir=cache_dir, early=early)
        except pagefind_index.SearchIndexError as error:
            raise PluginError(str(error)) from error
        if not index.voikko:
            log.warning(MISSING_VOIKKO)
        if index.early_failure:
            log.info(message("publish.search_documents_late", error=index.early_failure))
        log.info(message("publish.search_index_built", pages=index.pages, reused=index.reused,
                         early=index.made_early, shared=index.handed_back, size=index.bytes_on_disk // 1024,
                         seconds=f"{index.seconds:.1f}",
                         pagefind=f"{index.pagefind_seconds:.1f}"))

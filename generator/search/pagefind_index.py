"""The site's search index: Pagefind over the finished HTML of any site folder (MkDocs, Zensical, …).

Pagefind writes a chunked index into `<site>/pagefind/`: the browser loads a small entry file and then only
the index chunks and page fragments its query needs, so the first query costs tens of kilobytes whatever the
size of the site (Material's lunr index was one file that every visitor downloaded whole). What each page
contributes is decided in `pages.py`; this module reads the pages, adds the Finnish keywords, and drives the
Pagefind binary from the npm package (pagefind_binary.py). With a cache folder (the build's `.cache/polku`), each page's
document is kept there and made again only when the page's article changed (document_cache.py). In a build,
most documents are made while MkDocs still writes pages (early_documents.py); this step then takes those whose
page on disk is still what the worker saw.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.messages import message
from generator.publish.attributes import tooltip_text
from generator.search.document_cache import CachedPage, DocumentCache, page_key
from generator.search.early_documents import EarlyDocuments, StagedDocuments, document_context
from generator.search.keywords import Abbreviation, words
from generator.search.lemmas import Lemmatiser, finnish_lemmatiser
from generator.search.pagefind_binary import find_pagefind, platform_package
from generator.search.pages import read_article, search_page

OUTPUT_FOLDER = "pagefind"
LANGUAGE = "fi"
TIMEOUT_SECONDS = 600
UNUSED_BUNDLE_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
                       "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
_ABBR = re.compile(rb'<abbr title="([^"]*)">([^<]*)</abbr>')


class SearchIndexError(RuntimeError):
    """Pagefind could not build the index (the message is Finnish and says what to do)."""


@dataclass(frozen=True, slots=True)
class SearchIndex:
    """What was indexed and what it weighs."""

    folder: Path
    pages: int
    pages_with_keywords: int
    seconds: float
    bytes_on_disk: int
    files: int
    voikko: bool  # False: Voikko was missing, the index has no base-form keywords
    reused: int = 0  # pages whose search document came from the cache unchanged
    pagefind_seconds: float = 0.0  # the Pagefind binary's own run
    # documents the worker made while MkDocs was building (not part of `seconds`) and its CPU time on them
    made_early: int = 0
    early_cpu_seconds: float = 0.0
    early_wait_seconds: float = 0.0  # part of `seconds`: waiting for the worker to finish the last pages
    handed_back: int = 0  # pages taken back from the worker's queue and made here meanwhile (EarlyDocuments.hand_back)
    early_failure: str = ""  # why the worker stopped early, if it did (its pages were made in this step)


def build_search_index(site_dir: Path, *, lemmatiser: Lemmatiser | None = None, cache_dir: Path | None = None,
                       early: EarlyDocuments | None = None) -> SearchIndex:
    """Index every HTML page under `site_dir` into `site_dir/pagefind/` (replacing an older index).

    `cache_dir`: keep the pages' search documents there and reuse those whose article did not change.
    `early`: the worker that made documents during the build (in `cache_dir`); waited for here, then closed."""
    started = time.perf_counter()
    lemmatiser = lemmatiser or finnish_lemmatiser()
    with ExitStack() as stack:
        if early is not None:
            stack.callback(early.close)
        if cache_dir is None:
            cache_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="polku-haku-")))
        cache = stack.enter_context(DocumentCache.opened(cache_dir))  # one build at a time uses the folder
        documents = _search_documents(site_dir, lemmatiser, cache, early, started)
        output = site_dir / OUTPUT_FOLDER
        shutil.rmtree(output, ignore_errors=True)
        pagefind_started = time.perf_counter()
        try:
            _run_pagefind(cache.documents, output)
        except (OSError, subprocess.SubprocessError) as error:
            raise SearchIndexError(message("search_index.pagefind_not_started", error=error)) from error
        pagefind_seconds = time.perf_counter() - pagefind_started
    for unused in UNUSED_BUNDLE_FILES:  # Pagefind's own UIs: the site has its own search box (haku.js)
        (output / unused).unlink(missing_ok=True)
    files = [p for p in output.rglob("*") if p.is_file()]
    pages, staged = documents.pages, documents.staged
    return SearchIndex(folder=output, pages=len(pages),
                       pages_with_keywords=sum(1 for p in pages if p.keywords),
                       seconds=time.perf_counter() - started, bytes_on_disk=sum(p.stat().st_size for p in files),
                       files=len(files), voikko=lemmatiser is not None, reused=documents.reused,
                       pagefind_seconds=pagefind_seconds, made_early=documents.adopted,
                       early_cpu_seconds=staged.cpu_seconds if staged is not None else 0.0,
                       early_wait_seconds=documents.waited, handed_back=documents.handed_back,
                       early_failure=staged.failure if staged is not None else "")


@dataclass(frozen=True, slots=True)
class _Documents:
    """Every page's search document, and where each came from."""

    pages: list[CachedPage]
    reused: int  # unchanged since an earlier build
    adopted: int  # made by the worker beside MkDocs
    handed_back: int  # taken back from the worker's queue and made here while it finished the rest
    staged: StagedDocuments | None  # what the worker made
    waited: float  # seconds from the step's start until the worker was done


def _search_documents(site_dir: Path, lemmatiser: Lemmatiser | None, cache: DocumentCache,
                      early: EarlyDocuments | None, started: float) -> _Documents:
    """Every page's search document in the cache folder, made anew only for pages whose article changed (or
    taken from the worker's when it made it from the page as it is on disk)."""
    files = list(_html_files(site_dir))  # listed once: walking the site folder twice cost a quarter second
    abbreviations = _abbreviations_in(files)
    context = document_context(abbreviations, lemmatiser is not None)
    indexed = list(_indexed(site_dir, files))
    # the pages taken back from the worker's queue are made here while the worker finishes the rest
    taken = set(early.hand_back()) if early is not None else set()
    made = {str(relative): _made(relative, path.read_bytes(), context, cache, lemmatiser, abbreviations)
            for path, relative in indexed if str(relative) in taken}
    staged = early.collect(TIMEOUT_SECONDS) if early is not None else None
    waited = time.perf_counter() - started
    pages: list[CachedPage] = []
    sources: set[str] = set()
    reused = adopted = 0
    for path, relative in indexed:
        if str(relative) in made:
            found: CachedPage | None = made[str(relative)]
            if found is not None:
                pages.append(found)
                sources.add(str(relative))
            continue
        raw = path.read_bytes()
        key = page_key(relative, raw, context)
        found = cache.get(str(relative), key)
        from_worker = staged.pages.get(str(relative)) if staged is not None else None
        if found is not None:
            reused += 1
        elif staged is not None and from_worker is not None and from_worker.key == key:
            cache.adopt(str(relative), staged.path_of(str(relative)), from_worker)
            found = from_worker
            adopted += 1
        else:
            found = _made(relative, raw, context, cache, lemmatiser, abbreviations, key)
            if found is None:
                continue
        pages.append(found)
        sources.add(str(relative))
    cache.keep_only(sources)
    return _Documents(pages, reused, adopted, len(made), staged, waited)


def _made(relative: PurePosixPath, raw: bytes, context: str, cache: DocumentCache, lemmatiser: Lemmatiser | None,
          abbreviations: dict[str, Abbreviation], key: str | None = None) -> CachedPage | None:
    """The page's document made now into the cache (None: the page has no article). `key`: the page's key when
    the caller has already hashed it."""
    article = read_article(raw)
    if article is None:
        return None
    page = search_page(relative, article, lemmatiser, abbreviations)
    key = page_key(relative, raw, context) if key is None else key
    found = CachedPage(key, page.url, page.kind, page.region, page.keywords)
    cache.put(page.source, page.document, found)
    return found


def index_exists(site_dir: Path) -> bool:
    """Whether `site_dir` already holds a Pagefind index (its entry file)."""
    return (site_dir / OUTPUT_FOLDER / "pagefind-entry.json").is_file()


def site_abbreviations(site_dir: Path) -> dict[str, Abbreviation]:
    """Every glossary abbreviation some page shows as a tooltip, so a page that spells out "kuntouttava
    työtoiminta" gets the keyword "ktt" even when it never uses the abbreviation itself."""
    return _abbreviations_in(_html_files(site_dir))


def _abbreviations_in(files: Iterable[Path]) -> dict[str, Abbreviation]:
    # the expansion as the tooltip shows it: decoded once, a title holding "&" or "<" would index "amp" and "lt"
    return abbreviations_of((html.unescape(short.decode()), tooltip_text(title.decode()))
                            for path in files for title, short in _ABBR.findall(path.read_bytes()))


def abbreviations_of(pairs: Iterable[tuple[str, str]]) -> dict[str, Abbreviation]:
    """(abbreviation, expansion) pairs as the index uses them: lower-case, the first expansion of each."""
    found: dict[str, Abbreviation] = {}
    for short, expansion in pairs:
        key = short.strip().lower()
        if key and key not in found:
            found[key] = Abbreviation(key, tuple(w.lower() for w in words(expansion)))
    return dict(sorted(found.items()))


def is_indexed(relative: PurePosixPath) -> bool:
    """Every page but the error page, which is no search result."""
    return relative.name != "404.html"


def _html_files(site_dir: Path) -> Iterator[Path]:
    output = site_dir / OUTPUT_FOLDER
    for path in sorted(site_dir.rglob("*.html")):
        if output not in path.parents:
            yield path


def _indexed(site_dir: Path, files: Iterable[Path]) -> Iterator[tuple[Path, PurePosixPath]]:
    for path in files:
        relative = PurePosixPath(path.relative_to(site_dir).as_posix())
        if is_indexed(relative):
            yield path, relative


def _run_pagefind(documents: Path, output: Path) -> None:
    """Run the Pagefind binary once over the folder of search documents.

    (Pagefind's Python API answers one request per 0.1 s poll, which would cost minutes at national scale.)
    """
    binary = find_pagefind()
    if binary is None:
        raise SearchIndexError(message("search_index.pagefind_missing", package=platform_package()))
    documents.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([str(binary), "--site", str(documents), "--output-path", str(output),
                           "--force-language", LANGUAGE, "--silent"],
                          capture_output=True, text=True, check=False, timeout=TIMEOUT_SECONDS)
    if done.returncode != 0:
        output_text = (done.stdout + done.stderr).strip()
        raise SearchIndexError(message("search_index.pagefind_failed", code=done.returncode, output=output_text))

"""Search documents made while MkDocs is still writing pages, in a worker process on the otherwise idle core.

The build hands each finished page's HTML to one worker (spawned, as the questionnaire stage does: a fork would
copy `mkdocs serve`'s threads half-way) as soon as the page is rendered. The worker makes the page's search
document (pages.py, with Voikko) into a staging folder of the cache. When the last page is written, only what the
worker has not finished yet, the reading of every page's hash and the Pagefind run remain.

Nothing here decides what the index holds: a staged document is used only when its key (document_cache.page_key:
the page's bytes as written, its path, the site's abbreviations, Voikko or not) equals the key of the page on disk
at the end, so a page another plugin changed after us, a page `--dirty` skipped, or a guess of the site's
abbreviations that proved wrong falls back to the document made at the end, as without the worker. A worker that
fails or hangs costs only the overlap: its pages are made at the end.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from generator.search.document_cache import FOLDER, CachedPage, DocumentCache, page_key
from generator.search.keywords import Abbreviation
from generator.search.lemmas import Lemmatiser, finnish_lemmatiser
from generator.search.pages import read_article, search_page

STAGING_PREFIX = "uudet-"
HAND_BACK_FROM = 16  # a shorter backlog is not worth splitting: the worker is done with it in moments


def document_context(abbreviations: Mapping[str, Abbreviation], voikko: bool) -> str:
    """What every page's document depends on besides the page itself (part of each page's cache key)."""
    return json.dumps([[a.short, *a.words] for a in abbreviations.values()] + [voikko])


@dataclass(frozen=True, slots=True)
class StagedPage:
    """A document the worker made: its page state (key) and what the index statistics need of it."""

    source: str
    page: CachedPage
    cpu_seconds: float


@dataclass(frozen=True, slots=True)
class StagedDocuments:
    """What the worker left for the end of the build: documents in `folder`, named by `staged_name`."""

    folder: Path
    pages: Mapping[str, CachedPage] = field(default_factory=dict)
    cpu_seconds: float = 0.0  # the worker's CPU time on them, spent while MkDocs was still building
    failure: str = ""  # why the worker stopped early ("" when it did not): its pages are made at the end

    def path_of(self, source: str) -> Path:
        return self.folder / staged_name(source)


@dataclass(slots=True)
class _WorkerState:
    lemmatiser: Lemmatiser | None
    abbreviations: Mapping[str, Abbreviation]
    context: str
    staging: Path
    known: dict[str, str]  # page → key of the document the cache already has (made by an earlier build)
    documents: Path


_STATE: _WorkerState | None = None


def _start_worker(cache_dir: Path, staging: Path, abbreviations: Mapping[str, Abbreviation]) -> None:
    """The worker's one-time setup: Voikko, and the cache's manifest as it was (read, never written here)."""
    global _STATE
    lemmatiser = finnish_lemmatiser()
    cache = DocumentCache(cache_dir, clear_on_damage=False)
    _STATE = _WorkerState(lemmatiser, abbreviations, document_context(abbreviations, lemmatiser is not None),
                          staging, cache.keys(), cache.documents)


def staged_name(source: str) -> str:
    """The staged document's file name: one flat folder, as creating and removing a folder per page cost seconds
    on a slow file system ("prosessit/x/index.html" → "prosessit%2Fx%2Findex.html")."""
    return quote(source, safe="")


def make_document(source: str, raw: bytes) -> StagedPage | None:
    """The page's document into the staging folder; None when the cache already has it or the page has no body."""
    assert _STATE is not None, "the worker was not started"
    started = time.process_time()
    key = page_key(PurePosixPath(source), raw, _STATE.context)
    if _STATE.known.get(source) == key and (_STATE.documents / source).is_file():
        return None
    article = read_article(raw)
    if article is None:
        return None
    page = search_page(PurePosixPath(source), article, _STATE.lemmatiser, _STATE.abbreviations)
    (_STATE.staging / staged_name(source)).write_text(page.document, encoding="utf-8")
    return StagedPage(source, CachedPage(key, page.url, page.kind, page.region, page.keywords),
                      time.process_time() - started)


class EarlyDocuments:
    """One worker making search documents while the build goes on; `collect` at the end, `close` always."""

    def __init__(self, cache_dir: Path, abbreviations: Mapping[str, Abbreviation], *,
                 make: Callable[[str, bytes], StagedPage | None] = make_document) -> None:
        """`abbreviations`: the site's abbreviations as expected before any page exists (the glossary's)."""
        (cache_dir / FOLDER).mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=cache_dir / FOLDER))
        self._make = make
        self._futures: list[Future[StagedPage | None]] = []
        self._sources: list[str] = []  # the page of each future
        self._failure = ""
        self._stopped = False
        self._initargs = (cache_dir, self.staging, dict(abbreviations))
        # A page the cache already has a document for is not sent to the worker (it would only say so): sending
        # each page's HTML through the pool was seconds of the main process in a warm build, and with nothing to
        # make no worker is started at all. The key is tried with Voikko and without (the worker knows which
        # holds); a page this skips wrongly is made by the index step, which checks every key again.
        cache = DocumentCache(cache_dir, clear_on_damage=False)
        self._known, self._documents = cache.keys(), cache.documents
        self._contexts = (document_context(abbreviations, True), document_context(abbreviations, False))
        self._pool: ProcessPoolExecutor | None = None
        if not self._known:  # nothing cached: every page is work, so the worker starts now, while MkDocs reads
            self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"), initializer=_start_worker,
                                   initargs=self._initargs)

    @staticmethod
    def worthwhile() -> bool:
        """A second core to run on: with one, the worker would only take turns with MkDocs."""
        return (os.cpu_count() or 1) > 1

    def add(self, source: PurePosixPath, raw: bytes) -> None:
        """Queue a finished page (`raw`: its bytes as MkDocs writes them)."""
        if self._stopped or self._is_cached(source, raw):
            return
        try:
            if self._pool is None:
                self._pool = self._start()
            self._futures.append(self._pool.submit(self._make, str(source), raw))
            self._sources.append(str(source))
        except (RuntimeError, OSError) as error:  # the pool broke or could not start: the rest is made at the end
            self._stop(str(error))

    def _is_cached(self, source: PurePosixPath, raw: bytes) -> bool:
        known = self._known.get(str(source))
        return (known is not None and any(page_key(source, raw, context) == known for context in self._contexts)
                and (self._documents / str(source)).is_file())

    def hand_back(self) -> list[str]:
        """Take back the later half of the pages the worker has not begun (when at least HAND_BACK_FROM wait):
        once the last page is written the build's own process is idle, so it makes these while the worker
        finishes the rest, and the two cores share the backlog that one worked through alone (1×: 3–5 s after
        the last page). The caller makes the returned pages' documents; `collect` leaves them out."""
        waiting = [at for at, future in enumerate(self._futures) if not future.done()]
        if len(waiting) < HAND_BACK_FROM:
            return []
        # cancel() refuses a page the worker has begun or already holds in its queue: it stays the worker's
        return [self._sources[at] for at in waiting[len(waiting) // 2:] if self._futures[at].cancel()]

    def collect(self, timeout: float) -> StagedDocuments:
        """Wait (at most `timeout` seconds) for the queued pages; what is not done by then is made at the end."""
        done, pending = wait(self._futures, timeout=timeout)
        staged: dict[str, CachedPage] = {}
        cpu = 0.0
        for future in done:
            if future.cancelled():  # handed back: made by the caller
                continue
            error = future.exception()
            if error is not None:
                self._failure = self._failure or repr(error)
                continue
            found = future.result()
            if found is not None:
                staged[found.source] = found.page
                cpu += found.cpu_seconds
        if pending:
            self._failure = self._failure or f"{len(pending)} pending after {timeout:.0f} s"
        self._stop(self._failure)
        return StagedDocuments(self.staging, staged, cpu, self._failure)

    def _stop(self, failure: str) -> None:
        self._failure = self._failure or failure
        self._stopped = True
        if self._pool is not None:
            pool, self._pool = self._pool, None
            # a hung worker must not keep the build (or the interpreter's exit, which joins it) waiting; the
            # executor has no public way to end its processes before Python 3.14 (terminate_workers)
            processes = list((pool._processes or {}).values())
            pool.shutdown(wait=not failure, cancel_futures=True)
            if failure:
                for process in processes:
                    process.kill()

    def close(self) -> None:
        """Stop the worker and remove what it staged (after the index took what it needed, or on a failed build)."""
        self._stop("closed")
        shutil.rmtree(self.staging, ignore_errors=True)

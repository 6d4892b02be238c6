"""Search documents made while MkDocs is still building (generator/search/early_documents.py): the index is the
one the end of the build would have made on its own, whatever the worker saw, guessed or failed to do."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path, PurePosixPath

import pytest

from generator.publish.attributes import tooltip_value
from generator.search.early_documents import HAND_BACK_FROM, EarlyDocuments, StagedPage, make_document
from generator.search.keywords import Abbreviation
from generator.search.lemmas import Lemmatiser, finnish_lemmatiser
from generator.search.pagefind_index import SearchIndex, abbreviations_of, build_search_index, site_abbreviations
from tests.site.test_pagefind_index import GUIDE, PROCESS
from tests.workflow.guide_example import example_build

PAGES = {"prosessit/huittinen-polku/index.html": PROCESS, "yllapito/editorissa/index.html": GUIDE}
KTT = [("KTT", "kuntouttava työtoiminta")]  # the abbreviation PROCESS shows as a tooltip


class RefusingAnalyser:
    """A Voikko that fails the test when asked: the index step must take every document from the worker."""

    def analyze(self, word: str) -> list[dict[str, str]]:
        raise AssertionError(f"the index step lemmatised {word!r} itself")


@pytest.fixture(scope="module")
def voikko() -> Lemmatiser:
    lemmatiser = finnish_lemmatiser()
    assert lemmatiser is not None, "Voikko is missing: scripts/setup.sh installs libvoikko1 and voikko-fi"
    return lemmatiser


def _site(root: Path, pages: dict[str, str]) -> Path:
    for path, html in pages.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(html, encoding="utf-8")
    return root


def _documents(cache: Path) -> dict[str, bytes]:
    folder = cache / "haku" / "sivut"
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _made_afterwards(site: Path, cache: Path, voikko: Lemmatiser) -> tuple[SearchIndex, dict[str, bytes], str]:
    index = build_search_index(site, lemmatiser=voikko, cache_dir=cache)
    return index, _documents(cache), (cache / "haku" / "avaimet.json").read_text(encoding="utf-8")


def _early(cache: Path, seen: dict[str, str], abbreviations: list[tuple[str, str]], **kwargs: object) -> EarlyDocuments:
    early = EarlyDocuments(cache, abbreviations_of(abbreviations), **kwargs)  # type: ignore[arg-type]
    for path, html in seen.items():
        early.add(PurePosixPath(path), html.encode("utf-8"))
    return early


def test_documents_made_during_the_build_are_the_ones_made_afterwards(tmp_path: Path, voikko: Lemmatiser) -> None:
    """Every page the worker saw as it is on disk is taken as it made it (the index step lemmatises nothing), and
    the documents, the manifest and the index are those the index step makes on its own."""
    site = _site(tmp_path / "site", {**PAGES, "404.html": PROCESS})
    early = _early(tmp_path / "cache", PAGES, KTT)
    index = build_search_index(site, lemmatiser=Lemmatiser(RefusingAnalyser()), cache_dir=tmp_path / "cache",
                               early=early)
    assert (index.pages, index.reused, index.made_early, index.early_failure) == (2, 0, 2, "")
    assert index.early_cpu_seconds > 0
    alone, documents, manifest = _made_afterwards(site, tmp_path / "alone", voikko)
    assert _documents(tmp_path / "cache") == documents
    assert (tmp_path / "cache" / "haku" / "avaimet.json").read_text(encoding="utf-8") == manifest
    assert (index.pages, index.pages_with_keywords, index.files) == (alone.pages, alone.pages_with_keywords,
                                                                     alone.files)
    assert sorted(p.name for p in (tmp_path / "cache" / "haku").iterdir()) == ["avaimet.json", "lukko", "sivut"], \
        "the worker's staging folder is gone"


def test_a_page_that_changed_after_the_worker_saw_it_is_made_again(tmp_path: Path, voikko: Lemmatiser) -> None:
    """A page another plugin changed after Polku's hook (or one `--dirty` skipped) is indexed as it is on disk."""
    guide = "yllapito/editorissa/index.html"
    on_disk = {**PAGES, guide: GUIDE.replace("Kirjaa päätöksen tiedot", "Kirjaa työkokeilun tiedot")}
    site = _site(tmp_path / "site", on_disk)
    index = build_search_index(site, lemmatiser=voikko, cache_dir=tmp_path / "cache",
                               early=_early(tmp_path / "cache", PAGES, KTT))
    assert (index.pages, index.made_early) == (2, 1)
    assert _documents(tmp_path / "cache") == _made_afterwards(site, tmp_path / "alone", voikko)[1]


def test_a_wrong_guess_of_the_abbreviations_makes_every_document_again(tmp_path: Path,
                                                                       voikko: Lemmatiser) -> None:
    """The worker starts from the glossary's abbreviations; the site's own (its tooltips) decide the index."""
    site = _site(tmp_path / "site", PAGES)
    assert site_abbreviations(site) == {"ktt": Abbreviation("ktt", ("kuntouttava", "työtoiminta"))}
    index = build_search_index(site, lemmatiser=voikko, cache_dir=tmp_path / "cache",
                               early=_early(tmp_path / "cache", PAGES, [("TE", "työ- ja elinkeinotoimisto")]))
    assert (index.pages, index.made_early) == (2, 0)
    assert _documents(tmp_path / "cache") == _made_afterwards(site, tmp_path / "alone", voikko)[1]


def test_an_expansion_holding_markup_characters_is_guessed_right(tmp_path: Path, voikko: Lemmatiser) -> None:
    """A glossary expansion with "&" or "<" is escaped twice in its tooltip (publish/attributes.py); the index reads
    the words a reader sees, the glossary's own, so the worker's documents are kept (not "amp" and "lt")."""
    expansion = "kuntouttava & <työtoiminta>"
    title = 'title="kuntouttava työtoiminta"'
    assert PROCESS.count(title) == 1
    pages = {path: html.replace(title, f'title="{tooltip_value(expansion)}"') for path, html in PAGES.items()}
    site = _site(tmp_path / "site", pages)
    assert site_abbreviations(site) == {"ktt": Abbreviation("ktt", ("kuntouttava", "työtoiminta"))}
    index = build_search_index(site, lemmatiser=Lemmatiser(RefusingAnalyser()), cache_dir=tmp_path / "cache",
                               early=_early(tmp_path / "cache", pages, [("KTT", expansion)]))
    assert (index.pages, index.made_early, index.early_failure) == (2, 2, "")


def dying_worker(source: str, raw: bytes) -> StagedPage | None:
    """A worker process that dies on its first page (run in the spawned process, so module-level)."""
    os._exit(3)


def hanging_worker(source: str, raw: bytes) -> StagedPage | None:
    time.sleep(3600)
    return None


def test_a_dead_worker_leaves_its_pages_to_the_index_step(tmp_path: Path, voikko: Lemmatiser) -> None:
    site = _site(tmp_path / "site", PAGES)
    index = build_search_index(site, lemmatiser=voikko, cache_dir=tmp_path / "cache",
                               early=_early(tmp_path / "cache", PAGES, KTT, make=dying_worker))
    assert (index.pages, index.made_early) == (2, 0)
    assert index.early_failure.startswith("BrokenProcessPool(")
    assert _documents(tmp_path / "cache") == _made_afterwards(site, tmp_path / "alone", voikko)[1]


def slow_worker(source: str, raw: bytes) -> StagedPage | None:
    """The real worker, slowed so that a backlog is still queued when the last page has been written."""
    time.sleep(0.3)
    return make_document(source, raw)


def test_the_index_step_makes_half_of_a_long_backlog_while_the_worker_makes_the_rest(tmp_path: Path,
                                                                                       voikko: Lemmatiser) -> None:
    """Once the last page is written the build's process is idle: it takes back the later half of the pages the
    worker has not begun and makes them on the other core. Every page is made once, by one of the two, and the
    documents are byte for byte those the index step makes alone."""
    pages = {f"prosessit/polku-{n:02}/index.html": PROCESS.replace("huittinen-polku", f"polku-{n:02}")
             for n in range(24)}
    site = _site(tmp_path / "site", pages)
    early = _early(tmp_path / "cache", pages, KTT, make=slow_worker)
    index = build_search_index(site, lemmatiser=voikko, cache_dir=tmp_path / "cache", early=early)
    assert (index.pages, index.reused, index.made_early + index.handed_back, index.early_failure) == (24, 0, 24, "")
    assert index.handed_back >= HAND_BACK_FROM // 2, "the worker cannot have begun most of 24 pages of 0.3 s"
    assert _documents(tmp_path / "cache") == _made_afterwards(site, tmp_path / "alone", voikko)[1]


def test_a_hanging_worker_is_stopped(tmp_path: Path) -> None:
    """Past the wait, the build goes on without the worker and no process of it is left behind."""
    early = _early(tmp_path / "cache", PAGES, KTT, make=hanging_worker)
    processes = list((early._pool._processes or {}).values()) if early._pool is not None else []
    staged = early.collect(timeout=1)
    early.close()
    assert (dict(staged.pages), staged.failure) == ({}, "2 pending after 1 s")
    assert processes != []
    for process in processes:
        process.join(timeout=30)
        # gone, or dead and waiting to be reaped: the executor's own thread may reap it first, and then
        # multiprocessing's is_alive() on this handle says True for a process that no longer runs
        assert _process_state(process.pid) in {None, "Z"}
    assert not early.staging.exists()


def _process_state(pid: int | None) -> str | None:
    """The kernel's state letter of a process ("S" sleeping, "Z" dead and not yet reaped), None for no process."""
    try:
        return Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return None


BUILT = re.compile(r"Hakuhakemisto: (\d+) sivua \((\d+) ennallaan, (\d+) tehty sivujen rinnalla, (\d+) lopussa "
                   r"toisella ytimellä\)")


def test_the_build_makes_the_documents_while_it_writes_pages(tmp_path: Path, voikko: Lemmatiser,
                                                            tmp_path_factory: pytest.TempPathFactory,
                                                            worker_id: str) -> None:
    """A cold `mkdocs build --strict` of a copy of the repository (the one tests/workflow/guide_example.py builds
    with the guide's example added; the copy starts without the search cache): every page's document was made
    beside MkDocs (or, when the worker still had many queued, taken back and made on the other core at the end),
    and the documents are byte for byte those the index step makes from the finished site without
    the worker."""
    built = example_build(tmp_path_factory, worker_id)
    found = BUILT.search(built.output)
    assert found is not None, built.output
    pages, reused, early, shared = (int(n) for n in found.groups())
    assert (reused, early + shared) == (0, pages)
    documents = _documents(built.repo / ".cache" / "polku")
    assert len(documents) == pages
    site = shutil.copytree(built.site, tmp_path / "site")  # the index step rewrites its pagefind/; a shared folder
    assert documents == _made_afterwards(site, tmp_path / "alone", voikko)[1]
    manifest = json.loads((built.repo / ".cache" / "polku" / "haku" / "avaimet.json").read_text(encoding="utf-8"))
    assert manifest == json.loads((tmp_path / "alone" / "haku" / "avaimet.json").read_text(encoding="utf-8"))


def test_a_warm_build_starts_no_worker_and_an_edited_page_starts_it(tmp_path: Path, voikko: Lemmatiser) -> None:
    """Pages whose documents the cache already has are not sent to the worker: with none to make none is started.
    A page that changed since starts it, and only that page is made beside the build."""
    site = _site(tmp_path / "site", PAGES)
    build_search_index(site, lemmatiser=voikko, cache_dir=tmp_path / "cache", early=_early(tmp_path / "cache", PAGES,
                                                                                           KTT))
    warm = _early(tmp_path / "cache", PAGES, KTT)
    assert warm._pool is None
    index = build_search_index(site, lemmatiser=voikko, cache_dir=tmp_path / "cache", early=warm)
    assert (index.pages, index.reused, index.made_early, index.early_failure) == (2, 2, 0, "")
    guide = "yllapito/editorissa/index.html"
    edited = {**PAGES, guide: GUIDE.replace("Kirjaa päätöksen tiedot", "Kirjaa työkokeilun tiedot")}
    site = _site(tmp_path / "site", edited)
    early = _early(tmp_path / "cache", edited, KTT)
    assert early._pool is not None
    index = build_search_index(site, lemmatiser=Lemmatiser(RefusingAnalyser()), cache_dir=tmp_path / "cache",
                               early=early)
    assert (index.pages, index.reused, index.made_early, index.early_failure) == (2, 1, 1, "")
    assert _documents(tmp_path / "cache") == _made_afterwards(site, tmp_path / "alone", voikko)[1]

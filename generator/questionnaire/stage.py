"""The questionnaire stage: every comparison page offers each compared region its own questionnaire.

Runs before the pages; `partials/questionnaire_downloads.md.jinja` gets `QuestionnaireDownloads.downloads` as
`questionnaires`. The workbooks are the same bytes `polku kysely SERVICE --region R` writes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from generator.compare.select import default_regions
from generator.questionnaire.content import Questionnaire, build_questionnaire
from generator.questionnaire.writer import to_xlsx
from generator.render.artifact_cache import ArtifactCache
from generator.render.content import Asset, RenderOptions, StageRun
from generator.render.text import t
from generator.resolve import KnowledgeGraph


@dataclass(frozen=True, slots=True)
class QuestionnaireDownload:
    region_id: str
    region_name: str
    path: str  # docs-relative, e.g. "vertailu/kyselyt/kuntouttava-tyotoiminta-satakunta.xlsx"
    size: int


@dataclass(frozen=True, slots=True)
class QuestionnaireDownloads:
    downloads: dict[str, tuple[QuestionnaireDownload, ...]]  # service id → one per region


def contribute_questionnaires(graph: KnowledgeGraph, options: RenderOptions,
                              started: PendingWorkbooks | None = None) -> StageRun[QuestionnaireDownloads]:
    """`started`: the workbooks `start_workbooks` began writing earlier in the build (else they are written now)."""
    pending = started or start_workbooks(graph, options)
    workbooks = pending.finish()
    downloads: dict[str, tuple[QuestionnaireDownload, ...]] = {}
    assets: list[Asset] = []
    for service_id in graph.services:
        found = []
        for region_id in questionnaire_regions(graph, service_id):
            data = workbooks[(service_id, region_id)]
            path = f"vertailu/kyselyt/{service_id}-{region_id}.xlsx"
            assets.append(Asset(path, data))
            found.append(QuestionnaireDownload(region_id, t(graph.regions[region_id].name), path, len(data)))
        downloads[service_id] = tuple(found)
    return StageRun(QuestionnaireDownloads(downloads), tuple(assets))


def questionnaire_regions(graph: KnowledgeGraph, service_id: str) -> tuple[str, ...]:
    """The comparison's regions; for a service nobody describes yet, every region with models, as long as the
    service has questions to ask (without questions or steps a questionnaire would be empty)."""
    compared = default_regions(graph, service_id)
    if compared or not graph.services[service_id].questions:
        return compared
    return tuple(rid for rid in graph.regions if rid in graph.processes_by_region)


# The writer's own files are part of the key, so a change to the layout or the guide text redraws every workbook.
WRITER = tuple(Path(__file__).parent / name
               for name in ("writer.py", "layout.py", "package.py", "templates/ohje.txt.jinja"))
WORKBOOK = "kysely.xlsx"
PARALLEL_FROM = 16  # fewer workbooks than this are written here: starting worker processes costs more


class PendingWorkbooks:
    """Every questionnaire's workbook: unchanged ones from the cache; the rest written by openpyxl (about 50 ms a
    workbook, all Python), in worker processes when there are many, as after a cleared cache at national scale.

    The workers start at once and write while the build goes on (diagrams, forms, comparisons): otherwise the
    build would wait for them with one core idle before and both busy only here. `finish` collects them."""

    def __init__(self, asked: dict[tuple[str, str], Questionnaire], options: RenderOptions) -> None:
        self._asked = asked
        self._cache = ArtifactCache.of(options.cache_path, "kyselyt", WRITER, ("openpyxl",))
        self._done: dict[tuple[str, str], bytes] = {}
        self._missing: list[tuple[str, str]] = []
        for key, questionnaire in asked.items():
            found = self._cache.lookup(repr(questionnaire))
            if found is not None and WORKBOOK in found:
                self._done[key] = found[WORKBOOK]
            else:
                self._missing.append(key)
        self._pool: ProcessPoolExecutor | None = None
        self._written: Iterator[bytes] | None = None
        if len(self._missing) >= PARALLEL_FROM and options.workers > 1:
            # spawn, not fork: the build may run inside `mkdocs serve`, whose threads a fork would copy half-way;
            # at a lower priority, so that they take only what the main process leaves of the CPU (stages.py)
            self._pool = ProcessPoolExecutor(max_workers=options.workers, mp_context=get_context("spawn"),
                                             initializer=_lower_priority)
            self._written = self._pool.map(to_xlsx, [asked[key] for key in self._missing], chunksize=8)

    def finish(self) -> dict[tuple[str, str], bytes]:
        try:
            written = list(self._written) if self._written is not None else [
                to_xlsx(self._asked[key]) for key in self._missing]
        finally:
            if self._pool is not None:
                self._pool.shutdown()
        for key, data in zip(self._missing, written, strict=True):
            self._cache.store(repr(self._asked[key]), {WORKBOOK: data})
            self._done[key] = data
        return self._done

    def cancel(self) -> None:
        """Stop the workers when the build fails before collecting them (no worker outlives its build)."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


WORKER_NICENESS = 10  # a niced worker gets about a tenth of a core the main process also wants


def _lower_priority() -> None:
    os.nice(WORKER_NICENESS)


def start_workbooks(graph: KnowledgeGraph, options: RenderOptions) -> PendingWorkbooks:
    """Begin writing the workbooks of every comparison's regions (see PendingWorkbooks)."""
    asked = {(service_id, region_id): build_questionnaire(graph, service_id, [region_id])
             for service_id in graph.services for region_id in questionnaire_regions(graph, service_id)}
    return PendingWorkbooks(asked, options)

"""The questionnaire stage: every comparison page offers each compared region its own questionnaire.

Runs before the pages; `partials/questionnaire_downloads.md.jinja` gets `QuestionnaireDownloads.downloads` as
`questionnaires`. The workbooks are the same bytes `polku kysely SERVICE --region R` writes.
"""

from __future__ import annotations

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


def contribute_questionnaires(graph: KnowledgeGraph, options: RenderOptions) -> StageRun[QuestionnaireDownloads]:
    downloads: dict[str, tuple[QuestionnaireDownload, ...]] = {}
    assets: list[Asset] = []
    asked = {(service_id, region_id): build_questionnaire(graph, service_id, [region_id])
             for service_id in graph.services for region_id in questionnaire_regions(graph, service_id)}
    workbooks = _workbooks(asked, options)
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


def _workbooks(asked: dict[tuple[str, str], Questionnaire], options: RenderOptions) -> dict[tuple[str, str], bytes]:
    """Each questionnaire's workbook: unchanged ones from the cache; the rest written by openpyxl (about 50 ms a
    workbook, all Python), on every core when there are many, as after a cleared cache at national scale."""
    cache = ArtifactCache.of(options.cache_path, "kyselyt", WRITER, ("openpyxl",))
    done: dict[tuple[str, str], bytes] = {}
    missing: list[tuple[str, str]] = []
    for key, questionnaire in asked.items():
        found = cache.lookup(repr(questionnaire))
        if found is not None and WORKBOOK in found:
            done[key] = found[WORKBOOK]
        else:
            missing.append(key)
    if len(missing) >= PARALLEL_FROM and options.workers > 1:
        # spawn, not fork: the build may run inside `mkdocs serve`, whose threads a fork would copy half-way
        with ProcessPoolExecutor(max_workers=options.workers, mp_context=get_context("spawn")) as pool:
            written = list(pool.map(to_xlsx, [asked[key] for key in missing], chunksize=8))
    else:
        written = [to_xlsx(asked[key]) for key in missing]
    for key, data in zip(missing, written, strict=True):
        cache.store(repr(asked[key]), {WORKBOOK: data})
        done[key] = data
    return done

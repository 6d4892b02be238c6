"""The questionnaire stage: every comparison page offers each compared region its own questionnaire.

Runs before the pages; `partials/questionnaire_downloads.md.jinja` gets `QuestionnaireDownloads.downloads` as
`questionnaires`. The workbooks are the same bytes `polku kysely SERVICE --region R` writes.
"""

from __future__ import annotations

from dataclasses import dataclass
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
    # openpyxl needs about half a second per workbook: an unchanged questionnaire comes from the cache
    cache = ArtifactCache.of(options.cache_path, "kyselyt", WRITER, ("openpyxl",))
    for service_id in graph.services:
        found = []
        for region_id in questionnaire_regions(graph, service_id):
            data = _workbook(build_questionnaire(graph, service_id, [region_id]), cache)
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


def _workbook(questionnaire: Questionnaire, cache: ArtifactCache) -> bytes:
    return cache.files(repr(questionnaire), lambda: {WORKBOOK: to_xlsx(questionnaire)})[WORKBOOK]

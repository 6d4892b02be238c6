"""The comparisons stage: every service's comparison, and its tables as CSV and XLSX files for the site.

Runs after the history stage, whose dates tell how current each region's description is. The files are
named after the service (`vertailu-<palvelu>.csv|xlsx`) so a downloaded copy says what it compares.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

from generator.compare.build import build_comparison
from generator.compare.export import to_csv, to_xlsx
from generator.compare.model import Comparison
from generator.history.stage import SiteHistory
from generator.render.artifact_cache import ArtifactCache
from generator.render.content import Asset, RenderOptions, StageRun
from generator.resolve import KnowledgeGraph


@dataclass(frozen=True, slots=True, kw_only=True)
class ComparisonFiles:
    """One service's comparison and the docs-relative paths of its downloads."""

    comparison: Comparison
    csv: str
    xlsx: str


def download_path(service_id: str, extension: str) -> str:
    return f"vertailu/{service_id}/vertailu-{service_id}.{extension}"


@dataclass(frozen=True, slots=True)
class SiteComparisons:
    """The stage's output: service id → its comparison and downloads, in catalogue order."""

    by_service: dict[str, ComparisonFiles]


# What a comparison's downloads are made by (the writers and the tables they share with the page).
WRITERS = (Path(__file__).parent / "export.py", Path(__file__).parent / "tables.py",
           Path(__file__).parent.parent / "render" / "templates" / "comparison_export.md.jinja")


def contribute_comparisons(graph: KnowledgeGraph, history: SiteHistory,
                           options: RenderOptions | None = None) -> StageRun[SiteComparisons]:
    """Runs after the history stage: its dates tell how current each region's description is."""
    changed = last_changes(history)
    files: dict[str, ComparisonFiles] = {}
    assets: list[Asset] = []
    # openpyxl takes about 0.4 s a workbook at national scale: an unchanged comparison comes from the cache
    cache = ArtifactCache.of(options.cache_path if options else None, "vertailut", WRITERS, ("openpyxl",))
    for service_id in graph.services:
        comparison = build_comparison(graph, service_id, changed=changed)
        csv_path, xlsx_path = download_path(service_id, "csv"), download_path(service_id, "xlsx")
        if comparison.described_regions:
            made = cache.files(repr(comparison), functools.partial(_downloads, comparison))
            assets += [Asset(csv_path, made["csv"]), Asset(xlsx_path, made["xlsx"])]
        files[service_id] = ComparisonFiles(comparison=comparison, csv=csv_path, xlsx=xlsx_path)
    return StageRun(SiteComparisons(files), assets=tuple(assets))


def _downloads(comparison: Comparison) -> dict[str, bytes]:
    return {"csv": to_csv(comparison, separator=";"), "xlsx": to_xlsx(comparison)}


def last_changes(history: SiteHistory) -> dict[str, dt.date]:
    """Process id → the newest date in its history (git and changelog)."""
    return {pid: max(e.date for e in entries) for pid, entries in history.by_process.items() if entries}

"""The history stage: each process's change history (changelog + commits) and the newest changes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.history.entries import HistoryEntry, process_history, reader_latest
from generator.history.git_log import commits_by_file
from generator.project import MODELS_DIR
from generator.render.content import RenderOptions, StageRun
from generator.resolve import KnowledgeGraph

LATEST_CHANGES = 10


@dataclass(frozen=True, slots=True)
class SiteHistory:
    """The stage's output: process id → entries (newest first), and the newest changes across all
    processes as (process ids, entry)."""

    by_process: Mapping[str, Sequence[HistoryEntry]]
    latest: Sequence[tuple[tuple[str, ...], HistoryEntry]]


def contribute_history(graph: KnowledgeGraph, options: RenderOptions) -> StageRun[SiteHistory]:
    commits = commits_by_file(Path(options.repo_root), MODELS_DIR)
    history = {pid: process_history(process, commits.get(graph.process_file(pid), []))
               for pid, process in graph.processes.items()}
    return StageRun(SiteHistory(history, reader_latest(history, LATEST_CHANGES)))

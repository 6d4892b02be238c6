"""The history contributor: extras["history"] = {process id: entries} and extras["latest_changes"]."""

from __future__ import annotations

from pathlib import Path

from generator.history.entries import latest, process_history
from generator.history.git_log import commits_by_file
from generator.project import MODELS_DIR
from generator.render.site import RenderOptions, SiteContent
from generator.resolve import KnowledgeGraph

LATEST_CHANGES = 10


def contribute_history(graph: KnowledgeGraph, content: SiteContent, options: RenderOptions) -> None:
    commits = commits_by_file(Path(options.repo_root), MODELS_DIR)
    history = {pid: process_history(process, commits.get(graph.process_file(pid), []))
               for pid, process in graph.processes.items()}
    content.extras["history"] = history
    content.extras["latest_changes"] = latest(history, LATEST_CHANGES)

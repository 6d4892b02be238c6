"""The home page (Etusivu) with its three doors and the latest changes."""

from __future__ import annotations

from jinja2 import Environment

from generator.model.process import ChangelogEntry
from generator.render import urls
from generator.render.environment import render
from generator.render.site import Page, SiteContent
from generator.resolve import KnowledgeGraph

LATEST_CHANGES = 8


def latest_changes(graph: KnowledgeGraph) -> list[tuple[str, ChangelogEntry]]:
    """(process id, changelog entry), newest first across all models."""
    entries = [(pid, entry) for pid, p in graph.processes.items() for entry in p.changelog]
    entries.sort(key=lambda item: (item[1].date, item[0]), reverse=True)
    return entries[:LATEST_CHANGES]


def render_home(graph: KnowledgeGraph, content: SiteContent, env: Environment) -> list[Page]:
    body = render(env, "home.md.jinja", urls.HOME, g=graph, changes=latest_changes(graph), extras=content.extras)
    return [Page(urls.HOME, body)]

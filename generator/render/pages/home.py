"""The home page (Etusivu) with its three doors and the latest changes."""

from __future__ import annotations

from jinja2 import Environment

from generator.render import urls
from generator.render.content import Page
from generator.render.environment import render
from generator.render.page_memo import NO_MEMO, PageMemo
from generator.render.stages import StageOutputs
from generator.resolve import KnowledgeGraph


def render_home(graph: KnowledgeGraph, stages: StageOutputs, env: Environment,
                memo: PageMemo = NO_MEMO) -> list[Page]:
    body = render(env, "home.md.jinja", urls.HOME, g=graph, latest=stages.history.output.latest)
    return [Page(urls.HOME, body)]

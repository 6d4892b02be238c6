"""Maintainer reference pages generated from the code: the format and the error codes."""

from __future__ import annotations

from jinja2 import Environment

from generator.codes import CODES
from generator.render import urls
from generator.render.content import Page
from generator.render.environment import render
from generator.render.format_reference import format_sections
from generator.render.stages import StageOutputs
from generator.resolve import KnowledgeGraph


def render_reference(graph: KnowledgeGraph, stages: StageOutputs, env: Environment) -> list[Page]:
    return [
        Page(urls.FORMAT_REFERENCE, render(env, "format.md.jinja", urls.FORMAT_REFERENCE, sections=format_sections())),
        Page(urls.CODE_REFERENCE, render(env, "codes.md.jinja", urls.CODE_REFERENCE, codes=list(CODES.values()))),
    ]

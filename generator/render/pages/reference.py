"""Maintainer reference pages generated from the code and the catalogue: the format, the error codes and
the content check (verification records and open questions)."""

from __future__ import annotations

from jinja2 import Environment

from generator.codes import CODES
from generator.render import urls
from generator.render.content import Page
from generator.render.environment import render
from generator.render.format_reference import format_sections
from generator.render.page_memo import NO_MEMO, PageMemo
from generator.render.stages import StageOutputs
from generator.resolve import KnowledgeGraph


def render_reference(graph: KnowledgeGraph, stages: StageOutputs, env: Environment,
                     memo: PageMemo = NO_MEMO) -> list[Page]:
    """Made from the code alone (the code's digest is in every memo key), so the page path is the whole key."""
    return [
        Page(urls.FORMAT_REFERENCE, memo.content(repr(urls.FORMAT_REFERENCE), lambda: render(
            env, "format.md.jinja", urls.FORMAT_REFERENCE, sections=format_sections()))),
        Page(urls.CODE_REFERENCE, memo.content(repr(urls.CODE_REFERENCE), lambda: render(
            env, "codes.md.jinja", urls.CODE_REFERENCE, codes=list(CODES.values())))),
    ]


def render_content_check(graph: KnowledgeGraph, stages: StageOutputs, env: Environment,
                         memo: PageMemo = NO_MEMO) -> list[Page]:
    """Sisällön tarkistus: generated from the verification records and open questions, so it cannot drift."""
    return [Page(urls.CONTENT_CHECK, render(env, "content_check.md.jinja", urls.CONTENT_CHECK, g=graph),
                 "process_models/catalog/saadokset.yaml")]

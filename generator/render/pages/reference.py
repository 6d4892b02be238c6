"""Maintainer reference pages generated from the code and the catalogue: the format, the error codes and
the content check (verification records and open questions)."""

from __future__ import annotations

import difflib

from jinja2 import Environment

from generator.codes import CODES, Example
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
        Page(urls.CODE_REFERENCE, memo.content(repr(urls.CODE_REFERENCE), lambda: code_reference(env).content)),
    ]


def code_reference(env: Environment) -> Page:
    """Virhekoodit: every code with its example (also shown by `polku serve` while the models are broken)."""
    return Page(urls.CODE_REFERENCE, render(env, "codes.md.jinja", urls.CODE_REFERENCE, codes=list(CODES.values()),
                                            changed={c.id: changed_lines(c.example) for c in CODES.values()
                                                     if isinstance(c.example, Example)}))


def changed_lines(example: Example) -> tuple[str, str]:
    """The line numbers ("3 4") that differ between the bad file and the fixed one, bad side first.

    The examples are shown as plain text with these lines marked, not coloured as YAML: colouring wrapped
    every word of 137 files in its own element and made the page 400 kB."""
    bad, good = example.bad.splitlines(), example.good.splitlines()
    bad_lines: list[int] = []
    good_lines: list[int] = []
    for tag, b1, b2, g1, g2 in difflib.SequenceMatcher(a=bad, b=good, autojunk=False).get_opcodes():
        if tag != "equal":
            bad_lines += range(b1 + 1, b2 + 1)
            good_lines += range(g1 + 1, g2 + 1)
    return " ".join(map(str, bad_lines)), " ".join(map(str, good_lines))


def render_content_check(graph: KnowledgeGraph, stages: StageOutputs, env: Environment,
                         memo: PageMemo = NO_MEMO) -> list[Page]:
    """Sisällön tarkistus: generated from the verification records and open questions, so it cannot drift."""
    return [Page(urls.CONTENT_CHECK, render(env, "content_check.md.jinja", urls.CONTENT_CHECK, g=graph),
                 "process_models/catalog/saadokset.yaml")]

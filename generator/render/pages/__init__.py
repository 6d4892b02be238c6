"""One module per page kind; PAGE_RENDERERS is the list the site core runs."""

from __future__ import annotations

from collections.abc import Callable

from jinja2 import Environment

from generator.render.content import Page
from generator.render.page_memo import PageMemo
from generator.render.pages import catalog_pages, comparison, forms, home, process, reference, roles
from generator.render.stages import StageOutputs
from generator.resolve import KnowledgeGraph

# The memo keeps pages between builds; a page kind that cannot name exactly what its pages read renders them all.
PageRenderer = Callable[[KnowledgeGraph, StageOutputs, Environment, PageMemo], list[Page]]

PAGE_RENDERERS: list[PageRenderer] = [
    home.render_home,
    process.render_processes,
    roles.render_roles,
    catalog_pages.render_legal_bases,
    catalog_pages.render_regions,
    catalog_pages.render_services,
    catalog_pages.render_glossary,
    reference.render_reference,
    reference.render_content_check,
    forms.render_forms,
    # last: the comparison pages collect the questionnaire workbooks, which workers write meanwhile (stages.py)
    comparison.render_comparisons,
]

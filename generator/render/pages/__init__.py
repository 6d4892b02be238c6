"""One module per page kind; PAGE_RENDERERS is the list the site core runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.render.pages import catalog_pages, comparison, forms, home, process, reference

if TYPE_CHECKING:
    from generator.render.site import PageRenderer

PAGE_RENDERERS: list[PageRenderer] = [
    home.render_home,
    process.render_processes,
    catalog_pages.render_roles,
    catalog_pages.render_legal_bases,
    catalog_pages.render_regions,
    catalog_pages.render_services,
    catalog_pages.render_glossary,
    reference.render_reference,
    comparison.render_comparisons,
    forms.render_forms,
]

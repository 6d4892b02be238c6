"""The forms stage: every form's DOCX and PDF as site assets, and download facts for the form pages.

Runs before the pages; its output (`FormDownloads`) reaches the form and process page templates as
`downloads`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.render import text
from generator.render.artifact_cache import ArtifactCache
from generator.render.content import Asset, RenderOptions, StageRun
from generator.render.forms.docx import render_docx
from generator.render.forms.labels import PrintedForm, with_basis_lines
from generator.render.forms.pdf import render_pdf
from generator.render.forms.resolved import ResolvedForm, resolve_all
from generator.render.text import t
from generator.resolve import KnowledgeGraph

STYLESHEET = "assets/polku/lomakkeet.css"  # listed in mkdocs.yml extra_css
# What a form's files are made by: this package, the text helpers and the two writer libraries (the message
# catalogue is part of every cache key).
RENDERER = (Path(__file__).parent, Path(text.__file__))
LIBRARIES = ("reportlab", "python-docx")


@dataclass(frozen=True, slots=True)
class Download:
    path: str  # docs-relative, e.g. "lomakkeet/ktt-sopimus.pdf"
    size: int


@dataclass(frozen=True, slots=True)
class FormFiles:
    resolved: ResolvedForm
    docx: Download
    pdf: Download


@dataclass(frozen=True, slots=True)
class FormDownloads:
    """The stage's output: form id → its two files."""

    files: Mapping[str, FormFiles]


def printed_forms(graph: KnowledgeGraph) -> list[PrintedForm]:
    """Every form, merged with its base form, with the region name for its page header."""
    out = []
    for resolved in resolve_all(graph.forms).values():
        region = graph.regions.get(resolved.form.region or "")
        out.append(PrintedForm(with_basis_lines(resolved, graph.legal_bases), t(region.name) if region else None))
    return out


def render_files(printed: PrintedForm) -> dict[str, bytes]:
    """File name → bytes for one form (the same bytes for the site and for `polku export forms`)."""
    return {f"{printed.resolved.id}.docx": render_docx(printed), f"{printed.resolved.id}.pdf": render_pdf(printed)}


def contribute_forms(graph: KnowledgeGraph, options: RenderOptions) -> StageRun[FormDownloads]:
    files: dict[str, FormFiles] = {}
    assets: list[Asset] = []
    # reportlab and python-docx take about 0.2 s a form: an unchanged form comes from the cache
    cache = ArtifactCache.of(options.cache_path, "lomakkeet", RENDERER, LIBRARIES)
    for printed in printed_forms(graph):
        made = cache.files(repr(printed), functools.partial(render_files, printed))
        rendered = {f"lomakkeet/{name}": data for name, data in made.items()}
        assets.extend(Asset(path, data) for path, data in rendered.items())
        docx, pdf = (f"lomakkeet/{printed.resolved.id}.{ext}" for ext in ("docx", "pdf"))
        files[printed.resolved.id] = FormFiles(printed.resolved, Download(docx, len(rendered[docx])),
                                               Download(pdf, len(rendered[pdf])))
    assets.append(Asset(STYLESHEET, (Path(__file__).parent / "lomakkeet.css").read_bytes()))
    return StageRun(FormDownloads(files), tuple(assets))

"""A regional variant prints the base form's sections first, then its own; its fields are validated too."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from pypdf import PdfReader

from generator.render.environment import create_environment
from generator.render.forms.docx import render_docx
from generator.render.forms.pdf import render_pdf
from generator.render.forms.resolved import resolve_form
from generator.render.forms.stage import printed_forms
from generator.render.pages.forms import render_forms
from generator.resolve import KnowledgeGraph, resolve
from tests.forms.conftest import forms_stage_only
from tests.validate.conftest import BASE, validate_files

BASE_FORM = """\
id: lomake
title: Lomake
version: '1'
filled_by: [ohjaaja]
sources: [lahde]
sections:
  - id: osa
    title: Osa
    fields:
      - {id: nimi, label: Nimi, type: text}
  - id: allekirjoitus
    title: Allekirjoitus
    fields:
      - {id: allekirjoitus, label: Asiakas, type: signature}
"""
VARIANT = """\
id: lomake-alue
title: Alueen lomake
version: '2'
region: alue
variant_of: lomake
filled_by: [asiakas]
sections:
  - id: osa
    title: Ei käytetä
    fields:
      - {id: lisatieto, label: Alueen lisätieto, type: long_text}
  - id: oma
    title: Alueen oma osio
    fields:
      - {id: oma-valinta, label: Alueen valinta, type: choice, options: [Kyllä, Ei]}
"""


def graph_with_variant(variant: str = VARIANT) -> tuple[KnowledgeGraph, list[str]]:
    files = {**BASE, "process_models/forms/lomake.yaml": BASE_FORM, "process_models/forms/lomake-alue.yaml": variant}
    result = validate_files(files)
    return resolve(result.models), [f"{d.code} {d.file}:{d.line}:{d.column}" for d in result.diagnostics]


def test_variant_validates_cleanly() -> None:
    assert graph_with_variant()[1] == []


def test_base_sections_come_first_and_a_matching_section_gains_the_variant_fields() -> None:
    graph, _ = graph_with_variant()
    merged = resolve_form(graph.forms, "lomake-alue")
    assert [s.id for s in merged.sections] == ["osa", "allekirjoitus", "oma"]
    assert merged.sections[0].title.fi == "Osa"  # the base section keeps its title
    assert [f.id for f in merged.fields] == ["nimi", "lisatieto", "allekirjoitus", "oma-valinta"]
    assert merged.filled_by == ("ohjaaja", "asiakas")
    assert merged.sources == ("lahde",)
    assert (merged.form.title.fi, merged.form.version, merged.base_id) == ("Alueen lomake", "2", "lomake")


def test_base_form_is_unchanged_by_its_variant() -> None:
    graph, _ = graph_with_variant()
    assert [f.id for f in resolve_form(graph.forms, "lomake").fields] == ["nimi", "allekirjoitus"]


def test_variant_documents_carry_base_and_own_fields_and_the_region() -> None:
    graph, _ = graph_with_variant()
    printed = next(p for p in printed_forms(graph) if p.resolved.id == "lomake-alue")
    fields = PdfReader(io.BytesIO(render_pdf(printed))).get_fields() or {}
    assert {name: f["/FT"] for name, f in fields.items()} == {
        "nimi": "/Tx", "lisatieto": "/Tx", "allekirjoitus": "/Tx", "oma-valinta": "/Ch"}
    document = docx.Document(io.BytesIO(render_docx(printed)))
    assert document.sections[0].header.paragraphs[0].text == "Alueen lomake · Alue · versio 2"
    cells = " ".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Nimi" in cells and "Alueen lisätieto" in cells and "Alueen valinta" in cells


def test_variant_page_links_its_base_form() -> None:
    graph, _ = graph_with_variant()
    stages = forms_stage_only(graph, Path("."))
    page = next(p for p in render_forms(graph, stages, create_environment()) if p.path == "lomakkeet/lomake-alue.md")
    assert "| Pohjalomake | [Lomake](lomake.md)" in page.content
    assert "[Alue](../alueet/alue.md)" in page.content

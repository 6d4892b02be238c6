"""The DOCX puts Word's page fields and the form's note where the catalogue's message has its placeholders,
so a translation may order the words its own way."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from generator import messages
from generator.render.forms.docx import render_docx
from generator.render.forms.stage import printed_forms
from generator.render.text import t
from generator.resolve import KnowledgeGraph

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.fixture()
def reordered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The Finnish catalogue with the page number and the note worded the other way round."""
    shutil.copytree(messages.CATALOGUE_DIR / "fi", tmp_path / "fi")
    forms = tmp_path / "fi" / "forms.yaml"
    text = forms.read_text(encoding="utf-8")
    text = text.replace('page_number: "Sivu {page} / {pages}"', 'page_number: "{page}. sivu, sivuja {pages}"')
    text = text.replace('note: "Huomautus: {note}"', 'note: "{note} (huomautus)"')
    forms.write_text(text, encoding="utf-8")
    monkeypatch.setattr(messages, "CATALOGUE_DIR", tmp_path)
    messages.catalogue.cache_clear()
    yield
    messages.catalogue.cache_clear()


def footer_parts(data: bytes) -> list[str]:
    """The footer's runs and fields in document order: a run as its text, a field as its instruction."""
    footer = docx.Document(io.BytesIO(data)).sections[0].footer.paragraphs[0]._p
    parts = []
    for element in footer:
        if element.tag == f"{{{W}}}r":
            parts.append("".join(text.text or "" for text in element.iter(f"{{{W}}}t")))
        elif element.tag == f"{{{W}}}fldSimple":
            parts.append(element.get(f"{{{W}}}instr"))
    return parts


def test_page_fields_and_note_follow_the_message(graph: KnowledgeGraph, reordered: None) -> None:
    printed = next(p for p in printed_forms(graph) if p.resolved.id == "ktt-sopimus")
    data = render_docx(printed)
    assert footer_parts(data) == ["PAGE", ". sivu, sivuja ", "NUMPAGES"]
    note = t(printed.resolved.form.note)
    paragraph = next(p for p in docx.Document(io.BytesIO(data)).paragraphs if p.text.startswith(note))
    assert [(run.text, bool(run.bold), bool(run.italic)) for run in paragraph.runs] == [
        (note, False, True), (" (huomautus)", True, False)]


def test_the_finnish_footer_reads_sivu_n_of_m(graph: KnowledgeGraph) -> None:
    printed = next(p for p in printed_forms(graph) if p.resolved.id == "ktt-sopimus")
    assert footer_parts(render_docx(printed)) == ["Sivu ", "PAGE", " / ", "NUMPAGES"]

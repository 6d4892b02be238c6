"""Every DOCX reads back with python-docx and carries every label, help text and a working checkbox."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from lxml import etree

from generator.render.forms.resolved import ResolvedForm
from generator.render.text import t
from tests.forms.conftest import form_ids

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
NS = {"w": W, "w14": W14}


def visible_text(data: bytes) -> str:
    """Paragraph and table text as python-docx reads it (text inside w:sdt is not included)."""
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return " ".join(" ".join(parts).split())


def document_xml(data: bytes, part: str = "word/document.xml") -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(part))


def checkbox_tags(data: bytes) -> set[str]:
    root = document_xml(data)
    return {sdt.find("w:sdtPr/w:tag", NS).get(f"{{{W}}}val")
            for sdt in root.iter(f"{{{W}}}sdt") if sdt.find("w:sdtPr/w14:checkbox", NS) is not None}


@pytest.mark.parametrize("form_id", form_ids())
def test_every_label_and_help_text_is_in_the_document(form_id: str, forms: dict[str, ResolvedForm],
                                                      files: dict[str, bytes]) -> None:
    text = visible_text(files[f"{form_id}.docx"])
    form = forms[form_id]
    assert t(form.form.title) in text
    for section in form.sections:
        assert t(section.title) in text
    for field in form.fields:
        assert " ".join(t(field.label).split()) in text, field.id
        if field.help:
            assert " ".join(t(field.help).split()) in text, field.id


@pytest.mark.parametrize("form_id", form_ids())
def test_checkboxes_and_choice_options_are_word_checkbox_content_controls(
        form_id: str, forms: dict[str, ResolvedForm], files: dict[str, bytes]) -> None:
    expected = {f.id for f in forms[form_id].fields if f.type == "checkbox"}
    expected |= {f"{f.id}-{n}" for f in forms[form_id].fields if f.type == "choice"
                 for n in range(1, len(f.options) + 1)}
    assert checkbox_tags(files[f"{form_id}.docx"]) == expected


def test_checkbox_shows_an_empty_box_that_prints_without_content_control_support(files: dict[str, bytes]) -> None:
    root = document_xml(files["ktt-sopimus.docx"])
    sdt = next(s for s in root.iter(f"{{{W}}}sdt") if s.find("w:sdtPr/w:tag", NS).get(f"{{{W}}}val") == "etuudet")
    assert sdt.find("w:sdtPr/w14:checkbox/w14:checked", NS).get(f"{{{W14}}}val") == "0"
    assert "".join(sdt.find("w:sdtContent", NS).itertext()) == "\u2610"


def test_choice_options_are_printed_next_to_their_boxes(files: dict[str, bytes]) -> None:
    text = visible_text(files["asiakkaan-palaute.docx"])
    assert "Väliarviointi" in text and "Loppuarviointi" in text


@pytest.mark.parametrize("form_id", form_ids())
def test_header_names_form_region_and_version_and_footer_numbers_pages(
        form_id: str, forms: dict[str, ResolvedForm], files: dict[str, bytes]) -> None:
    document = docx.Document(io.BytesIO(files[f"{form_id}.docx"]))
    section = document.sections[0]
    header = section.header.paragraphs[0].text
    assert t(forms[form_id].form.title) in header
    assert f"versio {forms[form_id].form.version}" in header
    assert "Yleinen lomakepohja" in header  # none of the repository's forms is regional
    footer_xml = etree.tostring(section.footer._element).decode()
    assert 'w:instr="PAGE"' in footer_xml and 'w:instr="NUMPAGES"' in footer_xml
    assert section.page_width is not None and section.page_height is not None
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


def test_document_properties_carry_no_build_time(files: dict[str, bytes]) -> None:
    document = docx.Document(io.BytesIO(files["ktt-sopimus.docx"]))
    assert document.core_properties.created.year == 2001
    assert document.core_properties.modified == document.core_properties.created
    assert document.core_properties.title == "Kuntouttavan työtoiminnan sopimus"
    dates = {info.date_time for info in zipfile.ZipFile(io.BytesIO(files["ktt-sopimus.docx"])).infolist()}
    assert dates == {(1980, 1, 1, 0, 0, 0)}


def test_required_fields_are_marked_with_an_asterisk(files: dict[str, bytes]) -> None:
    text = visible_text(files["suostumus-arviointitutkimus.docx"])
    assert "Nimi *" in text and "Tähdellä (*) merkityt kohdat ovat pakollisia." in text

"""Every PDF reads back with pypdf: named fields of the right kind, labels in the page text, A4, fillable."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from generator.render.forms.resolved import ResolvedForm
from generator.render.text import t
from tests.forms.conftest import FINNISH_VALUE, form_ids

PDF_TYPES = {"text": "/Tx", "long_text": "/Tx", "date": "/Tx", "signature": "/Tx", "checkbox": "/Btn",
             "choice": "/Ch"}
REQUIRED_FLAG = 2  # PDF 1.7, table 221: field flag bit 2


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in reader(data).pages).split())


@pytest.mark.parametrize("form_id", form_ids())
def test_every_field_is_a_pdf_field_with_its_id_and_kind(form_id: str, forms: dict[str, ResolvedForm],
                                                         files: dict[str, bytes]) -> None:
    fields = reader(files[f"{form_id}.pdf"]).get_fields() or {}
    expected = {f.id: PDF_TYPES[f.type] for f in forms[form_id].fields}
    assert {name: field.get("/FT") for name, field in fields.items()} == expected


@pytest.mark.parametrize("form_id", form_ids())
def test_every_label_and_help_text_is_printed(form_id: str, forms: dict[str, ResolvedForm],
                                              files: dict[str, bytes]) -> None:
    text = page_text(files[f"{form_id}.pdf"])
    assert t(forms[form_id].form.title) in text
    for field in forms[form_id].fields:
        assert " ".join(t(field.label).split()) in text, field.id
        if field.help:
            assert " ".join(t(field.help).split()) in text, field.id


@pytest.mark.parametrize("form_id", form_ids())
def test_pages_are_a4_and_numbered(form_id: str, files: dict[str, bytes]) -> None:
    pages = reader(files[f"{form_id}.pdf"]).pages
    for number, page in enumerate(pages, start=1):
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
        assert f"Sivu {number} / {len(pages)}" in page.extract_text()


def test_text_fields_have_no_length_limit_and_use_a_standard_font(forms: dict[str, ResolvedForm],
                                                                 files: dict[str, bytes]) -> None:
    widgets = [a.get_object() for page in reader(files["ktt-sopimus.pdf"]).pages for a in page.get("/Annots", [])]
    text_fields = [w for w in widgets if w.get("/FT") == "/Tx"]
    assert len(text_fields) == sum(1 for f in forms["ktt-sopimus"].fields if PDF_TYPES[f.type] == "/Tx")
    for widget in text_fields:
        assert "/MaxLen" not in widget, widget["/T"]
        assert "/Helv" in str(widget.get("/DA")), widget["/T"]


def test_only_required_checkboxes_are_flagged_required(forms: dict[str, ResolvedForm],
                                                       files: dict[str, bytes]) -> None:
    for form_id in ("ktt-sopimus", "suostumus-arviointitutkimus"):
        fields = reader(files[f"{form_id}.pdf"]).get_fields() or {}
        for field in forms[form_id].fields:
            if field.type == "checkbox":
                flags = int(fields[field.id].get("/Ff", 0))
                assert bool(flags & REQUIRED_FLAG) == field.required, field.id


def test_choice_lists_offer_the_defined_options(files: dict[str, bytes]) -> None:
    field = (reader(files["tyotoimintapaikan-palaute.pdf"]).get_fields() or {})["arviointityyppi"]
    options = [str(o) for o in field["/Opt"]]
    assert options[1:] == ["Väliarviointi", "Loppuarviointi"]


def fill(data: bytes, values: dict[str, str]) -> bytes:
    writer = PdfWriter(clone_from=reader(data))
    for page in writer.pages:
        names = {annotation.get_object().get("/T") for annotation in page.get("/Annots", [])}
        wanted = {k: v for k, v in values.items() if k in names}
        if wanted:
            writer.update_page_form_field_values(page, wanted, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(("form_id", "field_id"), [("ktt-sopimus", "asiakas-nimi"),
                                                   ("ilmoitus-paaluottamusmiehelle", "toimintapaikka"),
                                                   ("asiakkaan-palaute", "kokemus")])
def test_finnish_text_typed_into_a_field_reads_back_unchanged(form_id: str, field_id: str,
                                                              files: dict[str, bytes]) -> None:
    filled = fill(files[f"{form_id}.pdf"], {field_id: FINNISH_VALUE})
    assert (reader(filled).get_fields() or {})[field_id]["/V"] == FINNISH_VALUE


def test_checkbox_can_be_ticked_programmatically(files: dict[str, bytes]) -> None:
    filled = fill(files["suostumus-arviointitutkimus.pdf"], {"suostumus": "/Yes"})
    assert (reader(filled).get_fields() or {})["suostumus"]["/V"] == "/Yes"


def test_finnish_letters_in_labels_survive(files: dict[str, bytes]) -> None:
    text = page_text(files["ilmoitus-paaluottamusmiehelle.pdf"])
    assert "Ilmoitus pääluottamusmiehelle kuntouttavan työtoiminnan alkamisesta" in text
    assert "Päivittäinen kesto" in text

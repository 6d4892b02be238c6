"""Every printed form says each law-based field's legal force with its section, in the DOCX and in the PDF:
'Laki edellyttää: …' or 'Laki sallii: …'; practice fields carry no law line, and a legend explains the rule."""

from __future__ import annotations

import pytest

from generator.messages import message
from generator.render.forms.resolved import ResolvedForm
from generator.resolve import KnowledgeGraph
from tests.forms.conftest import form_ids
from tests.forms.test_docx import W, document_xml, visible_text
from tests.forms.test_pdf import page_text


def expected_line(graph: KnowledgeGraph, basis: str, legal_bases: list[str]) -> str:
    force = {"laki-edellyttaa": "Laki edellyttää", "laki-sallii": "Laki sallii"}[basis]
    cited = ", ".join(f"{graph.legal_bases[b].number} {graph.legal_bases[b].section}" for b in legal_bases)
    return f"[{force}: {cited}]"


@pytest.mark.parametrize("form_id", form_ids())
def test_docx_and_pdf_print_each_law_based_fields_force(form_id: str, forms: dict[str, ResolvedForm],
                                                         files: dict[str, bytes], graph: KnowledgeGraph) -> None:
    docx_text = visible_text(files[f"{form_id}.docx"])
    pdf_text = " ".join(page_text(files[f"{form_id}.pdf"]).split())
    law_fields = [f for f in forms[form_id].fields if f.basis != "kaytanto"]
    for field in law_fields:
        line = expected_line(graph, field.basis, field.legal_bases)
        assert line in docx_text, field.id
        assert line in pdf_text, field.id
    # python-docx repeats a merged (checkbox) cell, so count in the document's own text runs
    runs = "".join(node.text or "" for node in document_xml(files[f"{form_id}.docx"]).iter(f"{{{W}}}t"))
    assert runs.count("[Laki ") == len(law_fields)
    assert (" ".join(message("forms.basis_legend").split()) in docx_text) == bool(law_fields)


def test_the_notice_prints_permitted_not_required_for_the_participant(files: dict[str, bytes]) -> None:
    text = visible_text(files["ilmoitus-paaluottamusmiehelle.docx"])
    assert "Osallistujan nimi 16 §. [Laki sallii: 189/2001 16 §]" in text
    assert "Ilmoittaja (hyvinvointialue) * Ilmoituksen tekee hyvinvointialue (16 §, 591/2022). " \
           "[Laki edellyttää: 189/2001 16 §]" in text
    assert text.count("[Laki sallii: 189/2001 16 §, 189/2001 9 §]") == 7

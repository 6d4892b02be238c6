"""Form definitions (process_models/forms/*.yaml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.model.text import Slug, Strict, Text

FieldType = Literal["text", "long_text", "date", "checkbox", "choice", "signature"]
FIELD_TYPES: tuple[str, ...] = ("text", "long_text", "date", "checkbox", "choice", "signature")
# The legal force of a field, precisely: the law requires the information ("laki-edellyttaa"), the law only
# permits it (e.g. 189/2001 16 §: may be disclosed despite secrecy; "laki-sallii"), or it is practice.
Basis = Literal["laki-edellyttaa", "laki-sallii", "kaytanto"]
BASIS_NAMES: dict[str, str] = {"laki-edellyttaa": "Laki edellyttää", "laki-sallii": "Laki sallii",
                               "kaytanto": "Käytäntö"}


class FormField(Strict):
    """Lomakkeen kenttä."""

    id: Slug = Field(description="Kentän tunniste lomakkeen sisällä (PDF-kentän nimi).")
    label: Text = Field(description="Kentän otsikko.")
    type: FieldType = Field(description="text, long_text, date, checkbox, choice tai signature.")
    help: Text | None = Field(default=None, description="Ohjeteksti täyttäjälle.")
    required: bool = Field(default=False, description="true, jos kenttä on täytettävä.")
    options: list[Text] = Field(default_factory=list, description="Valintalistan vaihtoehdot (choice).")
    basis: Basis = Field(default="kaytanto",
                         description="Kentän oikeudellinen asema: 'laki-edellyttaa' (laki vaatii tiedon), "
                                     "'laki-sallii' (laki sallii tiedon, ei vaadi sitä) tai 'kaytanto'. "
                                     "Lakiin perustuvalla kentällä on oltava säädösperuste (legal_bases).")
    legal_bases: list[Slug] = Field(default_factory=list, description="Säädösperusteet, joihin kenttä perustuu.")
    sources: list[Slug] = Field(default_factory=list, description="Lähteet.")


class FormSection(Strict):
    """Lomakkeen osio."""

    id: Slug = Field(description="Osion tunniste.")
    title: Text = Field(description="Osion otsikko.")
    help: Text | None = Field(default=None, description="Osion ohjeteksti.")
    fields: list[FormField] = Field(default_factory=list, description="Kentät.")


class Form(Strict):
    """Lomakemäärittely."""

    id: Slug = Field(description="Lomakkeen tunniste, esim. 'ktt-sopimus'.")
    title: Text = Field(description="Lomakkeen nimi.")
    version: str = Field(description="Lomakkeen versio, esim. '1.0'.")
    region: Slug | None = Field(default=None, description="Alue, jos lomake on alueen oma versio.")
    variant_of: Slug | None = Field(default=None, description="Pohjalomake, jota tämä alueen versio laajentaa.")
    purpose: Text | None = Field(default=None, description="Mihin lomaketta käytetään.")
    filled_by: list[Slug] = Field(default_factory=list, description="Roolit, jotka täyttävät lomakkeen.")
    legal_bases: list[Slug] = Field(default_factory=list, description="Säädösperusteet.")
    sources: list[Slug] = Field(default_factory=list, description="Lähteet.")
    note: Text | None = Field(default=None, description="Huomautus (esim. mitä lähteistä puuttuu).")
    sections: list[FormSection] = Field(default_factory=list, description="Osiot.")

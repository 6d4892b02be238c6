"""Form definitions (process_models/forms/*.yaml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.messages import message
from generator.model.text import Slug, Strict, Text, described

FieldType = Literal["text", "long_text", "date", "checkbox", "choice", "signature"]
FIELD_TYPES: tuple[str, ...] = ("text", "long_text", "date", "checkbox", "choice", "signature")
# The legal force of a field, precisely: the law requires the information ("laki-edellyttaa"), the law only
# permits it (e.g. 189/2001 16 §: may be disclosed despite secrecy; "laki-sallii"), or it is practice.
Basis = Literal["laki-edellyttaa", "laki-sallii", "kaytanto"]
# The values are the file format; their display names come from the catalogue.
BASIS_NAMES: dict[str, str] = {"laki-edellyttaa": message("model.basis_name.required_by_law"),
                               "laki-sallii": message("model.basis_name.permitted_by_law"),
                               "kaytanto": message("model.basis_name.practice")}


class FormField(Strict):
    """One field of a form."""

    model_config = described(message("model.form_field.description"))

    id: Slug = Field(description=message("model.form_field.fields.id"))
    label: Text = Field(description=message("model.form_field.fields.label"))
    type: FieldType = Field(description=message("model.form_field.fields.type"))
    help: Text | None = Field(default=None, description=message("model.form_field.fields.help"))
    required: bool = Field(default=False, description=message("model.form_field.fields.required"))
    options: list[Text] = Field(default_factory=list, description=message("model.form_field.fields.options"))
    basis: Basis = Field(default="kaytanto", description=message("model.form_field.fields.basis"))
    legal_bases: list[Slug] = Field(default_factory=list, description=message("model.form_field.fields.legal_bases"))
    sources: list[Slug] = Field(default_factory=list, description=message("model.form_field.fields.sources"))


class FormSection(Strict):
    """One section of a form."""

    model_config = described(message("model.form_section.description"))

    id: Slug = Field(description=message("model.form_section.fields.id"))
    title: Text = Field(description=message("model.form_section.fields.title"))
    help: Text | None = Field(default=None, description=message("model.form_section.fields.help"))
    fields: list[FormField] = Field(default_factory=list, description=message("model.form_section.fields.fields"))


class Form(Strict):
    """A form definition."""

    model_config = described(message("model.form.description"))

    id: Slug = Field(description=message("model.form.fields.id"))
    title: Text = Field(description=message("model.form.fields.title"))
    version: str = Field(description=message("model.form.fields.version"))
    region: Slug | None = Field(default=None, description=message("model.form.fields.region"))
    variant_of: Slug | None = Field(default=None, description=message("model.form.fields.variant_of"))
    purpose: Text | None = Field(default=None, description=message("model.form.fields.purpose"))
    filled_by: list[Slug] = Field(default_factory=list, description=message("model.form.fields.filled_by"))
    legal_bases: list[Slug] = Field(default_factory=list, description=message("model.form.fields.legal_bases"))
    sources: list[Slug] = Field(default_factory=list, description=message("model.form.fields.sources"))
    note: Text | None = Field(default=None, description=message("model.form.fields.note"))
    sections: list[FormSection] = Field(default_factory=list, description=message("model.form.fields.sections"))

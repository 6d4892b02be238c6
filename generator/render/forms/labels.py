"""What both writers print around the form's own text (the words come from the message catalogue, ids forms.*)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from pydantic import Field

from generator.messages import catalogue, message
from generator.model.catalog import LegalBasis
from generator.model.form import BASIS_NAMES, FormField
from generator.render.forms.resolved import ResolvedForm
from generator.render.text import t

UNCHECKED = "\u2610"


def template(key: str) -> str:
    """A message's unfilled text, for a writer that puts something other than text (a Word field, a run in
    another font) where the placeholders are."""
    return catalogue()[key]


class PrintedField(FormField):
    """A field as printed: the model field plus its legal force in words, e.g. 'Laki sallii: 189/2001 16 §'."""

    basis_line: str = Field(default="")


def citation(basis: LegalBasis) -> str:
    return f"{basis.number} {basis.section}" if basis.section else basis.number


def basis_line(field: FormField, bases: dict[str, LegalBasis]) -> str:
    """Only law-based fields get a line; practice is the default the legend explains."""
    if field.basis == "kaytanto":
        return ""
    cited = [citation(bases[b]) for b in field.legal_bases if b in bases]
    force = BASIS_NAMES[field.basis]
    return message("forms.basis_line", force=force, citations=", ".join(cited)) if cited else force


def with_basis_lines(resolved: ResolvedForm, bases: dict[str, LegalBasis]) -> ResolvedForm:
    sections = tuple(section.model_copy(update={"fields": [
        PrintedField(**dict(field), basis_line=basis_line(field, bases)) for field in section.fields]})
        for section in resolved.sections)
    return replace(resolved, sections=sections)


def printed_help(field: FormField) -> str:
    """The help under a label followed by the field's legal force, as the DOCX and the PDF print it."""
    parts = [t(field.help)] if field.help else []
    if isinstance(field, PrintedField) and field.basis_line:
        parts.append(f"[{field.basis_line}]")
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class PrintedForm:
    """What both writers need: the merged form and the region name for the page header."""

    resolved: ResolvedForm
    region_name: str | None

    @property
    def title(self) -> str:
        return t(self.resolved.form.title)

    @property
    def header(self) -> str:
        region = self.region_name or message("forms.general_region")
        return message("forms.header", title=self.title, region=region, version=self.resolved.form.version)


def label_text(field: FormField) -> str:
    """The label as printed: a trailing asterisk marks a required field."""
    return f"{t(field.label)} *" if field.required else t(field.label)


def has_required(form: ResolvedForm) -> bool:
    return any(f.required for f in form.fields)


def has_legal_fields(form: ResolvedForm) -> bool:
    return any(f.basis != "kaytanto" for f in form.fields)

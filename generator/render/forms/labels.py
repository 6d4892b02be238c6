"""The Finnish words printed on every form document, shared by the DOCX and PDF writers."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model.form import FormField
from generator.render.forms.resolved import ResolvedForm
from generator.render.text import t

REQUIRED_LEGEND = "Tähdellä (*) merkityt kohdat ovat pakollisia."
DATE_HINT = "pp.kk.vvvv"
SIGNATURE_CAPTION = "Allekirjoitus ja nimen selvennys"
GENERAL_REGION = "Yleinen lomakepohja"
UNCHECKED = "\u2610"


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
        region = self.region_name or GENERAL_REGION
        return f"{self.title} · {region} · versio {self.resolved.form.version}"


def label_text(field: FormField) -> str:
    """The label as printed: a trailing asterisk marks a required field."""
    return f"{t(field.label)} *" if field.required else t(field.label)


def has_required(form: ResolvedForm) -> bool:
    return any(f.required for f in form.fields)

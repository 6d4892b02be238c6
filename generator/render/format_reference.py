"""The format reference, read from the typed models' fields and their Finnish descriptions."""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from generator.model import catalog, form, process
from generator.model.text import SLUG_PATTERN, LocalizedText


@dataclass(frozen=True, slots=True)
class FieldDoc:
    name: str
    type: str
    required: bool
    description: str


@dataclass(frozen=True, slots=True)
class ModelDoc:
    name: str
    title: str
    description: str
    fields: tuple[FieldDoc, ...]


@dataclass(frozen=True, slots=True)
class FormatSection:
    title: str
    location: str
    models: tuple[ModelDoc, ...]


def type_name(annotation: Any) -> str:
    origin = get_origin(annotation)
    args = get_args(annotation)
    if origin is typing.Annotated:
        if any(getattr(m, "pattern", None) == SLUG_PATTERN for m in args[1:]):
            return "tunniste"
        return "päivämäärä" if args[0] is dt.date else type_name(args[0])
    if origin in (Union, types.UnionType):
        names = [type_name(a) for a in args if a is not type(None)]
        return " tai ".join(names)
    if origin is list:
        return f"luettelo: {type_name(args[0])}"
    if origin is Literal:
        return " | ".join(f"`{a}`" for a in args)
    if annotation is LocalizedText:
        return "teksti (Markdown)"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation.__name__
    simple = {str: "teksti", bool: "true/false", int: "kokonaisluku"}
    return simple.get(annotation, getattr(annotation, "__name__", "?"))


def _model_doc(model: type[BaseModel]) -> ModelDoc:
    fields = tuple(
        FieldDoc(name, type_name(_annotation(info)), info.is_required(), info.description or "")
        for name, info in model.model_fields.items()
    )
    doc = (model.__doc__ or "").strip()
    # "Rooli: ammattilainen, …" → "Rooli"; split at ": " only, so "PTA:n" inside a sentence is never cut.
    return ModelDoc(model.__name__, doc.split(": ")[0].rstrip("."), doc, fields)


def _annotation(info: Any) -> Any:
    """pydantic moves a top-level Annotated's metadata to the FieldInfo; put it back for naming."""
    return typing.Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation


def format_sections() -> list[FormatSection]:
    return [
        FormatSection("Prosessimalli", "process_models/<alue>/<prosessi>.yaml", tuple(
            _model_doc(m) for m in (process.Process, process.Step, process.NextStep, process.Answer,
                                    process.ChangelogEntry))),
        FormatSection("Katalogit", "process_models/catalog/*.yaml", tuple(
            _model_doc(m) for m in (catalog.Catalog, catalog.Role, catalog.LegalBasis, catalog.Verification,
                                    catalog.Service, catalog.Phase, catalog.Task, catalog.Question,
                                    catalog.GlossaryTerm, catalog.Region, catalog.Organisation, catalog.Source))),
        FormatSection("Lomakkeet", "process_models/forms/*.yaml", tuple(
            _model_doc(m) for m in (form.Form, form.FormSection, form.FormField))),
    ]

"""The format reference, read from the typed models' fields; every text on the page comes from the catalogue.

A model's entry in the catalogue (generator/messages/<language>/model.yaml) is keyed by its class name in snake
case: `LegalBasis` → `model.legal_basis.title`, `.description` and `.fields.<key>`, the same ids the model's
`Field(description=…)` reads for the JSON Schemas.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from generator.messages import DEFAULT_LANGUAGE, message
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


def catalogue_key(model: type[BaseModel]) -> str:
    """`LegalBasis` → `legal_basis`: the model's entry under `model.` in the catalogue."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", model.__name__).lower()


def type_name(annotation: Any, language: str = DEFAULT_LANGUAGE) -> str:
    origin = get_origin(annotation)
    args = get_args(annotation)
    if origin is typing.Annotated:
        if any(getattr(m, "pattern", None) == SLUG_PATTERN for m in args[1:]):
            return message("format.type.slug", language)
        if args[0] is dt.date:
            return message("format.type.date", language)
        return type_name(args[0], language)
    if origin in (Union, types.UnionType):
        names = [type_name(a, language) for a in args if a is not type(None)]
        return functools.reduce(lambda first, second: message("format.type.either", language, first=first,
                                                              second=second), names)
    if origin is list:
        return message("format.type.list", language, item=type_name(args[0], language))
    if origin is Literal:
        # the listed values are what maintainers write in YAML: the file format, never translated
        return " | ".join(f"`{a}`" for a in args)
    if annotation is LocalizedText:
        return message("format.type.markdown", language)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation.__name__
    if annotation is bool:
        return "true/false"  # YAML's own words
    simple = {str: "format.type.text", int: "format.type.integer"}
    if annotation in simple:
        return message(simple[annotation], language)
    return getattr(annotation, "__name__", "?")


def _model_doc(model: type[BaseModel], language: str) -> ModelDoc:
    key = f"model.{catalogue_key(model)}"
    fields = tuple(
        FieldDoc(name, type_name(_annotation(info), language), info.is_required(),
                 message(f"{key}.fields.{name}", language))
        for name, info in model.model_fields.items()
    )
    return ModelDoc(model.__name__, message(f"{key}.title", language), message(f"{key}.description", language),
                    fields)


def _annotation(info: Any) -> Any:
    """pydantic moves a top-level Annotated's metadata to the FieldInfo; put it back for naming."""
    return typing.Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation


def _section(name: str, models: tuple[type[BaseModel], ...], language: str) -> FormatSection:
    return FormatSection(message(f"format.section.{name}.title", language),
                         message(f"format.section.{name}.location", language),
                         tuple(_model_doc(m, language) for m in models))


def format_sections(language: str = DEFAULT_LANGUAGE) -> list[FormatSection]:
    return [
        _section("process", (process.Process, process.Step, process.NextStep, process.Answer,
                             process.ChangelogEntry), language),
        _section("catalogs", (catalog.Catalog, catalog.Role, catalog.LegalBasis, catalog.Verification,
                              catalog.Service, catalog.Phase, catalog.Task, catalog.Question, catalog.GlossaryTerm,
                              catalog.Region, catalog.Organisation, catalog.Source), language),
        _section("forms", (form.Form, form.FormSection, form.FormField), language),
    ]

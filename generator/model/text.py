"""Shared field types: ids, localized Markdown text and dates as maintainers write them."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, WithJsonSchema

from generator.messages import message

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_RE = re.compile(SLUG_PATTERN)

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=80)]

URL_PATTERN = r"^https?://[^\s<>\"'`]+$"
WebUrl = Annotated[str, StringConstraints(pattern=URL_PATTERN, max_length=500)]


class Strict(BaseModel):
    """Base for every model type: immutable, unknown keys refused."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


def described(description: str) -> ConfigDict:
    """A model's description for its JSON Schema (the editor's hover text), in place of the docstring.

    Docstrings stay English for developers; the description is the maintainer's text from the message catalogue.
    The field descriptions (`Field(description=message(...))`) and this text are read when the models are
    imported, in the default language, so the JSON Schemas in `schema/` are always generated in Finnish.
    pydantic merges this with the base class's config, so the models stay frozen and strict.
    """
    return ConfigDict(json_schema_extra={"description": description})


class LocalizedText(Strict):
    """Markdown text in Finnish, optionally with Swedish and English versions."""

    fi: str = Field(description=message("model.localized_text.fields.fi"), min_length=1)
    sv: str | None = Field(default=None, description=message("model.localized_text.fields.sv"))
    en: str | None = Field(default=None, description=message("model.localized_text.fields.en"))

    def __str__(self) -> str:
        return self.fi


def _coerce_text(value: Any) -> Any:
    return {"fi": value} if isinstance(value, str) else value


_TEXT_SCHEMA = {
    "anyOf": [
        {"type": "string", "minLength": 1},
        {
            "type": "object",
            "properties": {"fi": {"type": "string"}, "sv": {"type": "string"}, "en": {"type": "string"}},
            "required": ["fi"],
            "additionalProperties": False,
        },
    ]
}

Text = Annotated[LocalizedText, BeforeValidator(_coerce_text), WithJsonSchema(_TEXT_SCHEMA)]

_FI_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def _coerce_date(value: Any) -> Any:
    """Accept ISO dates (2023-09-21) and Finnish dates (21.9.2023)."""
    if isinstance(value, str):
        match = _FI_DATE.match(value.strip())
        if match:
            day, month, year = (int(part) for part in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                return value
    return value


Date = Annotated[
    dt.date,
    BeforeValidator(_coerce_date),
    WithJsonSchema({"type": "string", "pattern": r"^(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})$"}),
]


def slug_suggestion(text: str) -> str:
    """The slug a maintainer most likely meant: 'Päätös Vaihe' → 'paatos-vaihe'."""
    table = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "a", "Ö": "o", "Å": "a"})
    lowered = text.translate(table).lower()
    return re.sub(r"[^a-z0-9]+", "-", lowered).strip("-") or message("model.slug_fallback")

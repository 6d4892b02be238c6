"""JSON Schemas for editors, generated from the typed models (never written by hand)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from generator.messages import message
from generator.model.catalog import Catalog
from generator.model.form import Form
from generator.model.process import Process

SCHEMAS: dict[str, type[BaseModel]] = {
    "process.schema.json": Process,
    "catalog.schema.json": Catalog,
    "form.schema.json": Form,
}
# The schemas are generated in Finnish (the catalogue's default language), like the model and field descriptions
# they carry: those are read from the catalogue when the models are imported (generator.model.text.described).
_TITLES = {
    "process.schema.json": message("model.schema_title.process"),
    "catalog.schema.json": message("model.schema_title.catalog"),
    "form.schema.json": message("model.schema_title.form"),
}


def schema_text(name: str) -> str:
    schema = SCHEMAS[name].model_json_schema(mode="validation")
    schema = {"$schema": "http://json-schema.org/draft-07/schema#", "title": _TITLES[name], **schema}
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas(out: Path, *, check_only: bool = False) -> list[str]:
    """Write (or with check_only, just compare) every schema; returns the names that differed."""
    stale = []
    for name in sorted(SCHEMAS):
        target = out / name
        text = schema_text(name)
        if target.is_file() and target.read_text(encoding="utf-8") == text:
            continue
        stale.append(name)
        if not check_only:
            out.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    return stale

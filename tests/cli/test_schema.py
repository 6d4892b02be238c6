"""The JSON Schemas for editors are generated from the typed model and checked in."""

from __future__ import annotations

import json
from pathlib import Path

from generator.render.format_reference import format_sections
from generator.schema import SCHEMAS, schema_text

REPO = Path(__file__).resolve().parents[2]


def test_checked_in_schemas_are_current() -> None:
    for name in SCHEMAS:
        checked_in = (REPO / "schema" / name).read_text(encoding="utf-8")
        assert checked_in == schema_text(name), f"schema/{name} on vanhentunut: aja 'polku schema'"


def test_schema_carries_finnish_hover_docs_and_forbids_unknown_keys() -> None:
    schema = json.loads(schema_text("process.schema.json"))
    assert schema["properties"]["lanes"]["description"].startswith("Uimaradat")
    assert schema["additionalProperties"] is False
    step = schema["$defs"]["Step"]
    assert "Vastuurooli" in step["properties"]["responsible"]["description"]


def test_the_format_page_and_the_schemas_describe_every_model_in_the_same_words() -> None:
    """The Tiedostomuoto page reads the catalogue by class name, the schemas read what each model declares:
    both must show one text, so a field added with a misspelt message id is caught here."""
    defs: dict[str, dict[str, object]] = {}
    for name, model in SCHEMAS.items():
        schema = json.loads(schema_text(name))
        defs.update(schema.pop("$defs", {}))
        defs[model.__name__] = schema
    documented = {doc.name: doc for section in format_sections() for doc in section.models}
    assert sorted(documented) == sorted(defs)
    for name, doc in documented.items():
        properties = defs[name]["properties"]
        assert isinstance(properties, dict)
        assert (doc.description, {f.name: f.description for f in doc.fields}) == (
            defs[name]["description"], {key: value["description"] for key, value in properties.items()}), name


def test_text_fields_accept_a_string_or_a_language_mapping() -> None:
    schema = json.loads(schema_text("process.schema.json"))
    summary = schema["properties"]["summary"]
    variants = summary.get("anyOf", [])
    flattened = json.dumps(variants)
    assert '"type": "string"' in flattened and '"fi"' in flattened

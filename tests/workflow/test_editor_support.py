"""Editor support: every model file names its JSON Schema in a modeline, and the VS Code settings map
each folder to the same schema."""

from __future__ import annotations

import fnmatch
import json
import posixpath
from pathlib import Path

import pytest

from generator.load.files import discover, kind_of

REPO = Path(__file__).resolve().parents[2]
MODELS = [p.relative_to(REPO).as_posix() for p in discover([REPO / "process_models"])]
SCHEMA_OF_KIND = {"catalog": "schema/catalog.schema.json", "form": "schema/form.schema.json",
                  "process": "schema/process.schema.json"}


def expected_schema(path: str) -> str:
    return SCHEMA_OF_KIND[kind_of(Path(path)).value]


@pytest.mark.parametrize("path", MODELS)
def test_every_model_has_the_modeline_of_its_kind(path: str) -> None:
    first = (REPO / path).read_text(encoding="utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first.startswith(prefix), f"{path}: first line must be the schema modeline"
    target = posixpath.normpath(posixpath.join(posixpath.dirname(path), first[len(prefix):]))
    assert target == expected_schema(path)
    assert (REPO / target).is_file()


def vscode_schemas_for(path: str) -> list[str]:
    settings = json.loads((REPO / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    found = []
    for schema, patterns in settings["yaml.schemas"].items():
        included = any(fnmatch.fnmatch(path, p) for p in patterns if not p.startswith("!"))
        excluded = any(fnmatch.fnmatch(path, p[1:]) for p in patterns if p.startswith("!"))
        if included and not excluded:
            found.append(posixpath.normpath(schema))
    return found


@pytest.mark.parametrize("path", [*MODELS, "process_models/uusi-alue/uusi-prosessi.yaml"])
def test_vscode_settings_map_each_file_to_exactly_its_schema(path: str) -> None:
    assert vscode_schemas_for(path) == [expected_schema(path)]

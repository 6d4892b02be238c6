"""Positioned YAML nodes → typed, immutable models, with pydantic errors mapped to file positions."""

from __future__ import annotations

import types
import typing
from typing import Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from generator import codes
from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.load.files import FileKind, LoadedFile
from generator.load.yaml_nodes import Pos, YMap, YNode, YScalar, YSeq, child
from generator.messages import message
from generator.model.catalog import Catalog
from generator.model.form import FIELD_TYPES, Form
from generator.model.process import Process
from generator.model.text import LocalizedText, slug_suggestion
from generator.validate.suggest import did_you_mean

M = TypeVar("M", bound=BaseModel)
ROOT_MODELS: dict[FileKind, type[BaseModel]] = {
    FileKind.CATALOG: Catalog,
    FileKind.FORM: Form,
    FileKind.PROCESS: Process,
}

# pydantic's error type → what S002 says the value should be (`validate.expected.<id>` in the catalogue)
_EXPECTED = {
    "string_type": "text",
    "list_type": "list",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "dict_type": "mapping",
    "bool_parsing": "boolean",
    "bool_type": "boolean",
    "int_parsing": "integer",
    "date_type": "date",
}


def to_plain(node: YNode) -> Any:
    """Positioned nodes → plain Python; scalars stay the text the maintainer typed."""
    if isinstance(node, YMap):
        return {key: to_plain(value) for key, value in node.entries.items()}
    if isinstance(node, YSeq):
        return [to_plain(item) for item in node.items]
    return None if node.is_null else node.text


def build_model(loaded: LoadedFile) -> tuple[BaseModel | None, list[Diagnostic]]:
    model_type = ROOT_MODELS[loaded.kind]
    plain = to_plain(loaded.root)
    try:
        return model_type.model_validate(plain), []
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        diagnostics = _ErrorMapper(loaded.path, loaded.root, model_type).map_all(errors)
        salvaged = _salvage_catalog(plain, errors) if model_type is Catalog else None
        return salvaged, diagnostics


def _salvage_catalog(plain: dict[str, Any], errors: list[ErrorDetails]) -> Catalog | None:
    """Keep a catalogue's valid entries, so one broken role does not break every reference to the others."""
    bad_items = {(e["loc"][0], e["loc"][1]) for e in errors if len(e["loc"]) >= 2 and isinstance(e["loc"][1], int)}
    bad_keys = {e["loc"][0] for e in errors if len(e["loc"]) < 2 or not isinstance(e["loc"][1], int)}
    kept = {
        key: [item for i, item in enumerate(value) if (key, i) not in bad_items]
        for key, value in plain.items()
        if key in Catalog.model_fields and key not in bad_keys and isinstance(value, list)
    }
    try:
        return Catalog.model_validate(kept)
    except ValidationError:
        return None


class _ErrorMapper:
    def __init__(self, file: str, root: YMap, model_type: type[BaseModel]) -> None:
        self.file = file
        self.root = root
        self.model_type = model_type

    def map_all(self, errors: list[ErrorDetails]) -> list[Diagnostic]:
        seen: set[tuple[Any, ...]] = set()
        result: list[Diagnostic] = []
        for error in errors:
            path = self._real_path(error["loc"])
            if (path, error["type"]) in seen:
                continue
            seen.add((path, error["type"]))
            result.append(self._map(error, path))
        return result

    def _real_path(self, loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
        """Drop pydantic's union/validator branch names from the location."""
        node: YNode | None = self.root
        path: list[int | str] = []
        for part in loc:
            found = child(node, part)
            if found is None and not (isinstance(node, YMap) and part not in node.entries and isinstance(part, str)
                                      and _is_field_name(self.model_type, path, part)):
                continue
            path.append(part)
            node = found
        return tuple(path)

    def _map(self, error: ErrorDetails, path: tuple[int | str, ...]) -> Diagnostic:
        kind = error["type"]
        field = str(path[-1]) if path else ""
        parent = _node_at(self.root, path[:-1]) if path else self.root
        node = _node_at(self.root, path)
        if kind == "missing":
            pos = parent.pos if parent is not None else Pos(1, 1)
            return dg.make(codes.S003, self.file, pos.line, pos.column, key=field)
        if kind == "extra_forbidden":
            pos = _key_pos(parent, field)
            return self._unknown_key(field, path, pos)
        pos = node.pos if node is not None else Pos(1, 1)
        value = node.text if isinstance(node, YScalar) else ""
        if kind == "string_pattern_mismatch" and _is_slug_error(error):
            return dg.make(codes.S004, self.file, pos.line, pos.column, value=value, suggestion=slug_suggestion(value))
        if kind in ("literal_error", "enum"):
            allowed = str((error.get("ctx") or {}).get("expected", ""))
            if field == "type" and self.model_type is Form:
                return dg.make(codes.M001, self.file, pos.line, pos.column, value=value, allowed=", ".join(FIELD_TYPES))
            return dg.make(codes.S005, self.file, pos.line, pos.column, value=value, field=field, allowed=allowed)
        if kind.startswith("date"):
            return dg.make(codes.S006, self.file, pos.line, pos.column, value=value)
        if kind in ("too_short", "string_too_short"):
            return dg.make(codes.S007, self.file, pos.line, pos.column, field=field)
        if kind == "string_pattern_mismatch":
            pattern = str((error.get("ctx") or {}).get("pattern", ""))
            if pattern.startswith("^https?"):
                return dg.make(codes.S002, self.file, pos.line, pos.column, field=field,
                               expected=message("validate.expected.url"))
            return dg.make(codes.S002, self.file, pos.line, pos.column, field=field,
                           expected=message("validate.expected.pattern", pattern=pattern))
        expected = message(f"validate.expected.{_EXPECTED[kind]}") if kind in _EXPECTED else error["msg"]
        if kind.startswith("model") and _model_at(self.model_type, path) is LocalizedText:
            expected = message("validate.expected.localized_text")
        return dg.make(codes.S002, self.file, pos.line, pos.column, field=field, expected=expected)

    def _unknown_key(self, key: str, path: tuple[int | str, ...], pos: Pos) -> Diagnostic:
        allowed = _allowed_keys(self.model_type, path[:-1])
        return dg.make(codes.S001, self.file, pos.line, pos.column, key=key, suggestion=did_you_mean(key, allowed),
                       allowed=", ".join(allowed) or "–")


def _is_slug_error(error: ErrorDetails) -> bool:
    return "a-z0-9" in str((error.get("ctx") or {}).get("pattern", ""))


def _node_at(root: YNode, path: tuple[int | str, ...]) -> YNode | None:
    node: YNode | None = root
    for part in path:
        node = child(node, part)
    return node


def _key_pos(parent: YNode | None, key: str) -> Pos:
    if isinstance(parent, YMap):
        return parent.key_pos.get(key, parent.pos)
    return parent.pos if parent is not None else Pos(1, 1)


def _model_at(model_type: type[BaseModel], path: tuple[int | str, ...]) -> type[BaseModel] | None:
    current: type[BaseModel] | None = model_type
    for part in path:
        if current is None or isinstance(part, int):
            continue
        info = current.model_fields.get(part)
        current = _inner_model(info.annotation) if info else None
    return current


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = get_origin(annotation)
    if origin in (list, Union, types.UnionType, typing.Annotated):
        for arg in get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


def _allowed_keys(model_type: type[BaseModel], path: tuple[int | str, ...]) -> list[str]:
    model = _model_at(model_type, path)
    return list(model.model_fields) if model else []


def _is_field_name(model_type: type[BaseModel], path: list[int | str], part: str) -> bool:
    return part in _allowed_keys(model_type, tuple(path))

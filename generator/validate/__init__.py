"""validate: positioned YAML → typed models + every diagnostic, collected across all files."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from generator.diagnostics import Diagnostic, has_errors, sort_diagnostics
from generator.load.files import (
    FileKind,
    LoadedFile,
    discover,
    kind_of,
    load_file,
    parse_text,
)
from generator.load.parse_cache import ParseCache
from generator.load.yaml_nodes import YScalar
from generator.model.catalog import Catalog
from generator.model.form import Form
from generator.model.modelset import Located, ModelSet
from generator.model.process import Process
from generator.model.text import SLUG_RE
from generator.validate.context import RuleContext
from generator.validate.findings_cache import FindingsCache
from generator.validate.index import build_index
from generator.validate.memory import FileResults, ValidationMemory
from generator.validate.root_cause import root_causes_only
from generator.validate.rules import RULES
from generator.validate.structure import build_model


@dataclass(slots=True)
class ValidationResult:
    models: ModelSet
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


def display_path(path: Path, project_root: Path) -> str:
    try:
        # absolute, not resolved: a symbolic link keeps its own name (and is refused), never its target's path
        return Path(os.path.abspath(path)).relative_to(project_root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def load_models(files: Iterable[tuple[Path, str]], cache: ParseCache | None = None,
                ) -> tuple[list[LoadedFile], list[Diagnostic]]:
    loaded: list[LoadedFile] = []
    problems: list[Diagnostic] = []
    for path, display in files:
        item, found = _load(path, display, cache)
        problems.extend(found)
        if item is not None:
            loaded.append(item)
    return loaded, problems


def _load(path: Path, display: str, cache: ParseCache | None) -> tuple[LoadedFile | None, list[Diagnostic]]:
    kind = kind_of(Path(display))
    if cache is None:
        return load_file(path, display, kind)
    return load_file(path, display, kind,
                     parse=lambda text, shown, kind: cache.parse(text, shown, kind,
                                                                 lambda: parse_text(text, shown, kind)))


def validate_loaded(loaded: list[LoadedFile], problems: list[Diagnostic] | None = None,
                    memory: FileResults | None = None, stored: FindingsCache | None = None) -> ValidationResult:
    """Every check on already-parsed files; pure (no I/O: `stored` is read and saved by the caller), so the plugin
    and tests share it.
    The files become typed models (structure) and an id index; then every rule in RULES runs. `memory`: the
    per-file results of an earlier validation in this process (see validate/memory.py); `stored`: per-file
    findings of earlier runs (see validate/findings_cache.py)."""
    diagnostics = list(problems or [])
    models = ModelSet()
    files = memory if memory is not None else FileResults()
    for item, (model, found) in zip(loaded, files.each("structure", loaded, build_model), strict=True):
        diagnostics.extend(found)
        if model is not None:
            _add(models, item, model)
        else:
            _declare(models, item)
    index = build_index(models)
    diagnostics.extend(index.diagnostics)
    context = RuleContext(tuple(loaded), models, index, files, stored)
    for rule in RULES:
        diagnostics.extend(rule.check(context))
    return ValidationResult(models, sort_diagnostics(root_causes_only(diagnostics)))


def _add(models: ModelSet, item: LoadedFile, model: Any) -> None:
    if item.kind is FileKind.CATALOG:
        models.catalogs.append(Located(cast(Catalog, model), item))
    elif item.kind is FileKind.FORM:
        models.forms.append(Located(cast(Form, model), item))
    else:
        models.processes.append(Located(cast(Process, model), item))


def _declare(models: ModelSet, item: LoadedFile) -> None:
    node = item.root.entries.get("id")
    if item.kind is FileKind.CATALOG or not isinstance(node, YScalar) or not SLUG_RE.match(node.text):
        return
    kind = "forms" if item.kind is FileKind.FORM else "processes"
    models.declared_ids[kind].setdefault(node.text, item.path)


def validate_paths(paths: Iterable[Path], project_root: Path, *, cache_dir: Path | None = None,
                   memory: ValidationMemory | None = None, findings_store: Path | None = None) -> ValidationResult:
    """Load and check the files; with `cache_dir`, unchanged files are not parsed again (see load/parse_cache);
    with `memory`, what the last validation in this process made from an unchanged file is reused; with
    `findings_store` too, an unchanged file's per-file findings are read from there (see validate/findings_cache)."""
    files = [(p, display_path(p, project_root)) for p in discover(paths)]
    cache = ParseCache(cache_dir, memory.parsed if memory is not None else None) if cache_dir is not None else None
    loaded, problems = load_models(files, cache)
    stored = None
    if cache is not None:
        cache.remember_this_run()
        if findings_store is not None:
            stored = FindingsCache(findings_store, cache.keys_by_file())
    result = validate_loaded(loaded, problems, memory.files if memory is not None else None, stored)
    if stored is not None:
        stored.save()
    return result

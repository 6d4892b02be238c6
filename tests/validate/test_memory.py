"""`polku serve` validates again after every save in the same process: what the last validation made from an
unchanged file is reused, an edited file is parsed and checked again, and the findings are those of a fresh run."""

from __future__ import annotations

from pathlib import Path

import pytest

import generator.validate as validate_module
from generator.load import files as load_files
from generator.load.files import FileKind, LoadedFile
from generator.validate import ValidationResult, text_safety, validate_paths
from generator.validate.memory import ValidationMemory
from generator.validate.structure import build_model
from tests.validate.conftest import BASE, PROCESS
from tests.validate.test_files import write_repo

MODEL = "process_models/alue/prosessi.yaml"
UNSAFE = PROCESS.replace("title: Eka\n", "title: Eka <script>alert(1)</script>\n", 1)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The files the parser, the model builder and the per-file safety check were run on, in order."""
    seen: dict[str, list[str]] = {"parse": [], "model": [], "safety": []}
    parse, model, safety = load_files.parse_text, build_model, text_safety.check_text_safety

    def counting_parse(text: str, display: str, kind: FileKind) -> load_files.Parsed:
        seen["parse"].append(display)
        return parse(text, display, kind)

    def counting_model(loaded: LoadedFile) -> object:
        seen["model"].append(loaded.path)
        return model(loaded)

    def counting_safety(loaded: LoadedFile) -> object:
        seen["safety"].append(loaded.path)
        return safety(loaded)

    monkeypatch.setattr(validate_module, "parse_text", counting_parse)
    monkeypatch.setattr(validate_module, "build_model", counting_model)
    monkeypatch.setattr(text_safety, "check_text_safety", counting_safety)
    return seen


def _validate(root: Path, memory: ValidationMemory | None) -> ValidationResult:
    return validate_paths([root / "process_models"], root, cache_dir=root / ".cache" / "parsed", memory=memory)


def _found(result: ValidationResult) -> list[tuple[str, str, int]]:
    return [(d.code, d.file, d.line) for d in result.diagnostics]


def test_an_unchanged_repository_is_not_parsed_or_checked_file_by_file_again(
        tmp_path: Path, calls: dict[str, list[str]]) -> None:
    write_repo(tmp_path, {**BASE})
    memory = ValidationMemory()
    first = _validate(tmp_path, memory)
    for seen in calls.values():
        seen.clear()
    second = _validate(tmp_path, memory)
    assert calls == {"parse": [], "model": [], "safety": []}
    assert _found(second) == _found(first) == []
    assert [p.model for p in second.models.processes] == [p.model for p in first.models.processes]


def test_an_edited_file_is_checked_again_and_its_new_problem_reported(
        tmp_path: Path, calls: dict[str, list[str]]) -> None:
    write_repo(tmp_path, {**BASE})
    memory = ValidationMemory()
    _validate(tmp_path, memory)
    for seen in calls.values():
        seen.clear()
    (tmp_path / MODEL).write_text(UNSAFE, encoding="utf-8")
    edited = _validate(tmp_path, memory)
    assert calls == {"parse": [MODEL], "model": [MODEL], "safety": [MODEL]}
    assert _found(edited) == [("H002", MODEL, 11)]
    assert _found(edited) == _found(_validate(tmp_path, None))


def test_undoing_the_edit_clears_the_problem(tmp_path: Path) -> None:
    write_repo(tmp_path, {**BASE, MODEL: UNSAFE})
    memory = ValidationMemory()
    assert _found(_validate(tmp_path, memory)) == [("H002", MODEL, 11)]
    (tmp_path / MODEL).write_text(PROCESS, encoding="utf-8")
    assert _found(_validate(tmp_path, memory)) == []

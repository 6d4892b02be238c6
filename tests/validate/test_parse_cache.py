"""Unchanged files are not parsed again; a changed file, a changed parser or a broken entry is."""

from __future__ import annotations

from pathlib import Path

import pytest

import generator.validate as validate_module
from generator.load import files as load_files
from generator.load import parse_cache
from generator.load.files import FileKind
from generator.validate import validate_paths
from tests.validate.conftest import BASE, PROCESS
from tests.validate.test_files import write_repo

MODEL = "process_models/alue/malli.yaml"
SECOND = PROCESS.replace("id: prosessi", "id: toinen", 1)


@pytest.fixture
def parsed_files(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The display paths the real parser was called for, in order."""
    calls: list[str] = []
    real = load_files.parse_text

    def counting(text: str, display: str, kind: FileKind) -> load_files.Parsed:
        calls.append(display)
        return real(text, display, kind)

    monkeypatch.setattr(validate_module, "parse_text", counting)
    return calls


def _validate(root: Path) -> validate_module.ValidationResult:
    return validate_paths([root / "process_models"], root, cache_dir=root / ".cache" / "parsed")


def test_second_run_parses_nothing_and_finds_the_same(tmp_path: Path, parsed_files: list[str]) -> None:
    write_repo(tmp_path, {**BASE, MODEL: SECOND + "virhe: 1\n"})
    first = _validate(tmp_path)
    parsed_first = len(parsed_files)
    second = _validate(tmp_path)
    assert parsed_first == len(BASE) + 1
    assert [(d.code, d.file) for d in first.diagnostics] == [("S001", MODEL)]
    assert len(parsed_files) == parsed_first
    assert second.diagnostics == first.diagnostics
    assert [p.model for p in second.models.processes] == [p.model for p in first.models.processes]


def test_an_edited_file_is_parsed_again_and_only_it(tmp_path: Path, parsed_files: list[str]) -> None:
    write_repo(tmp_path, {**BASE, MODEL: SECOND})
    _validate(tmp_path)
    parsed_files.clear()
    (tmp_path / MODEL).write_text(SECOND.replace("id: toinen", "id: kolmas", 1), encoding="utf-8")
    result = _validate(tmp_path)
    assert parsed_files == [MODEL]
    assert sorted(p.model.id for p in result.models.processes) == ["kolmas", "prosessi"]


def test_a_changed_parser_reads_no_old_parse(tmp_path: Path, parsed_files: list[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    write_repo(tmp_path, {**BASE, MODEL: SECOND})
    _validate(tmp_path)
    parsed_files.clear()
    monkeypatch.setattr(parse_cache, "loader_version", lambda: "muuttunut")
    _validate(tmp_path)
    assert len(parsed_files) == len(BASE) + 1


def test_a_broken_cache_entry_is_parsed_again(tmp_path: Path, parsed_files: list[str]) -> None:
    write_repo(tmp_path, {**BASE, MODEL: SECOND})
    first = _validate(tmp_path)
    for entry in (tmp_path / ".cache" / "parsed").iterdir():
        entry.write_bytes(b"not a pickle")
    parsed_files.clear()
    second = _validate(tmp_path)
    assert len(parsed_files) == len(BASE) + 1
    assert second.diagnostics == first.diagnostics

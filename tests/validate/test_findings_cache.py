"""Per-file findings kept between runs: an unchanged file is not scanned again and its findings come back the same;
an edited file, a changed rule, a broken store or a finding that read the name dictionary is scanned again."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pickle_store
from generator.diagnostics import Diagnostic
from generator.load.files import LoadedFile
from generator.validate import ValidationResult, findings_cache, limits, text_safety, validate_paths
from tests.validate.conftest import BASE, PROCESS
from tests.validate.test_files import write_repo

MODEL = "process_models/alue/prosessi.yaml"
UNSAFE = PROCESS.replace("title: Eka\n", "title: Eka <script>alert(1)</script>\n", 1)
NAMED_EMAIL = PROCESS.replace("answer: Ohjaaja", "answer: matti(a)example.fi", 1)  # a bare name: Voikko decides


@pytest.fixture
def scanned(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the per-file checks were run on, in order (safety and limits)."""
    seen: list[str] = []
    safety, limit = text_safety.check_text_safety, limits.check_limits

    def counting_safety(loaded: LoadedFile) -> list[Diagnostic]:
        seen.append("safety " + loaded.path)
        return safety(loaded)

    def counting_limits(loaded: LoadedFile) -> list[Diagnostic]:
        seen.append("limits " + loaded.path)
        return limit(loaded)

    monkeypatch.setattr(text_safety, "check_text_safety", counting_safety)
    monkeypatch.setattr(limits, "check_limits", counting_limits)
    return seen


def _store(root: Path) -> Path:
    return root / ".cache" / "findings" / "findings.pickle"


def _validate(root: Path) -> ValidationResult:
    return validate_paths([root / "process_models"], root, cache_dir=root / ".cache" / "parsed",
                          findings_store=_store(root))


def _found(result: ValidationResult) -> list[tuple[str, str, int, int]]:
    return [(d.code, d.file, d.line, d.column) for d in result.diagnostics]


def test_an_unchanged_repository_is_not_scanned_again_and_finds_the_same(
        tmp_path: Path, scanned: list[str]) -> None:
    write_repo(tmp_path, {**BASE, MODEL: UNSAFE})
    first = _validate(tmp_path)
    assert len(scanned) == 2 * len(BASE)
    scanned.clear()
    second = _validate(tmp_path)
    assert scanned == []
    assert _found(first) == [("H002", MODEL, 11, 16)]
    assert second.diagnostics == first.diagnostics


def test_an_edited_file_is_scanned_again_and_only_it(tmp_path: Path, scanned: list[str]) -> None:
    write_repo(tmp_path, {**BASE})
    assert _found(_validate(tmp_path)) == []
    scanned.clear()
    (tmp_path / MODEL).write_text(UNSAFE, encoding="utf-8")
    assert _found(_validate(tmp_path)) == [("H002", MODEL, 11, 16)]
    assert scanned == ["safety " + MODEL, "limits " + MODEL]
    scanned.clear()
    (tmp_path / MODEL).write_text(PROCESS, encoding="utf-8")
    assert _found(_validate(tmp_path)) == []
    assert scanned == ["safety " + MODEL, "limits " + MODEL]


def test_a_changed_rule_reads_no_old_finding(tmp_path: Path, scanned: list[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    write_repo(tmp_path, {**BASE})
    _validate(tmp_path)
    scanned.clear()
    monkeypatch.setattr(findings_cache, "rules_version", lambda: "muuttunut")
    _validate(tmp_path)
    assert len(scanned) == 2 * len(BASE)


@pytest.mark.parametrize("content", [b"not a pickle", b""])
def test_a_broken_store_is_scanned_again(tmp_path: Path, scanned: list[str], content: bytes) -> None:
    write_repo(tmp_path, {**BASE, MODEL: UNSAFE})
    first = _validate(tmp_path)
    _store(tmp_path).write_bytes(content)
    scanned.clear()
    second = _validate(tmp_path)
    assert len(scanned) == 2 * len(BASE)
    assert second.diagnostics == first.diagnostics
    scanned.clear()
    _validate(tmp_path)  # the store was written again
    assert scanned == []


def test_a_store_of_foreign_values_is_scanned_again(tmp_path: Path, scanned: list[str]) -> None:
    write_repo(tmp_path, {**BASE, MODEL: UNSAFE})
    first = _validate(tmp_path)
    entries = {entry: ("not a diagnostic",) for entry in findings_cache._read(_store(tmp_path))}
    pickle_store.write(_store(tmp_path).parent, _store(tmp_path),
                                      (findings_cache.rules_version(), entries))
    scanned.clear()
    second = _validate(tmp_path)
    assert len(scanned) == 2 * len(BASE)
    assert second.diagnostics == first.diagnostics


def test_a_finding_that_read_the_name_dictionary_is_not_kept(tmp_path: Path, scanned: list[str]) -> None:
    """Whether Voikko is installed is not in the key: installing it must find the names at the next run."""
    write_repo(tmp_path, {**BASE, MODEL: NAMED_EMAIL})
    first = _validate(tmp_path)
    scanned.clear()
    second = _validate(tmp_path)
    assert scanned == ["safety " + MODEL]
    # with Voikko 'matti' is a first name (D003); the file is scanned again either way
    assert _found(second) == _found(first)

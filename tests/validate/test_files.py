"""File-level problems: encoding, emptiness, size; and YAML 1.1 values taken as the maintainer meant."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.load.files import MAX_FILE_BYTES
from generator.validate import validate_paths
from tests.validate.conftest import BASE, PROCESS, Validate, codes


def write_repo(root: Path, files: dict[str, str | bytes]) -> None:
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode() if isinstance(text, str) else text)


def problems_in(tmp_path: Path, rel: str, data: str | bytes) -> list[tuple[str, int, int]]:
    write_repo(tmp_path, {**BASE, rel: data})
    result = validate_paths([tmp_path / "process_models"], tmp_path)
    return [c for c, d in zip(codes(result.diagnostics), result.diagnostics, strict=True) if d.file == rel]


def test_non_utf8_file_names_line_and_column_of_the_bad_byte(tmp_path: Path) -> None:
    data = "id: x\ntitle: Päätös\n".encode("latin-1")
    assert problems_in(tmp_path, "process_models/alue/latin.yaml", data) == [("F001", 2, 9)]


def test_empty_file(tmp_path: Path) -> None:
    assert problems_in(tmp_path, "process_models/alue/tyhja.yaml", "\n  \n") == [("F002", 1, 1)]


def test_comment_only_file_says_it_has_only_comments(tmp_path: Path) -> None:
    assert problems_in(tmp_path, "process_models/alue/kommentti.yaml", "# vain kommentti\n") == [("F006", 1, 1)]


def test_file_over_one_megabyte_is_refused_unread(tmp_path: Path) -> None:
    big = "summary: " + "a" * (MAX_FILE_BYTES + 1) + "\n"
    assert problems_in(tmp_path, "process_models/alue/iso.yaml", big) == [("F003", 1, 1)]


def test_top_level_list_is_refused(tmp_path: Path) -> None:
    assert problems_in(tmp_path, "process_models/alue/lista.yaml", "- a\n- b\n") == [("F004", 1, 1)]


def test_deep_nesting_is_refused(validate: Validate) -> None:
    deep = "summary: " + "[" * 60 + "]" * 60 + "\n"
    found = codes(validate({"process_models/alue/prosessi.yaml": PROCESS + deep}).diagnostics)
    assert ("Y005", 32, 34) in found


def test_yaml_11_values_keep_what_the_maintainer_meant(validate: Validate) -> None:
    text = (PROCESS.replace("version: '1.0'", "version: 1.10")
            .replace("answer: Ohjaaja", "answer: no")
            .replace("title: Eka", "title: on")) + "valid_from: 2023-09-21\n"
    result = validate({"process_models/alue/prosessi.yaml": text})
    assert result.diagnostics == []
    process = result.models.processes[0].model
    assert process.version == "1.10"
    assert process.answers[0].answer is not None and process.answers[0].answer.fi == "no"
    assert process.steps[0].title.fi == "on"
    assert process.valid_from == dt.date(2023, 9, 21)


def test_finnish_date_format_is_accepted(validate: Validate) -> None:
    result = validate({"process_models/alue/prosessi.yaml": PROCESS + "valid_from: 21.9.2023\n"})
    assert result.models.processes[0].model.valid_from == dt.date(2023, 9, 21)


def test_yes_and_no_in_a_boolean_field_mean_true_and_false(validate: Validate) -> None:
    text = PROCESS.replace("      - end: true", "      - end: yes")
    result = validate({"process_models/alue/prosessi.yaml": text})
    assert result.diagnostics == []
    assert result.models.processes[0].model.steps[1].next[1].end is True


def test_localized_text_mapping(validate: Validate) -> None:
    text = PROCESS + "summary:\n  fi: Tiivistelmä\n  sv: Sammanfattning\n"
    result = validate({"process_models/alue/prosessi.yaml": text})
    assert result.diagnostics == []
    summary = result.models.processes[0].model.summary
    assert summary is not None and (summary.fi, summary.sv) == ("Tiivistelmä", "Sammanfattning")


def test_localized_text_with_unknown_language(validate: Validate) -> None:
    text = PROCESS + "summary:\n  fi: Tiivistelmä\n  de: Zusammenfassung\n"
    found = codes(validate({"process_models/alue/prosessi.yaml": text}).diagnostics)
    assert found == [("S001", 34, 3)]

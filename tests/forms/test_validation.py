"""Bad form definitions get their own code at the exact file, line and column."""

from __future__ import annotations

import pytest

from tests.validate.conftest import BASE, PROCESS, validate_files

F = "process_models/forms/lomake.yaml"
P = "process_models/alue/prosessi.yaml"
# Line numbers below refer to this text; the repository's base process uses `forms: [lomake]`.
FORM = """\
id: lomake
title: Lomake
version: '1'
sections:
  - id: osa
    title: Osa
    fields:
      - id: nimi
        label: Nimi
        type: text
      - id: valinta
        label: Valinta
        type: choice
        options: [A, B]
"""


def found(overrides: dict[str, str | None]) -> list[tuple[str, str, int, int]]:
    files = {**BASE, F: FORM, **overrides}
    result = validate_files({path: text for path, text in files.items() if text is not None})
    return [(d.code, d.file, d.line, d.column) for d in result.diagnostics]


def test_fixture_form_is_clean() -> None:
    assert found({}) == []


CASES = [
    ("unknown field type", {F: FORM.replace("type: text", "type: teksti")}, ("M001", F, 10, 15)),
    ("duplicate field id", {F: FORM.replace("id: valinta", "id: nimi")}, ("M002", F, 11, 13)),
    ("choice without options", {F: FORM.replace("        options: [A, B]\n", "")}, ("M003", F, 11, 13)),
    ("choice with an empty list", {F: FORM.replace("options: [A, B]", "options: []")}, ("M003", F, 11, 13)),
    ("unknown variant base", {F: FORM + "region: alue\nvariant_of: lomak\n"}, ("M004", F, 16, 13)),
    ("step refers to a missing form", {P: PROCESS.replace("forms: [lomake]", "forms: [sopimus]")},
     ("R005", P, 14, 13)),
    ("form file removed", {F: None}, ("R005", P, 14, 13)),
]


@pytest.mark.parametrize(("overrides", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_problem_has_code_file_line_and_column(overrides: dict[str, str | None],
                                               expected: tuple[str, str, int, int]) -> None:
    problems = found(overrides)
    assert expected in problems
    # A form that fails its structure check is not loaded, so its users also get R005; nothing else.
    assert {p[0] for p in problems} <= {expected[0], "R005"}


def test_unknown_base_suggests_the_close_match() -> None:
    variant = FORM.replace("id: lomake", "id: lomake-alue", 1) + "region: alue\nvariant_of: lomak\n"
    result = validate_files({**BASE, F: FORM, "process_models/forms/lomake-alue.yaml": variant})
    [diagnostic] = result.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("M004", 16, 13)
    assert "Tarkoititko 'lomake'?" in diagnostic.message

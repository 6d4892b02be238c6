"""Every kind of problem gets its own stable code at the exact line and column (1-based)."""

from __future__ import annotations

import pytest

from tests.validate.conftest import PROCESS, Validate, codes

P = "process_models/alue/prosessi.yaml"


def edit(old: str, new: str, text: str = PROCESS) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def test_base_repository_is_clean(validate: Validate) -> None:
    result = validate()
    assert result.diagnostics == []
    assert [p.model.id for p in result.models.processes] == ["prosessi"]


CASES = [
    ("yaml syntax error", edit("title: Prosessi\n", "title: Prosessi: x\n"), ("Y001", 2, 16)),
    ("value starting with [", edit("title: Prosessi\n", "title: [Prosessi\n"), ("Y008", 2, 8)),
    ("duplicate key", PROCESS + "title: Toinen\n", ("Y002", 32, 1)),
    ("anchor", edit("owner: org", "owner: &o org"), ("Y003", 7, 8)),
    ("alias", PROCESS + "summary: Teksti\ntarget_group: *o\n", ("Y003", 33, 15)),
    ("explicit tag", PROCESS + "summary: !!python/object:os.system x\n", ("Y004", 32, 10)),
    ("unknown key", PROCESS + "titel: X\n", ("S001", 32, 1)),
    ("wrong type", edit("lanes: [ohjaaja, asiakas]", "lanes: ohjaaja"), ("S002", 8, 8)),
    ("missing required key", edit("title: Prosessi\n", ""), ("S003", 1, 1)),
    ("id not a slug", edit("  - id: eka", "  - id: Eka Vaihe"), ("S004", 10, 9)),
    ("bad enum value", edit("status: luonnos", "status: valmis"), ("S005", 5, 9)),
    ("bad date", PROCESS + "valid_from: 31.2.2023\n", ("S006", 32, 13)),
    ("unknown role", edit("responsible: ohjaaja", "responsible: ohjaja"), ("R002", 13, 18)),
    ("unknown step", edit("      - step: paatos", "      - step: paatoss"), ("R003", 17, 15)),
    ("unknown legal basis", edit("legal_bases: [uusi-laki]", "legal_bases: [uusi-lak]"), ("R004", 15, 19)),
    ("unknown form", edit("forms: [lomake]", "forms: [lomak]"), ("R005", 14, 13)),
    ("unknown service", edit("service: palvelu", "service: palvelux"), ("R006", 4, 10)),
    ("unknown phase", edit("phase: alku", "phase: alkuu"), ("R007", 12, 12)),
    ("unknown region", edit("region: alue", "region: aluex"), ("R008", 3, 9)),
    ("unknown organisation", edit("owner: org", "owner: orgx"), ("R010", 7, 8)),
    ("unknown question", edit("question: kuka-arvioi", "question: kuka-arvio"), ("R009", 29, 15)),
    ("unknown task", edit("phase: alku\n", "phase: alku\n    task: arvio\n"), ("R012", 13, 11)),
    ("unknown source", PROCESS + "sources: [lahd]\n", ("R013", 32, 11)),
    ("responsible not in lanes", edit("lanes: [ohjaaja, asiakas]", "lanes: [ohjaaja]"), ("R011", 22, 18)),
    ("unreachable step", PROCESS.replace("answers:", "  - id: irrallinen\n    title: Irrallinen\n    phase: alku\n"
                                          "answers:"), ("G001", 28, 9)),
    ("no end reachable", edit("      - end: true\n", "      - step: paatos\n"), ("G002", 26, 15)),
    ("decision with one path", edit("      - end: true\n        condition: Ei\n", ""), ("G003", 21, 15)),
    ("decision path without condition", edit("        condition: Ei\n", ""), ("G004", 26, 9)),
    ("next with two targets", edit("      - step: paatos\n", "      - step: paatos\n        end: true\n"),
     ("G005", 17, 9)),
    ("raw html", edit("title: Prosessi", "title: Prosessi <b>x</b>"), ("H001", 2, 17)),
    ("script", edit("title: Prosessi", "title: <script>alert(1)</script>"), ("H002", 2, 8)),
    ("event handler", edit("title: Prosessi", "title: '<img src=x onerror=alert(1)>'"), ("H002", 2, 20)),
    ("javascript link", edit("answer: Ohjaaja", "answer: '[x](javascript:alert(1))'"), ("H003", 30, 18)),
    ("data link", edit("answer: Ohjaaja", "answer: '[x](data:text/html,x)'"), ("H003", 30, 18)),
    ("entity-encoded javascript link", edit("answer: Ohjaaja", "answer: '[x](jav&#97;script:alert(1))'"),
     ("H003", 30, 18)),
    ("attribute list", edit("answer: Ohjaaja", "answer: 'Ohjaaja {: onclick=\"x\" }'"), ("H004", 30, 22)),
    ("snippet include", edit("answer: Ohjaaja", "answer: '--8<-- \"/etc/passwd\"'"), ("H004", 30, 14)),
    ("henkilötunnus", edit("answer: Ohjaaja", "answer: Asiakas 131052-308T"), ("D001", 30, 21)),
    ("phone number", edit("answer: Ohjaaja", "answer: Soita 040 000 0000"), ("D002", 30, 19)),
    ("personal e-mail", edit("answer: Ohjaaja", "answer: matti.meikalainen(a)example.fi"), ("D003", 30, 13)),
    ("repealed legal basis", edit("legal_bases: [uusi-laki]", "legal_bases: [vanha-laki]") + "valid_from: 2025-06-01\n",
     ("L001", 15, 19)),
    ("step without canonical phase", edit("    phase: alku\n", ""), ("K001", 10, 5)),
]


# The other diagnostics a case yields besides its own (the exact set is asserted, so a spurious extra
# diagnostic, or a lost one, fails): a broken path also leaves steps unreachable or without an end.
ALSO: dict[str, list[tuple[str, int, int]]] = {
    # the loop left without its exit is named once, at the jump that closes it (issue 17: root cause first)
    "decision with one path": [("G002", 24, 15)],
    "attribute list": [("H002", 30, 25)],  # `onclick=` is an event handler as well as an attribute list
    "entity-encoded javascript link": [("H005", 30, 21)],  # an entity is refused in any text (issue 11)
}


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_problem_has_code_line_and_column(validate: Validate, name: str, text: str,
                                          expected: tuple[str, int, int]) -> None:
    found = codes(validate({P: text}).diagnostics)
    assert sorted(found) == sorted([expected, *ALSO.get(name, [])])


def test_duplicate_id_across_files_names_the_other_file(validate: Validate) -> None:
    result = validate({"process_models/toinen/kopio.yaml": PROCESS})
    duplicates = [d for d in result.diagnostics if d.code == "R001"]
    assert [(d.file, d.line, d.column) for d in duplicates] == [("process_models/toinen/kopio.yaml", 1, 5)]
    assert "process_models/alue/prosessi.yaml:1" in duplicates[0].message


def test_unknown_key_suggests_the_close_match(validate: Validate) -> None:
    [diagnostic] = validate({P: PROCESS + "titel: X\n"}).diagnostics
    assert "Tarkoititko 'title'?" in diagnostic.message
    assert "summary" in diagnostic.hint


def test_all_problems_are_reported_not_just_the_first(validate: Validate) -> None:
    text = edit("responsible: ohjaaja", "responsible: ohjaja", edit("forms: [lomake]", "forms: [lomak]"))
    text = edit("region: alue", "region: aluex", text)
    found = codes(validate({P: text}).diagnostics)
    assert sorted(found) == [("R002", 13, 18), ("R005", 14, 13), ("R008", 3, 9)]


def test_repealed_warning_names_the_replacement(validate: Validate) -> None:
    text = edit("legal_bases: [uusi-laki]", "legal_bases: [vanha-laki]") + "valid_from: 2025-06-01\n"
    [warning] = [d for d in validate({P: text}).diagnostics if d.code == "L001"]
    assert not warning.is_error
    assert "uusi-laki" in warning.message and "1.1.2025" in warning.message


def test_invalid_hetu_check_character_is_not_flagged(validate: Validate) -> None:
    found = codes(validate({P: edit("answer: Ohjaaja", "answer: Viite 131052-308A")}).diagnostics)
    assert not [c for c in found if c[0] == "D001"]


def test_generic_service_address_is_allowed(validate: Validate) -> None:
    found = validate({P: edit("answer: Ohjaaja", "answer: kirjaamo@hyvaep.fi")}).diagnostics
    assert found == []


def test_legal_citations_and_dates_are_not_phone_numbers(validate: Validate) -> None:
    text = edit("answer: Ohjaaja", "answer: Laki 189/2001, VN/9798/2020, 21.9.2023 ja 2023-09-21")
    assert validate({P: text}).diagnostics == []


def test_block_scalar_position_points_into_the_block(validate: Validate) -> None:
    text = PROCESS + "summary: |\n  Ensimmäinen rivi.\n  Toinen <b>rivi</b>.\n"
    assert codes(validate({P: text}).diagnostics) == [("H001", 34, 10)]


def test_source_url_must_be_a_web_address(validate: Validate) -> None:
    from tests.validate.conftest import CATALOG

    unsafe = "  - {id: lahde, title: Lähde, url: 'javascript:alert(1)'}"
    catalog = CATALOG.replace("  - {id: lahde, title: Lähde}", unsafe)
    found = codes(validate({"process_models/catalog/katalogi.yaml": catalog}).diagnostics)
    assert found == [("S002", 23, 36)]


def test_one_broken_catalogue_entry_does_not_break_references_to_the_others(validate: Validate) -> None:
    from tests.validate.conftest import CATALOG

    catalog = CATALOG.replace("  - {id: asiakas, name: Asiakas, kind: asiakas}", "  - {id: asiakas, name: Asiakas}")
    found = codes(validate({"process_models/catalog/katalogi.yaml": catalog}).diagnostics)
    # only the references to the broken role fail (lines 8 and 22); ohjaaja (line 13) still resolves
    assert sorted(found) == [("R002", 8, 18), ("R002", 22, 18), ("S003", 3, 5)]


def test_a_broken_form_does_not_also_flag_the_steps_that_use_it(validate: Validate) -> None:
    from tests.validate.conftest import FORM

    broken = FORM.replace("type: text", "type: tekstikenttä")
    found = codes(validate({"process_models/forms/lomake.yaml": broken}).diagnostics)
    assert found == [("M001", 8, 39)]  # and no R005 on the steps that use the form


def test_variant_may_not_repeat_a_base_field_id(validate: Validate) -> None:
    variant = ("id: alueen-lomake\ntitle: Alueen lomake\nversion: '1'\nvariant_of: lomake\nsections:\n"
               "  - id: oma\n    title: Oma\n    fields:\n      - {id: nimi, label: Nimi, type: text}\n")
    found = codes(validate({"process_models/forms/alueen-lomake.yaml": variant}).diagnostics)
    assert found == [("M005", 9, 14)]


def test_variant_cycle_is_refused(validate: Validate) -> None:
    a = "id: a\ntitle: A\nversion: '1'\nvariant_of: b\n"
    b = "id: b\ntitle: B\nversion: '1'\nvariant_of: a\n"
    found = validate({"process_models/forms/a.yaml": a, "process_models/forms/b.yaml": b}).diagnostics
    assert [(d.file, d.code, d.line, d.column) for d in found] == [
        ("process_models/forms/a.yaml", "M006", 4, 13), ("process_models/forms/b.yaml", "M006", 4, 13)]


def test_unknown_base_form_does_not_suggest_the_form_itself(validate: Validate) -> None:
    variant = "id: lomakex\ntitle: X\nversion: '1'\nvariant_of: lomakey\n"
    [diagnostic] = validate({"process_models/forms/x.yaml": variant}).diagnostics
    assert diagnostic.code == "M004" and "lomakex" not in diagnostic.message

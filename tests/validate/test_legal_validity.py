"""A model or a service that cites a repealed section is warned (L002) with the replacement named; a pending
bill cited as a legal basis is warned (L003); L001 (repealed by the model's own valid_from) is not doubled."""

from __future__ import annotations

from tests.validate.conftest import BASE, CATALOG, PROCESS, Validate

P = "process_models/alue/prosessi.yaml"
C = "process_models/catalog/katalogi.yaml"
BILL = "  - {id: esitys, kind: esitys, act: Hallituksen esitys HE 1/2025, number: 1/2025}\n"


def found(validate: Validate, files: dict[str, str]) -> list[tuple[str, str, int, int, str]]:
    return [(d.code, d.file, d.line, d.column, d.message) for d in validate(files).diagnostics]


def test_step_citing_a_repealed_section_is_warned_with_its_replacement(validate: Validate) -> None:
    text = PROCESS.replace("legal_bases: [uusi-laki]", "legal_bases: [vanha-laki]")
    assert found(validate, {P: text}) == [(
        "L002", P, 15, 19,
        "Vaihe 'eka' viittaa säädösperusteeseen 'vanha-laki' (Vanha laki, 1/2000), joka on kumottu 1.1.2025 "
        "alkaen. Korvaava: 'uusi-laki' (Uusi laki, 2/2024).")]


def test_the_repealing_act_is_named_when_recorded(validate: Validate) -> None:
    catalog = CATALOG.replace("repealed_on: 2025-01-01,", "repealed_on: 2025-01-01, repealed_by: 2/2024,")
    text = PROCESS.replace("legal_bases: [uusi-laki]", "legal_bases: [vanha-laki]")
    [(code, *_rest, message)] = found(validate, {C: catalog, P: text})
    assert code == "L002" and "kumottu 1.1.2025 alkaen lailla 2/2024." in message


def test_service_citing_a_repealed_section_is_warned_at_the_citation(validate: Validate) -> None:
    catalog = CATALOG.replace("  - {id: toinen-palvelu, name: Toinen palvelu}",
                              "  - {id: toinen-palvelu, name: Toinen palvelu, legal_bases: [vanha-laki]}")
    [(code, file, line, column, message)] = found(validate, {C: catalog})
    assert (code, file, line, column) == ("L002", C, 17, 62)
    assert message.startswith("Palvelu 'toinen-palvelu' viittaa säädösperusteeseen 'vanha-laki'")


def test_repeal_before_the_models_own_start_is_l001_only(validate: Validate) -> None:
    text = PROCESS.replace("legal_bases: [uusi-laki]", "legal_bases: [vanha-laki]") + "valid_from: 2025-06-01\n"
    assert [d[0] for d in found(validate, {P: text})] == ["L001"]


def test_a_pending_bill_is_not_a_legal_basis(validate: Validate) -> None:
    catalog = CATALOG.replace("services:\n", BILL + "services:\n")
    text = PROCESS.replace("legal_bases: [uusi-laki]", "legal_bases: [esitys]")
    assert found(validate, {C: catalog, P: text}) == [(
        "L003", P, 15, 19,
        "Vaihe 'eka' viittaa säädösperusteena esitykseen 'esitys' (Hallituksen esitys HE 1/2025, 1/2025), joka ei "
        "ole voimassa olevaa lakia.")]


def test_the_base_repository_is_clean() -> None:
    assert set(BASE) == {C, P, "process_models/forms/lomake.yaml"}

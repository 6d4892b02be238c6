"""Validate small in-memory repositories: {path: yaml text} → diagnostics."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.diagnostics import Diagnostic
from generator.load.files import kind_of, parse_text
from generator.validate import ValidationResult, validate_loaded

CATALOG = """\
roles:
  - {id: ohjaaja, name: Ohjaaja, kind: ammattilainen}
  - {id: asiakas, name: Asiakas, kind: asiakas}
legal_bases:
  - {id: vanha-laki, act: Vanha laki, number: 1/2000, repealed_on: 2025-01-01, replaced_by: uusi-laki}
  - {id: uusi-laki, act: Uusi laki, number: 2/2024, in_force_from: 2025-01-01}
services:
  - id: palvelu
    name: Palvelu
    phases:
      - {id: alku, name: Alku}
      - {id: loppu, name: Loppu}
    tasks:
      - {id: arviointi, name: Arviointi, phase: alku}
    questions:
      - {id: kuka-arvioi, text: "Kuka arvioi?", phase: alku, task: arviointi}
  - {id: toinen-palvelu, name: Toinen palvelu}
regions:
  - {id: alue, name: Alue, kind: kunta}
organisations:
  - {id: org, name: Organisaatio, region: alue}
sources:
  - {id: lahde, title: Lähde}
"""

FORM = """\
id: lomake
title: Lomake
version: '1'
sections:
  - id: osa
    title: Osa
    fields:
      - {id: nimi, label: Nimi, type: text}
"""

# A valid process; tests edit it line by line, so line numbers below are stable.
PROCESS = """\
id: prosessi
title: Prosessi
region: alue
service: palvelu
status: luonnos
version: '1.0'
owner: org
lanes: [ohjaaja, asiakas]
steps:
  - id: eka
    title: Eka
    phase: alku
    responsible: ohjaaja
    forms: [lomake]
    legal_bases: [uusi-laki]
    next:
      - step: paatos
  - id: paatos
    title: Päätös
    phase: loppu
    decision: Jatketaanko?
    responsible: asiakas
    next:
      - step: eka
        condition: Kyllä
      - end: true
        condition: Ei
answers:
  - question: kuka-arvioi
    answer: Ohjaaja
    roles: [ohjaaja]
"""

BASE = {
    "process_models/catalog/katalogi.yaml": CATALOG,
    "process_models/forms/lomake.yaml": FORM,
    "process_models/alue/prosessi.yaml": PROCESS,
}

Validate = Callable[..., ValidationResult]


def validate_files(files: dict[str, str]) -> ValidationResult:
    loaded, problems = [], []
    for path, text in sorted(files.items()):
        item, found = parse_text(text, path, kind_of(Path(path)))
        problems.extend(found)
        if item is not None:
            loaded.append(item)
    return validate_loaded(loaded, problems)


@pytest.fixture
def validate() -> Validate:
    """validate(**overrides): the base repository with files replaced (None removes a file)."""

    def run(overrides: dict[str, str | None] | None = None) -> ValidationResult:
        files = dict(BASE)
        for path, text in (overrides or {}).items():
            if text is None:
                files.pop(path, None)
            else:
                files[path] = text
        return validate_files(files)

    return run


def codes(diagnostics: list[Diagnostic]) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.column) for d in diagnostics]

"""Small fixture regions for the comparison tests, written as a repository into a tmp dir.

Service `palvelu` has three canonical phases, four tasks and four questions.
- Itälä describes it in TWO models (merged into one column): a1 (alku, arviointi, Ohjaaja),
  a2 (keski, sopimus, no responsible role, uses the form and the law), b1 (loppu, seuranta, Valmentaja);
  answers kuka-arvioi (roles: ohjaaja) and mita-seurataan.
- Länsilä describes it in one model: l1 (alku, arviointi, Valmentaja, uses the law), l2 (NO phase → K001,
  Ohjaaja); answers kuka-arvioi (roles: valmentaja) and kuka-sopii (roles: ohjaaja).
- Pohjola has a model of another service only, so it shows as a gap column.
- Etelä has no models at all.

So: arviointi → 'eri vastuutaho' (Ohjaaja vs Valmentaja); seuranta → 'vain Itälä'; sopimus is described by
both but only Länsilä names a role (no marker); ohjaus by nobody (no marker).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.project import Project
from generator.resolve import KnowledgeGraph, resolve

CATALOG = """\
roles:
  - {id: ohjaaja, name: Ohjaaja, kind: ammattilainen}
  - {id: valmentaja, name: Valmentaja, kind: ammattilainen}
  - {id: asiakas, name: Asiakas, kind: asiakas}
legal_bases:
  - {id: laki, act: Testilaki, number: 1/2020, section: 3 §}
services:
  - id: palvelu
    name: Testipalvelu
    phases:
      - {id: alku, name: Alkuvaihe}
      - {id: keski, name: Keskivaihe}
      - {id: loppu, name: Loppuvaihe}
    tasks:
      - {id: arviointi, name: Arviointi, phase: alku}
      - {id: ohjaus, name: Ohjaus, phase: alku}
      - {id: sopimus, name: Sopimuksen teko, phase: keski}
      - {id: seuranta, name: Seuranta, phase: loppu}
    questions:
      - {id: kuka-arvioi, text: "Kuka arvioi?", phase: alku, task: arviointi}
      - {id: kuka-ohjaa, text: "Kuka ohjaa?", phase: alku, task: ohjaus}
      - {id: kuka-sopii, text: "Kuka sopii?", phase: keski, task: sopimus}
      - {id: mita-seurataan, text: "Mitä seurataan?", phase: loppu}
  - {id: toinen, name: Toinen palvelu, phases: [{id: vaihe, name: Vaihe}]}
  - {id: tyhja, name: Kuvaamaton palvelu}
regions:
  - {id: etela, name: Etelä, kind: kunta}
  - {id: itala, name: Itälä, kind: kunta}
  - {id: lansila, name: Länsilä, kind: kunta}
  - {id: pohjola, name: Pohjola, kind: kunta}
"""

FORM = """\
id: lomake
title: Testilomake
version: '1'
sections:
  - id: osa
    title: Osa
    fields:
      - {id: nimi, label: Nimi, type: text}
"""

ITALA_A = """\
id: itala-a
title: Itälän malli A
region: itala
service: palvelu
status: luonnos
version: '1.0'
lanes: [ohjaaja, asiakas]
steps:
  - id: a1
    title: Arvio Itälässä
    phase: alku
    task: arviointi
    responsible: ohjaaja
    next:
      - step: a2
  - id: a2
    title: Sopimus Itälässä
    phase: keski
    task: sopimus
    forms: [lomake]
    legal_bases: [laki]
    next:
      - end: true
answers:
  - question: kuka-arvioi
    answer: Ohjaaja arvioi Itälässä.
    roles: [ohjaaja]
"""

ITALA_B = """\
id: itala-b
title: Itälän malli B
region: itala
service: palvelu
status: luonnos
version: '1.0'
lanes: [valmentaja]
steps:
  - id: b1
    title: Seuranta Itälässä
    phase: loppu
    task: seuranta
    responsible: valmentaja
    next:
      - end: true
answers:
  - question: mita-seurataan
    answer: Tavoitteiden toteutumista.
"""

LANSILA = """\
id: lansila-malli
title: Länsilän malli
region: lansila
service: palvelu
status: luonnos
version: '1.0'
lanes: [valmentaja, ohjaaja]
steps:
  - id: l1
    title: Arvio Länsilässä
    phase: alku
    task: arviointi
    responsible: valmentaja
    legal_bases: [laki]
    next:
      - step: l2
  - id: l2
    title: Oma välivaihe
    responsible: ohjaaja
    next:
      - end: true
answers:
  - question: kuka-arvioi
    answer: Valmentaja arvioi Länsilässä.
    roles: [valmentaja]
  - question: kuka-sopii
    answer: Ohjaaja sopii.
    roles: [ohjaaja]
"""

POHJOLA = """\
id: pohjola-toinen
title: Pohjolan toinen palvelu
region: pohjola
service: toinen
status: luonnos
version: '1.0'
lanes: [ohjaaja]
steps:
  - id: p1
    title: Pohjolan vaihe
    phase: vaihe
    responsible: ohjaaja
    next:
      - end: true
"""

FILES = {
    "process_models/catalog/katalogi.yaml": CATALOG,
    "process_models/forms/lomake.yaml": FORM,
    "process_models/itala/a.yaml": ITALA_A,
    "process_models/itala/b.yaml": ITALA_B,
    "process_models/lansila/malli.yaml": LANSILA,
    "process_models/pohjola/toinen.yaml": POHJOLA,
}
LANSILA_FILE = "process_models/lansila/malli.yaml"


def write_repository(root: Path, files: dict[str, str] = FILES) -> Path:
    for path, text in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return write_repository(tmp_path / "repo")


@pytest.fixture
def graph(repo: Path) -> KnowledgeGraph:
    result = Project.at(repo).validate()
    assert result.ok, result.diagnostics
    return resolve(result.models)


@pytest.fixture(scope="session")
def repository_graph() -> KnowledgeGraph:
    """The real models of this repository."""
    result = Project.at(Path(__file__).resolve().parents[2]).validate()
    assert result.ok, result.diagnostics
    return resolve(result.models)

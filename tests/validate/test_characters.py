"""Word-paste characters: named where they change the YAML, left alone where they are Finnish typography."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.load.characters import scan_characters
from generator.load.yaml_messages import PROBLEM_IDS, finnish_problem
from tests.validate.conftest import BASE, validate_files

F = "process_models/alue/prosessi.yaml"


def positions(text: str) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.column) for d in scan_characters(text, F)[1]]


@pytest.mark.parametrize("text", [
    "summary: Jakso on 3–24 kuukautta ja 4–8 tuntia päivässä.\n",           # en dash in prose
    "title: Fokus – opinnoista työelämään\n",
    "summary: Hanke ”Työ ensin” alkoi 2023.\n",                               # quotes inside a text
    "summary: '”Työ ensin” -hanke'\n",                                        # wrapped in straight quotes
    "summary: 5\u00a0% asiakkaista ja 9\u00a0§\n",                            # no-break space between words
    "summary: >-\n  – luettelo proosassa\n  Huom:\u00a0teksti\n",             # block content is prose
    "# Kommentti\u00a0jossa\u200bon merkkejä\u00a0\n",                         # comments are the maintainer's notes
    "- id: x\n  title: \"Otsikko\"\n",
])
def test_typography_in_text_is_not_an_error(text: str) -> None:
    assert positions(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("title:\u00a0Otsikko\n", [("Y006", 1, 7)]),
    ("title\u00a0: Otsikko\n", [("Y006", 1, 6)]),
    ("\u00a0\u00a0title: Otsikko\n", [("Y006", 1, 1), ("Y006", 1, 2)]),
    ("lanes:\n  -\u00a0asiakas\n", [("Y006", 2, 4)]),
    ("responsible: ohjaaja\u00a0\n", [("Y006", 1, 21)]),
    ("responsible: ohja\u200baja\n", [("Y006", 1, 18)]),
    ("summary: teksti\u00ad jossa tavutusvihje\n", [("Y006", 1, 16)]),
    ("lanes:\n  – asiakas\n  — ohjaaja\n", [("Y007", 2, 3), ("Y007", 3, 3)]),
    ("version: “1.0”\n", [("Y007", 1, 10), ("Y007", 1, 14)]),
    ("title: Otsikko  \u00a0# kommentti\n", [("Y006", 1, 17)]),
    # line breaks to libyaml, inside a line to an editor: named, in a comment too (YAML would resume after them)
    ("title: Otsikko\u2028\n", [("Y006", 1, 15)]),
    ("summary: kolme\x85 pistettä\n", [("Y006", 1, 15)]),
    ("# kommentti\u2029title: x\nid: a\n", [("Y006", 1, 12)]),
])
def test_character_is_named_at_its_position(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(text) == expected


def test_the_repaired_text_parses_as_the_maintainer_meant() -> None:
    repaired, _ = scan_characters("title:\u00a0Otsikko\nlanes:\n  – asiakas\nversion: ’1.0’\nid: a\u200bb\n", F)
    assert yaml.safe_load(repaired) == {"title": "Otsikko", "lanes": ["asiakas"], "version": "1.0", "id": "ab"}


@pytest.mark.parametrize(("text", "expected"), [
    ('id: x\rtitle: "kesken', [("Y009", 2, 8)]),          # an old Mac line break: line 2, as the editor shows it
    ("id: x\r\ntitle: 'kesken\n", [("Y009", 2, 8)]),     # Windows line breaks
    ("title: x\u2028\nid: 'kesken\n", [("Y006", 1, 9), ("Y009", 2, 5)]),  # libyaml counted it: line 3
])
def test_positions_count_lines_as_the_editor_does(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert [(d.code, d.line, d.column) for d in validate_files({**BASE, F: text}).diagnostics] == expected


def libyaml_messages() -> set[str]:
    """Every problem text compiled into the installed libyaml extension (scanner, parser, reader)."""
    extension = next(Path(yaml.__file__).parent.glob("_yaml*.so"))
    strings = set(re.findall(rb"[ -~]{8,}", extension.read_bytes()))
    starts = (b"found ", b"did not find", b"could not find", b"mapping ", b"block sequence", b"control char",
              b"invalid leading", b"invalid trailing", b"invalid length", b"invalid Unicode", b"incomplete UTF")
    return {s.decode() for s in strings if s.startswith(starts) and b"->" not in s}  # not C assertions


def test_every_libyaml_message_has_a_finnish_translation() -> None:
    found = libyaml_messages()
    assert len(found) >= 40, sorted(found)
    assert sorted(m for m in found if m not in PROBLEM_IDS) == []


def test_an_unknown_message_is_still_finnish() -> None:
    assert finnish_problem("something new in libyaml 0.3") == (
        "rakenne ei ole kelvollista YAMLia (tarkista sisennys, kaksoispisteet ja lainausmerkit)")

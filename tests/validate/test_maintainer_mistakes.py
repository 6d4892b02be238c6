"""Thirty-five mistakes maintainers really make (issue 17), one at a time, each pinned to the complete
list of diagnostics it gives: code, line and column. One mistake gives one line (two where one
mistake has two ends, such as a pair of typographic quotes), at the place the maintainer has to edit.

`rating` is the message quality as judged by reading the Finnish text the way a development planner
would (0 misleading, 1 right place but the fix has to be guessed, 2 names the mistake and the fix). It is
a record for the issue, not an assertion. Command-line paths (misspelled file or folder) are in
tests/cli/test_validate_paths.py."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from generator.diagnostics import Diagnostic
from tests.validate.conftest import BASE, CATALOG, PROCESS, validate_files

P = "process_models/alue/prosessi.yaml"
C = "process_models/catalog/katalogi.yaml"


def edit(old: str, new: str, text: str = PROCESS) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


@dataclass(frozen=True)
class Mistake:
    name: str
    files: dict[str, str | None]
    expected: list[tuple[str, str, int, int]]  # (file, code, line, column), the complete sorted list
    rating: int


NO_STEPS = PROCESS[:PROCESS.index("steps:")] + PROCESS[PROCESS.index("answers:"):]
LOOP = edit("      - end: true\n        condition: Ei\n", "      - step: paatos\n        condition: Ei\n")

MISTAKES = [
    # false greens
    Mistake("steps section deleted", {P: NO_STEPS}, [(P, "S008", 1, 1)], 2),
    Mistake("empty steps list", {P: edit("steps:\n", "steps: []\nx_steps:\n").split("x_steps:")[0]
                                 + PROCESS[PROCESS.index("answers:"):]}, [(P, "S008", 9, 1)], 2),
    Mistake("region does not match the folder", {"process_models/toinen/prosessi.yaml": PROCESS, P: None},
            [("process_models/toinen/prosessi.yaml", "R014", 3, 9)], 2),
    Mistake("every line commented out", {P: "".join("# " + line + "\n" for line in PROCESS.splitlines())},
            [(P, "F006", 1, 1)], 2),
    # the line where the mistake is
    Mistake("missing colon", {P: edit("title: Prosessi", "title Prosessi")}, [(P, "Y010", 2, 6)], 2),
    Mistake("missing colon after steps", {P: edit("steps:\n", "steps\n")}, [(P, "Y010", 9, 6)], 2),
    Mistake("missing space after colon", {P: edit("title: Prosessi", "title:Prosessi")}, [(P, "Y010", 2, 7)], 2),
    Mistake("missing space in a step", {P: edit("    title: Eka", "    title:Eka")}, [(P, "Y010", 11, 11)], 2),
    Mistake("-id: without a space", {P: edit("  - id: paatos", "  -id: paatos")}, [(P, "Y011", 18, 3)], 2),
    Mistake("unclosed double quote, closed ten lines later",
            {P: edit("decision: Jatketaanko?", 'decision: "Jatketaanko?"',
                     edit("title: Prosessi", 'title: "Prosessi'))},
            [(P, "Y009", 2, 8)], 2),
    Mistake("unclosed single quote at the end", {P: edit("    answer: Ohjaaja", "    answer: 'Ohjaaja")},
            [(P, "Y009", 30, 13)], 2),
    Mistake("unclosed single quote in version", {P: edit("version: '1.0'", "version: '1.0")},
            [(P, "Y009", 6, 10)], 2),
    # Word paste
    Mistake("non-breaking space after a colon", {P: edit("title: Prosessi", "title:\u00a0Prosessi")},
            [(P, "Y006", 2, 7)], 2),
    Mistake("zero-width space inside a role id", {P: edit("responsible: ohjaaja", "responsible: ohja\u200baja")},
            [(P, "Y006", 13, 22)], 2),
    Mistake("line separator pasted after a title", {P: edit("title: Prosessi", "title: Prosessi\u2028")},
            [(P, "Y006", 2, 16)], 2),
    Mistake("non-breaking space after an id", {P: edit("responsible: ohjaaja", "responsible: ohjaaja\u00a0")},
            [(P, "Y006", 13, 25)], 2),
    Mistake("non-breaking space in the indentation", {P: edit("    title: Eka", "\u00a0   title: Eka")},
            [(P, "Y006", 11, 1)], 2),
    Mistake("typographic quotes around the version", {P: edit("version: '1.0'", "version: ’1.0’")},
            [(P, "Y007", 6, 10), (P, "Y007", 6, 14)], 2),
    Mistake("typographic quotes around a text with a colon", {P: edit("title: Prosessi", "title: ”Tavoite: työ”")},
            [(P, "Y007", 2, 8), (P, "Y007", 2, 21)], 2),
    Mistake("en dash as a list marker", {P: edit("  - id: paatos", "  – id: paatos")}, [(P, "Y007", 18, 3)], 2),
    Mistake("# at the start of a title", {P: edit("title: Prosessi", "title: #1 Prosessi")}, [(P, "Y008", 2, 8)], 2),
    Mistake("Markdown link at the start of a description",
            {P: edit("    title: Eka\n", "    title: Eka\n    description: [Ohje](https://thl.fi) kertoo\n")},
            [(P, "Y008", 12, 18)], 2),
    Mistake("Markdown bold at the start", {P: edit("    title: Eka", "    title: **Eka** vaihe")},
            [(P, "Y008", 11, 12)], 2),
    Mistake("> at the start", {P: edit("    title: Eka", "    title: > 18-vuotiaat")}, [(P, "Y008", 11, 12)], 2),
    Mistake("@ at the start", {P: edit("    title: Eka", "    title: @Kela")}, [(P, "Y008", 11, 12)], 2),
    Mistake("backtick at the start", {P: edit("    title: Eka", "    title: `Eka`")}, [(P, "Y008", 11, 12)], 2),
    # root cause first
    Mistake("next to a missing step", {P: edit("      - step: paatos", "      - step: paatoss")},
            [(P, "R003", 17, 15)], 2),
    Mistake("loop without a way out", {P: LOOP}, [(P, "G002", 26, 15)], 2),
    Mistake("loop back to the start without a way out",
            {P: edit("      - end: true\n        condition: Ei\n", "      - step: eka\n        condition: Ei\n")},
            [(P, "G002", 24, 15)], 1),
    Mistake("unknown service", {P: edit("service: palvelu", "service: palveluu")}, [(P, "R006", 4, 10)], 2),
    Mistake("syntax error in a catalogue", {C: CATALOG.replace("  - {id: ohjaaja, name: Ohjaaja, kind: ammattilainen}",
                                                              "  - {id: ohjaaja, name: Ohjaaja kind: ammattilainen}")},
            [(C, "Y001", 2, 37)], 2),
    # libyaml in Finnish
    Mistake("a second document after ---", {P: PROCESS + "---\nid: toinen\n"}, [(P, "Y001", 32, 1)], 2),
    Mistake("tab in the indentation", {P: edit("    title: Eka", "\ttitle: Eka")}, [(P, "Y001", 11, 1)], 2),
    Mistake("colon inside an unquoted value", {P: edit("title: Prosessi", "title: Tavoite: työ")},
            [(P, "Y001", 2, 15)], 2),
    Mistake("one space too many in the indentation", {P: edit("    title: Eka", "     title: Eka")},
            [(P, "Y001", 11, 6)], 2),
    # ids: the message lists the choices
    Mistake("unknown question id", {P: edit("question: kuka-arvioi", "question: kuka-arvio")},
            [(P, "R009", 29, 15)], 2),
]


def found(mistake: Mistake) -> list[Diagnostic]:
    files = {**BASE}
    for path, text in mistake.files.items():
        if text is None:
            files.pop(path)
        else:
            files[path] = text
    return validate_files(files).diagnostics


@pytest.mark.parametrize("mistake", MISTAKES, ids=[m.name for m in MISTAKES])
def test_one_mistake_is_one_diagnostic_at_its_place(mistake: Mistake) -> None:
    diagnostics = found(mistake)
    assert [(d.file, d.code, d.line, d.column) for d in diagnostics] == mistake.expected, \
        [f"{d.code} {d.line}:{d.column} {d.message}" for d in diagnostics]


def test_there_are_at_least_thirty_two_mistakes() -> None:
    assert len(MISTAKES) >= 32


def message(name: str) -> str:
    [diagnostic] = found(next(m for m in MISTAKES if m.name == name))[:1]
    return f"{diagnostic.message} | {diagnostic.hint}"


def test_messages_name_the_character_and_the_fix() -> None:
    assert message("zero-width space inside a role id") == (
        "Tässä kohdassa on näkymätön merkki: leveydetön välilyönti (U+200B). YAML ei pidä sitä välilyöntinä, "
        "joten teksti muuttuu, vaikka se näyttää oikealta. | Merkki tulee yleensä Wordista tai verkkosivulta "
        "kopioitaessa: poista se. VS Code näyttää merkin korostettuna; Ctrl+H korvaa kaikki kerralla.")
    assert message("line separator pasted after a title") == (
        "Tässä kohdassa on näkymätön merkki: näkymätön rivierotin (U+2028). YAML katkaisee rivin sen kohdalla, "
        "vaikka editori näyttää rivin yhtenä. | Merkki tulee yleensä Wordista tai verkkosivulta kopioitaessa: "
        "poista se. VS Code näyttää merkin korostettuna; Ctrl+H korvaa kaikki kerralla.")
    assert message("non-breaking space after a colon").startswith(
        "Tässä kohdassa on näkymätön merkki: sitova välilyönti (U+00A0).")
    assert message("non-breaking space after a colon").endswith(
        "kirjoita tilalle tavallinen välilyönti. VS Code näyttää merkin korostettuna; Ctrl+H korvaa kaikki kerralla.")
    assert message("typographic quotes around the version").startswith(
        "Tässä kohdassa on typografinen heittomerkki ’ (U+2019), vaikka YAML odottaa tähän merkkiä: suora "
        "lainausmerkki '. | Kirjoita tilalle '.")
    assert message("en dash as a list marker").startswith(
        "Tässä kohdassa on ajatusviiva (U+2013), vaikka YAML odottaa tähän merkkiä: luettelomerkki '-'.")


def test_messages_for_yaml_mistakes_say_what_to_write() -> None:
    assert message("missing colon") == (
        "Rivillä 'title Prosessi' avaimen 'title' perästä puuttuu kaksoispiste. | Kirjoita 'title: Prosessi': "
        "avaimen perään kaksoispiste ja välilyönti, sitten arvo.")
    assert message("-id: without a space") == (
        "Rivillä '-id: paatos' luettelomerkin '-' perästä puuttuu välilyönti. | Kirjoita '- id: paatos': "
        "luettelorivi alkaa väliviivalla ja välilyönnillä.")
    assert message("# at the start of a title") == (
        "Arvo alkaa merkillä '#', jolla on YAML:ssä erityinen merkitys: # aloittaa kommentin, joten loppurivi ei "
        "kuulu arvoon ja arvo jää tyhjäksi. | Laita koko arvo lainausmerkkeihin: title: '#1 Prosessi'")
    assert message("Markdown link at the start of a description").endswith(
        "| Laita koko arvo lainausmerkkeihin: description: '[Ohje](https://thl.fi) kertoo'")
    assert message("unclosed double quote, closed ten lines later").startswith(
        "Tällä rivillä alkava lainausmerkki \" ei sulkeudu rivin lopussa.")


def test_root_cause_messages() -> None:
    assert message("loop without a way out").startswith(
        "Jatkopolku 'paatos' → 'paatos' sulkee silmukan (paatos → paatos), josta ei pääse prosessin loppuun.")
    assert message("loop back to the start without a way out").startswith(
        "Jatkopolku 'paatos' → 'eka' sulkee silmukan (eka → paatos → eka), josta ei pääse prosessin loppuun.")
    assert message("unknown service") == (
        "Palvelua 'palveluu' ei ole palvelukatalogissa. Tarkoititko 'palvelu'? | Palvelukatalogin palvelut: "
        "palvelu, toinen-palvelu. Uusi palvelu lisätään katalogiin process_models/catalog/palvelut.yaml.")
    assert message("steps section deleted").startswith("Prosessissa ei ole yhtään vaihetta (steps)")
    assert message("region does not match the folder").startswith(
        "Mallin alue on 'alue', mutta tiedosto on kansiossa 'toinen'.")
    assert message("every line commented out").startswith("Tiedostossa on 31 riviä, mutta jokainen on kommentti")


def test_indentation_mistake_names_both_columns() -> None:
    assert message("one space too many in the indentation").startswith(
        "YAML-syntaksivirhe: avain 'title' on sisennetty 5 välilyönnillä, mutta edellisen rivin avain 'id' "
        "4 välilyönnillä; saman rakenteen avainten pitää alkaa samasta sarakkeesta.")


def test_libyaml_messages_are_finnish() -> None:
    assert message("a second document after ---").startswith(
        "YAML-syntaksivirhe: tiedostossa on toinen dokumentti rivin '---' jälkeen")
    assert message("tab in the indentation").startswith(
        "YAML-syntaksivirhe: sarkain (tab) ei ole sallittu sisennyksessä.")

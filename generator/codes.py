"""The registry of diagnostic codes: stable ids, severities and the examples that trigger them.

A code's title, message and fix hint are interface text: they live in the message catalogue
(`generator/messages/<language>/diagnostics.yaml`, ids `diagnostics.<code>.title|message|hint`). The error-code
reference on the site is generated from this table, and a test runs every `example` through the validator, so the
documentation cannot drift from the behaviour.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from generator.messages import catalogue, message


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        """The word the maintainer reads (`[virhe]`, `Taso: varoitus`)."""
        return message(f"diagnostics.severity.{self.value}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Example:
    """A file that triggers the code (`bad`) and the same file fixed (`good`)."""

    path: str
    bad: str
    good: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CellExample:
    """A returned questionnaire's cell (`polku tuo`): the value that triggers the code and a fixed one."""

    sheet: str
    cell: str
    bad: str
    good: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Code:
    """One diagnostic code; its texts are read from the catalogue as `str.format` templates (not yet filled in)."""

    id: str
    severity: Severity
    example: Example | CellExample | None = None

    @property
    def title(self) -> str:
        return catalogue()[f"diagnostics.{self.id}.title"]

    @property
    def message(self) -> str:
        return catalogue()[f"diagnostics.{self.id}.message"]

    @property
    def hint(self) -> str:
        return catalogue()[f"diagnostics.{self.id}.hint"]


def _code(id: str, severity: Severity, example: Example | CellExample | None = None) -> Code:
    return Code(id=id, severity=severity, example=example)


E, W = Severity.ERROR, Severity.WARNING

_P = "process_models/esimerkkialue/prosessi.yaml"
_HEAD = (
    "id: esimerkki-prosessi\ntitle: Esimerkkiprosessi\nregion: esimerkkialue\n"
    "service: esimerkkipalvelu\nstatus: luonnos\nversion: '1.0'\n"
)
_STEPS = (
    "lanes: [ohjaaja]\nsteps:\n  - id: alku\n    title: Alku\n    phase: aloitus\n"
    "    responsible: ohjaaja\n    next:\n      - end: true\n"
)

_DECISION = "    decision: Jatketaanko?\n    next:\n"
_END_IF_NO = "      - end: true\n        condition: Ei\n"
_AGAIN_IF_YES = "      - step: alku\n        condition: Kyllä, uusi kierros\n"


def _proc(body: str) -> str:
    return _HEAD + body


def _citing(basis: str) -> str:
    """The example process whose one step cites `basis` as its legal basis."""
    return _proc(_STEPS).replace("responsible: ohjaaja", f"responsible: ohjaaja\n    legal_bases: [{basis}]")


# A small form for the M-codes' examples (validated next to the same fixture catalogue).
_F = "process_models/forms/esimerkki.yaml"
_FORM = (
    "id: esimerkki\ntitle: Esimerkkilomake\nversion: '1.0'\nsections:\n  - id: perustiedot\n"
    "    title: Perustiedot\n    fields:\n      - id: nimi\n        label: Nimi\n        type: text\n"
)


def _field(field_id: str, label: str, field_type: str) -> str:
    return f"      - id: {field_id}\n        label: {label}\n        type: {field_type}\n"


_REGISTRY: tuple[Code, ...] = (
    # --- files -------------------------------------------------------------------------------
    _code("F001", E),
    _code("F002", E, Example(path=_P, bad="\n\n", good=_proc(_STEPS))),
    _code("F003", E),
    _code("F004", E, Example(path=_P, bad="- id: esimerkki\n", good=_proc(_STEPS))),
    # --- files a maintainer names or fills (issue 17: no false "kunnossa") -------------------
    _code("F005", E),
    _code("F006", E, Example(path=_P, bad="# id: esimerkki-prosessi\n# title: Esimerkkiprosessi\n", good=_proc(_STEPS))),
    _code("F007", E),
    # --- YAML --------------------------------------------------------------------------------
    _code("Y001", E, Example(path=_P, bad=_proc(_STEPS) + "summary: Tavoite: työ\n  x: [\n",
                  good=_proc(_STEPS) + "summary: 'Tavoite: työ'\n")),
    _code("Y002", E, Example(path=_P, bad=_proc(_STEPS) + "summary: A\nsummary: B\n", good=_proc(_STEPS) + "summary: A B\n")),
    _code("Y003", E, Example(path=_P, bad=_proc(_STEPS) + "summary: &s Teksti\ntarget_group: *s\n",
                  good=_proc(_STEPS) + "summary: Teksti\ntarget_group: Teksti\n")),
    _code("Y004", E, Example(path=_P, bad=_proc(_STEPS) + "summary: !!python/name:os.system x\n",
                  good=_proc(_STEPS) + "summary: x\n")),
    _code("Y005", E),
    # --- characters pasted from Word and YAML mistakes at their real place (issue 17) ---------
    _code("Y006", E, Example(path=_P, bad=_proc(_STEPS).replace("title: Alku", "title:\u00a0Alku"), good=_proc(_STEPS))),
    _code("Y007", E, Example(path=_P, bad=_proc(_STEPS).replace("version: '1.0'", "version: ’1.0’"), good=_proc(_STEPS))),
    _code("Y008", E, Example(path=_P, bad=_proc(_STEPS) + "summary: [Lähde](https://thl.fi) kertoo\n",
                  good=_proc(_STEPS) + "summary: '[Lähde](https://thl.fi) kertoo'\n")),
    _code("Y009", E, Example(path=_P, bad=_proc(_STEPS) + "summary: \"Tavoite: työ\n",
                  good=_proc(_STEPS) + "summary: \"Tavoite: työ\"\n")),
    _code("Y010", E, Example(path=_P, bad=_proc(_STEPS) + "summary:Tiivistelmä\n", good=_proc(_STEPS) + "summary: Tiivistelmä\n")),
    _code("Y011", E, Example(path=_P, bad=_proc(_STEPS).replace("  - id: alku", "  -id: alku"), good=_proc(_STEPS))),
    # --- structure ---------------------------------------------------------------------------
    _code("S001", E, Example(path=_P, bad=_proc(_STEPS) + "sumary: Tiivistelmä\n", good=_proc(_STEPS) + "summary: Tiivistelmä\n")),
    _code("S002", E, Example(path=_P, bad=_proc(_STEPS) + "development_needs: Lomakkeet\n",
                  good=_proc(_STEPS) + "development_needs:\n  - Lomakkeet\n")),
    _code("S003", E, Example(path=_P, bad=_proc(_STEPS).replace("title: Esimerkkiprosessi\n", ""), good=_proc(_STEPS))),
    _code("S004", E, Example(path=_P, bad=_proc(_STEPS).replace("id: alku", "id: Alku vaihe"), good=_proc(_STEPS))),
    _code("S005", E, Example(path=_P, bad=_proc(_STEPS).replace("status: luonnos", "status: valmis"), good=_proc(_STEPS))),
    _code("S006", E, Example(path=_P, bad=_proc(_STEPS) + "valid_from: 31.2.2023\n", good=_proc(_STEPS) + "valid_from: 2023-02-28\n")),
    _code("S007", E, Example(path=_P, bad=_proc(_STEPS) + "summary: ''\n", good=_proc(_STEPS))),
    # --- references --------------------------------------------------------------------------
    _code("R001", E, Example(path=_P, bad=_proc(_STEPS) + "  - id: alku\n    title: Toinen\n    responsible: ohjaaja\n"
                  "    phase: aloitus\n    next:\n      - end: true\n", good=_proc(_STEPS))),
    _code("R002", E, Example(path=_P, bad=_proc(_STEPS).replace("responsible: ohjaaja", "responsible: ohjaja"),
                  good=_proc(_STEPS))),
    _code("R003", E, Example(path=_P, bad=_proc(_STEPS).replace("      - end: true\n", "      - step: loppu\n      - end: true\n"),
                  good=_proc(_STEPS))),
    _code("R004", E, Example(path=_P, bad=_proc(_STEPS).replace("responsible: ohjaaja", "responsible: ohjaaja\n    legal_bases: [tuntematon-laki]"),
                  good=_proc(_STEPS).replace("responsible: ohjaaja", "responsible: ohjaaja\n    legal_bases: [uusi-laki]"))),
    _code("R005", E, Example(path=_P, bad=_proc(_STEPS).replace("responsible: ohjaaja", "responsible: ohjaaja\n    forms: [sopimus]"),
                  good=_proc(_STEPS))),
    _code("R006", E, Example(path=_P, bad=_proc(_STEPS).replace("service: esimerkkipalvelu", "service: tuntematon"),
                  good=_proc(_STEPS))),
    _code("R007", E, Example(path=_P, bad=_proc(_STEPS).replace("phase: aloitus", "phase: alotus"), good=_proc(_STEPS))),
    _code("R008", E, Example(path=_P, bad=_proc(_STEPS).replace("region: esimerkkialue", "region: esimerkki"),
                  good=_proc(_STEPS))),
    _code("R009", E, Example(path=_P, bad=_proc(_STEPS) + "answers:\n  - question: kuka-aloittaa\n    answer: Ohjaaja\n",
                  good=_proc(_STEPS) + "answers:\n  - question: kuka-aloittaa\n    answer: Ohjaaja\n"
                  .replace("kuka-aloittaa", "kuka-aloittaa-palvelun"))),
    _code("R010", E, Example(path=_P, bad=_proc(_STEPS) + "owner: tuntematon-org\n", good=_proc(_STEPS))),
    _code("R011", E, Example(path=_P, bad=_proc(_STEPS).replace("responsible: ohjaaja", "responsible: asiakas"),
                  good=_proc(_STEPS))),
    _code("R012", E, Example(path=_P, bad=_proc(_STEPS).replace("phase: aloitus", "phase: aloitus\n    task: tuntematon"),
                  good=_proc(_STEPS))),
    _code("R013", E, Example(path=_P, bad=_proc(_STEPS) + "sources: [tuntematon-lahde]\n", good=_proc(_STEPS))),
    # --- flow --------------------------------------------------------------------------------
    _code("G001", E, Example(path=_P, bad=_proc(_STEPS) + "  - id: irrallinen\n    title: Irrallinen\n    phase: aloitus\n"
                  "    responsible: ohjaaja\n    next:\n      - end: true\n", good=_proc(_STEPS))),
    _code("G002", E, Example(path=_P, bad=_proc(_STEPS).replace("- end: true", "- step: alku"), good=_proc(_STEPS))),
    _code("G003", E, Example(path=_P, bad=_proc(_STEPS).replace("    next:\n      - end: true\n", _DECISION + _END_IF_NO),
                  good=_proc(_STEPS).replace("    next:\n      - end: true\n", _DECISION + _END_IF_NO + _AGAIN_IF_YES))),
    _code("G004", E, Example(path=_P, bad=_proc(_STEPS).replace("    next:\n      - end: true\n", _DECISION + _END_IF_NO + "      - step: alku\n"),
                  good=_proc(_STEPS).replace("    next:\n      - end: true\n", _DECISION + _END_IF_NO + _AGAIN_IF_YES))),
    _code("G005", E, Example(path=_P, bad=_proc(_STEPS).replace("- end: true", "- end: true\n        step: alku"), good=_proc(_STEPS))),
    _code("G006", E, Example(path=_P, bad=_proc("start: aloitus\n" + _STEPS), good=_proc("start: alku\n" + _STEPS))),
    # --- models that would publish wrongly (issue 17) ----------------------------------------
    _code("S008", E, Example(path=_P, bad=_proc("lanes: [ohjaaja]\n"), good=_proc(_STEPS))),
    _code("R014", E, Example(path=_P, bad=_proc(_STEPS).replace("region: esimerkkialue", "region: toinen-alue"),
                  good=_proc(_STEPS))),
    # --- text safety -------------------------------------------------------------------------
    _code("H001", E, Example(path=_P, bad=_proc(_STEPS) + "summary: Katso <b>tämä</b>\n", good=_proc(_STEPS) + "summary: Katso **tämä**\n")),
    _code("H002", E, Example(path=_P, bad=_proc(_STEPS) + "summary: <script>alert(1)</script>\n", good=_proc(_STEPS))),
    _code("H003", E, Example(path=_P, bad=_proc(_STEPS) + "summary: '[x](javascript:alert(1))'\n",
                  good=_proc(_STEPS) + "summary: '[x](https://thl.fi)'\n")),
    _code("H004", E, Example(path=_P, bad=_proc(_STEPS) + "summary: 'Teksti {: .huomio }'\n",
                  good=_proc(_STEPS) + "summary: Teksti\n")),
    # --- personal data -----------------------------------------------------------------------
    _code("D001", E, Example(path=_P, bad=_proc(_STEPS) + "summary: Asiakas 131052-308T\n", good=_proc(_STEPS) + "summary: Asiakas\n")),
    # The example number is made up (all zeros): no real person's details on the site, even as an example.
    _code("D002", E, Example(path=_P, bad=_proc(_STEPS) + "summary: Soita 040 000 0000\n", good=_proc(_STEPS) + "summary: Soita\n")),
    _code("D003", E, Example(path=_P, bad=_proc(_STEPS) + "summary: matti.meikalainen@example.fi\n",
                  good=_proc(_STEPS) + "summary: kirjaamo@example.fi\n")),
    # --- security: limits, file names, entities, links, addresses (issue 11) -------------------
    _code("F008", E),
    _code("F009", E),
    _code("Y012", E, Example(path=_P, bad=_proc(_STEPS) + 'summary: "Teksti\\x07"\n', good=_proc(_STEPS) + "summary: Teksti\n")),
    _code("Y013", E),
    _code("S010", E),
    _code("S009", E, Example(path=_P, bad=_proc(_STEPS).replace("id: esimerkki-prosessi", "id: index"), good=_proc(_STEPS))),
    _code("H005", E, Example(path=_P, bad=_proc(_STEPS) + "summary: Katso &lt;b&gt;tämä\n", good=_proc(_STEPS) + "summary: Katso tämä\n")),
    _code("H006", E, Example(path=_P, bad=_proc(_STEPS) + "summary: '[ohje](https://thl.fi \"Ohje\")'\n",
                  good=_proc(_STEPS) + "summary: '[ohje](https://thl.fi)'\n")),
    _code("H007", E, Example(path=_P, bad=_proc(_STEPS) + "summary: '![kaavio](https://thl.fi/k.png)'\n",
                  good=_proc(_STEPS) + "summary: '[kaavio](https://thl.fi/k.png)'\n")),
    _code("D004", E, Example(path=_P, bad=_proc(_STEPS) + "summary: Asiakas asuu Mannerheimintie 12 B 34\n",
                  good=_proc(_STEPS) + "summary: Asiakas asuu kunnassa\n")),
    # --- legal -------------------------------------------------------------------------------
    _code("L001", W, Example(path=_P, bad=_proc(_STEPS).replace("responsible: ohjaaja", "responsible: ohjaaja\n    legal_bases: [vanha-laki]")
                  + "valid_from: 2025-06-01\n",
                  good=_proc(_STEPS).replace("responsible: ohjaaja", "responsible: ohjaaja\n    legal_bases: [uusi-laki]")
                  + "valid_from: 2025-06-01\n")),
    # --- legal validity (content truth) ------------------------------------------------------
    _code("L002", W, Example(path=_P, bad=_citing("vanha-laki"), good=_citing("uusi-laki"))),
    _code("L003", W, Example(path=_P, bad=_citing("esitys"), good=_citing("uusi-laki"))),
    _code("M007", E, Example(path=_F, bad=_FORM + "        basis: laki-sallii\n",
                  good=_FORM + "        basis: laki-sallii\n        legal_bases: [uusi-laki]\n")),
    # --- canonical phases --------------------------------------------------------------------
    _code("K001", W, Example(path=_P, bad=_proc(_STEPS).replace("    phase: aloitus\n", ""), good=_proc(_STEPS))),
    # --- forms -------------------------------------------------------------------------------
    _code("M001", E, Example(path=_F, bad=_FORM.replace("type: text", "type: teksti"), good=_FORM)),
    _code("M002", E, Example(path=_F, bad=_FORM + _field("nimi", "Toinen nimi", "text"),
                  good=_FORM + _field("toinen-nimi", "Toinen nimi", "text"))),
    _code("M003", E, Example(path=_F, bad=_FORM + _field("suostumus", "Suostumus", "choice"),
                  good=_FORM + _field("suostumus", "Suostumus", "choice") + "        options: [Kyllä, Ei]\n")),
    _code("M004", E, Example(path=_F, bad=_FORM + "region: esimerkkialue\nvariant_of: tuntematon-lomake\n",
                  good=_FORM + "region: esimerkkialue\n")),
    _code("M005", E),
    _code("M006", E),
    # --- rendering ---------------------------------------------------------------------------
    _code("B001", E),
    _code("B002", E),
    _code("B003", E),
    # --- site pages (i13) ----------------------------------------------------------------------
    _code("P001", E),
    # --- questionnaire import (polku tuo): positions are Sheet!Cell of the returned workbook ----------
    _code("T001", E),
    _code("T002", E),
    _code("T003", E),
    _code("T004", E),
    _code("T005", E),
    _code("T006", E, CellExample(sheet="Kysymykset", cell="A3", bad="ketka-lahettavat", good="kuka-tunnistaa")),
    _code("T007", E, CellExample(sheet="Kysymykset", cell="D3", bad="Sosiaaliohjaaja tunnistaa tarpeen.", good="")),
    _code("T008", E),
    _code("T009", E, CellExample(sheet="Kysymykset", cell="F3", bad="=HYPERLINK(\"https://example.fi\")",
                      good="Sosiaaliohjaaja tunnistaa tarpeen.")),
    _code("T010", E, CellExample(sheet="Kysymykset", cell="F3", bad="- sosiaaliohjaaja", good="Sosiaaliohjaaja")),
    _code("T011", E, CellExample(sheet="Kysymykset", cell="G3", bad="Asiakkas", good="Asiakas")),
    _code("T012", E),
    _code("T013", E),
    _code("T014", E),
    _code("T015", E),
)

CODES: dict[str, Code] = {code.id: code for code in _REGISTRY}

# Each code as a constant, for `diagnostics.make(codes.S001, …)`: a misspelt code is a type error, not a
# KeyError at run time. A test checks that every registered code has its constant here.
F001 = CODES["F001"]
F002 = CODES["F002"]
F003 = CODES["F003"]
F004 = CODES["F004"]
F005 = CODES["F005"]
F006 = CODES["F006"]
F007 = CODES["F007"]
Y001 = CODES["Y001"]
Y002 = CODES["Y002"]
Y003 = CODES["Y003"]
Y004 = CODES["Y004"]
Y005 = CODES["Y005"]
Y006 = CODES["Y006"]
Y007 = CODES["Y007"]
Y008 = CODES["Y008"]
Y009 = CODES["Y009"]
Y010 = CODES["Y010"]
Y011 = CODES["Y011"]
S001 = CODES["S001"]
S002 = CODES["S002"]
S003 = CODES["S003"]
S004 = CODES["S004"]
S005 = CODES["S005"]
S006 = CODES["S006"]
S007 = CODES["S007"]
S008 = CODES["S008"]
R001 = CODES["R001"]
R002 = CODES["R002"]
R003 = CODES["R003"]
R004 = CODES["R004"]
R005 = CODES["R005"]
R006 = CODES["R006"]
R007 = CODES["R007"]
R008 = CODES["R008"]
R009 = CODES["R009"]
R010 = CODES["R010"]
R011 = CODES["R011"]
R012 = CODES["R012"]
R013 = CODES["R013"]
R014 = CODES["R014"]
G001 = CODES["G001"]
G002 = CODES["G002"]
G003 = CODES["G003"]
G004 = CODES["G004"]
G005 = CODES["G005"]
G006 = CODES["G006"]
H001 = CODES["H001"]
H002 = CODES["H002"]
H003 = CODES["H003"]
H004 = CODES["H004"]
D001 = CODES["D001"]
D002 = CODES["D002"]
D003 = CODES["D003"]
L001 = CODES["L001"]
L002 = CODES["L002"]
L003 = CODES["L003"]
K001 = CODES["K001"]
M001 = CODES["M001"]
M002 = CODES["M002"]
M003 = CODES["M003"]
M004 = CODES["M004"]
M005 = CODES["M005"]
M006 = CODES["M006"]
M007 = CODES["M007"]
B001 = CODES["B001"]
B002 = CODES["B002"]
B003 = CODES["B003"]
P001 = CODES["P001"]
T001 = CODES["T001"]
T002 = CODES["T002"]
T003 = CODES["T003"]
T004 = CODES["T004"]
T005 = CODES["T005"]
T006 = CODES["T006"]
T007 = CODES["T007"]
T008 = CODES["T008"]
T009 = CODES["T009"]
T010 = CODES["T010"]
T011 = CODES["T011"]
T012 = CODES["T012"]
T013 = CODES["T013"]
T014 = CODES["T014"]
T015 = CODES["T015"]
F008 = CODES["F008"]
F009 = CODES["F009"]
Y012 = CODES["Y012"]
Y013 = CODES["Y013"]
S010 = CODES["S010"]
S009 = CODES["S009"]
H005 = CODES["H005"]
H006 = CODES["H006"]
H007 = CODES["H007"]
D004 = CODES["D004"]

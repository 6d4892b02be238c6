"""The registry of diagnostic codes: stable ids, Finnish messages and fix hints.

The error-code reference on the site is generated from this table, and a test runs every
`example` through the validator, so the documentation cannot drift from the behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    id: str
    severity: str  # "virhe" | "varoitus"
    title: str
    message: str
    hint: str
    example: Example | CellExample | None = None


def _code(id: str, severity: str, title: str, message: str, hint: str,
          example: Example | CellExample | None = None) -> Code:
    return Code(id=id, severity=severity, title=title, message=message, hint=hint, example=example)


E, W = "virhe", "varoitus"

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
    _code("F001", E, "Tiedosto ei ole UTF-8",
          "Tiedosto ei ole UTF-8-merkistössä (virheellinen tavu kohdassa {offset}).",
          "Tallenna tiedosto UTF-8-merkistössä (VS Code: tilarivin merkistö → Save with Encoding → UTF-8)."),
    _code("F002", E, "Tyhjä tiedosto",
          "Tiedosto on tyhjä.",
          "Lisää tiedostoon sisältö tai poista tiedosto.",
          Example(path=_P, bad="\n\n", good=_proc(_STEPS))),
    _code("F003", E, "Liian suuri tiedosto",
          "Tiedosto on liian suuri ({size} tavua; enintään {limit} tavua).",
          "Jaa kuvaus useampaan tiedostoon; yksi prosessimalli on yksi tiedosto."),
    _code("F004", E, "Juuri ei ole avain–arvo-rakenne",
          "Tiedoston ylimmän tason pitää olla avain–arvo-rakenne, nyt se on {found}.",
          "Aloita tiedosto avaimella, esimerkiksi 'id: …' (prosessi) tai 'roles:' (katalogi).",
          Example(path=_P, bad="- id: esimerkki\n", good=_proc(_STEPS))),
    # --- files a maintainer names or fills (issue 17: no false "kunnossa") -------------------
    _code("F005", E, "Polkua ei löydy",
          "Polkua '{path}' ei löydy.{suggestion}",
          "Tarkista polun kirjoitusasu. Mallit ovat kansiossa process_models/, esim. "
          "process_models/satakunta/. Ilman polkua 'polku validate' tarkistaa kaikki mallit."),
    _code("F006", E, "Tiedostossa on vain kommentteja",
          "Tiedostossa on {lines} riviä, mutta jokainen on kommentti tai tyhjä: yhtään avainta ei ole.",
          "Rivit, jotka alkavat #-merkillä, ovat kommentteja. Poista #-merkki avainrivien alusta "
          "(esim. '# id: …' → 'id: …') tai poista tiedosto.",
          Example(path=_P, bad="# id: esimerkki-prosessi\n# title: Esimerkkiprosessi\n", good=_proc(_STEPS))),
    _code("F007", E, "Polussa ei ole mallitiedostoja",
          "Polussa '{path}' ei ole tarkistettavia mallitiedostoja: {reason}.",
          "Anna kansion process_models/ .yaml-tiedosto tai kansio, esim. process_models/satakunta/, "
          "tai jätä polku pois, jolloin kaikki mallit tarkistetaan."),
    # --- YAML --------------------------------------------------------------------------------
    _code("Y001", E, "YAML-syntaksivirhe",
          "YAML-syntaksivirhe: {problem}.",
          "Tarkista sisennys (välilyönnit, ei sarkaimia), kaksoispisteet ja lainausmerkit tällä rivillä "
          "ja sen yläpuolella. Kaksoispisteen sisältävä teksti kannattaa laittaa lainausmerkkeihin.",
          Example(path=_P, bad=_proc(_STEPS) + "summary: Tavoite: työ\n  x: [\n",
                  good=_proc(_STEPS) + "summary: 'Tavoite: työ'\n")),
    _code("Y002", E, "Sama avain kahdesti",
          "Avain '{key}' on tässä rakenteessa jo rivillä {first_line}.",
          "Poista toinen avaimista tai yhdistä niiden sisältö yhteen.",
          Example(path=_P, bad=_proc(_STEPS) + "summary: A\nsummary: B\n", good=_proc(_STEPS) + "summary: A B\n")),
    _code("Y003", E, "YAML-ankkuri tai -viittaus",
          "YAML-ankkurit ja -viittaukset (&nimi, *nimi) eivät ole sallittuja.",
          "Kirjoita arvo auki jokaiseen kohtaan. Muihin osiin viitataan tunnisteella (id).",
          Example(path=_P, bad=_proc(_STEPS) + "summary: &s Teksti\ntarget_group: *s\n",
                  good=_proc(_STEPS) + "summary: Teksti\ntarget_group: Teksti\n")),
    _code("Y004", E, "YAML-tyyppimerkintä",
          "YAML-tyyppimerkintä '{tag}' ei ole sallittu.",
          "Poista !-alkuinen merkintä; kirjoita arvo tavallisena tekstinä.",
          Example(path=_P, bad=_proc(_STEPS) + "summary: !!python/name:os.system x\n",
                  good=_proc(_STEPS) + "summary: x\n")),
    _code("Y005", E, "Liian syvä tai laaja rakenne",
          "Rakenne on liian {what} ({found}; enintään {limit}).",
          "Mallin rakenne on matala: prosessi → vaiheet → jatkopolut. Tarkista sisennykset."),
    # --- characters pasted from Word and YAML mistakes at their real place (issue 17) ---------
    _code("Y006", E, "Näkymätön merkki",
          "Tässä kohdassa on näkymätön merkki: {name}. YAML ei pidä sitä välilyöntinä, joten teksti "
          "muuttuu, vaikka se näyttää oikealta.",
          "Merkki tulee yleensä Wordista tai verkkosivulta kopioitaessa: {fix}. VS Code näyttää merkin "
          "korostettuna; Ctrl+H korvaa kaikki kerralla.",
          Example(path=_P, bad=_proc(_STEPS).replace("title: Alku", "title:\u00a0Alku"), good=_proc(_STEPS))),
    _code("Y007", E, "Typografinen merkki YAML-merkin paikalla",
          "Tässä kohdassa on {name}, vaikka YAML odottaa tähän merkkiä: {expected}.",
          "Kirjoita tilalle {replacement}. Word vaihtaa lainausmerkit ja väliviivat typografisiksi; kirjoita "
          "ne editorissa.{advice}",
          Example(path=_P, bad=_proc(_STEPS).replace("version: '1.0'", "version: ’1.0’"), good=_proc(_STEPS))),
    _code("Y008", E, "Arvo alkaa YAML:n erikoismerkillä",
          "Arvo alkaa merkillä '{char}', jolla on YAML:ssä erityinen merkitys: {meaning}.",
          "Laita koko arvo lainausmerkkeihin: {example}",
          Example(path=_P, bad=_proc(_STEPS) + "summary: [Lähde](https://thl.fi) kertoo\n",
                  good=_proc(_STEPS) + "summary: '[Lähde](https://thl.fi) kertoo'\n")),
    _code("Y009", E, "Lainausmerkki jää auki",
          "Tällä rivillä alkava lainausmerkki {quote} ei sulkeudu rivin lopussa.",
          "Lisää sulkeva {quote} arvon loppuun. Jos tekstissä itsessään on {quote}-merkki, kirjoita se "
          "kahdesti tai käytä arvon ympärillä toista lainausmerkkiä (esim. \"Kelan 'Kuntoutus'-lomake\").",
          Example(path=_P, bad=_proc(_STEPS) + "summary: \"Tavoite: työ\n",
                  good=_proc(_STEPS) + "summary: \"Tavoite: työ\"\n")),
    _code("Y010", E, "Avaimen perästä puuttuu kaksoispiste tai välilyönti",
          "Rivillä '{found}' avaimen '{key}' perästä puuttuu {missing}.",
          "Kirjoita '{fixed}': avaimen perään kaksoispiste ja välilyönti, sitten arvo.",
          Example(path=_P, bad=_proc(_STEPS) + "summary:Tiivistelmä\n", good=_proc(_STEPS) + "summary: Tiivistelmä\n")),
    _code("Y011", E, "Luettelomerkin perästä puuttuu välilyönti",
          "Rivillä '{found}' luettelomerkin '-' perästä puuttuu välilyönti.",
          "Kirjoita '{fixed}': luettelorivi alkaa väliviivalla ja välilyönnillä.",
          Example(path=_P, bad=_proc(_STEPS).replace("  - id: alku", "  -id: alku"), good=_proc(_STEPS))),
    # --- structure ---------------------------------------------------------------------------
    _code("S001", E, "Tuntematon avain",
          "Tuntematon avain '{key}'.{suggestion}",
          "Sallitut avaimet tässä kohdassa: {allowed}.",
          Example(path=_P, bad=_proc(_STEPS) + "sumary: Tiivistelmä\n", good=_proc(_STEPS) + "summary: Tiivistelmä\n")),
    _code("S002", E, "Väärä tyyppi",
          "Kentän '{field}' arvo on väärää tyyppiä: odotettiin {expected}.",
          "Korjaa arvo: {expected}.",
          Example(path=_P, bad=_proc(_STEPS) + "development_needs: Lomakkeet\n",
                  good=_proc(_STEPS) + "development_needs:\n  - Lomakkeet\n")),
    _code("S003", E, "Pakollinen avain puuttuu",
          "Pakollinen avain '{key}' puuttuu.",
          "Lisää rakenteeseen rivi '{key}: …'.",
          Example(path=_P, bad=_proc(_STEPS).replace("title: Esimerkkiprosessi\n", ""), good=_proc(_STEPS))),
    _code("S004", E, "Tunniste ei ole kelvollinen",
          "Tunniste '{value}' ei kelpaa: sallittuja ovat pienet kirjaimet a–z, numerot ja väliviivat.",
          "Kirjoita esimerkiksi '{suggestion}' (ä→a, ö→o, å→a, välilyönti→väliviiva).",
          Example(path=_P, bad=_proc(_STEPS).replace("id: alku", "id: Alku vaihe"), good=_proc(_STEPS))),
    _code("S005", E, "Arvo ei ole sallittu",
          "Arvo '{value}' ei ole sallittu kentässä '{field}'.",
          "Sallitut arvot: {allowed}.",
          Example(path=_P, bad=_proc(_STEPS).replace("status: luonnos", "status: valmis"), good=_proc(_STEPS))),
    _code("S006", E, "Päivämäärä ei kelpaa",
          "Päivämäärä '{value}' ei kelpaa.",
          "Kirjoita päivämäärä muodossa VVVV-KK-PP (esim. 2023-09-21) tai PP.KK.VVVV (21.9.2023).",
          Example(path=_P, bad=_proc(_STEPS) + "valid_from: 31.2.2023\n", good=_proc(_STEPS) + "valid_from: 2023-02-28\n")),
    _code("S007", E, "Tyhjä arvo",
          "Kenttä '{field}' ei saa olla tyhjä.",
          "Täytä kenttä tai poista se kokonaan, jos tietoa ei ole.",
          Example(path=_P, bad=_proc(_STEPS) + "summary: ''\n", good=_proc(_STEPS))),
    # --- references --------------------------------------------------------------------------
    _code("R001", E, "Sama tunniste kahdesti",
          "Tunniste '{id}' ({kind}) on jo määritelty: {other}.",
          "Anna tälle {kind_short} oma, yksilöllinen tunniste.",
          Example(path=_P, bad=_proc(_STEPS) + "  - id: alku\n    title: Toinen\n    responsible: ohjaaja\n"
                  "    phase: aloitus\n    next:\n      - end: true\n", good=_proc(_STEPS))),
    _code("R002", E, "Tuntematon rooli",
          "Roolia '{ref}' ei ole roolikatalogissa.{suggestion}",
          "Korjaa tunniste tai lisää rooli katalogiin (process_models/catalog/roolit.yaml).",
          Example(path=_P, bad=_proc(_STEPS).replace("responsible: ohjaaja", "responsible: ohjaja"),
                  good=_proc(_STEPS))),
    _code("R003", E, "Tuntematon vaihe",
          "Vaihetta '{ref}' ei ole tässä prosessissa.{suggestion}",
          "Korjaa tunniste tai lisää vaihe steps-listaan.",
          Example(path=_P, bad=_proc(_STEPS).replace("      - end: true\n", "      - step: loppu\n      - end: true\n"),
                  good=_proc(_STEPS))),
    _code("R004", E, "Tuntematon säädösperuste",
          "Säädösperustetta '{ref}' ei ole säädöskatalogissa.{suggestion}",
          "Korjaa tunniste tai lisää säädös katalogiin (process_models/catalog/saadokset.yaml).",
          Example(path=_P, bad=_proc(_STEPS).replace("responsible: ohjaaja", "responsible: ohjaaja\n    legal_bases: [tuntematon-laki]"),
                  good=_proc(_STEPS).replace("responsible: ohjaaja", "responsible: ohjaaja\n    legal_bases: [uusi-laki]"))),
    _code("R005", E, "Tuntematon lomake",
          "Lomaketta '{ref}' ei ole lomakekansiossa.{suggestion}",
          "Korjaa tunniste tai lisää lomakkeen määrittely kansioon process_models/forms/.",
          Example(path=_P, bad=_proc(_STEPS).replace("responsible: ohjaaja", "responsible: ohjaaja\n    forms: [sopimus]"),
                  good=_proc(_STEPS))),
    _code("R006", E, "Tuntematon palvelu",
          "Palvelua '{ref}' ei ole palvelukatalogissa.{suggestion}",
          "Palvelukatalogin palvelut: {allowed}. Uusi palvelu lisätään katalogiin "
          "process_models/catalog/palvelut.yaml.",
          Example(path=_P, bad=_proc(_STEPS).replace("service: esimerkkipalvelu", "service: tuntematon"),
                  good=_proc(_STEPS))),
    _code("R007", E, "Tuntematon palvelun vaihe",
          "Palvelulla '{service}' ei ole vaihetta '{ref}'.{suggestion}",
          "Käytä jotakin palvelun kanonisista vaiheista: {allowed}.",
          Example(path=_P, bad=_proc(_STEPS).replace("phase: aloitus", "phase: alotus"), good=_proc(_STEPS))),
    _code("R008", E, "Tuntematon alue",
          "Aluetta '{ref}' ei ole aluekatalogissa.{suggestion}",
          "Aluekatalogin alueet: {allowed}. Uusi alue: polku new region --id … --name … --kind ….",
          Example(path=_P, bad=_proc(_STEPS).replace("region: esimerkkialue", "region: esimerkki"),
                  good=_proc(_STEPS))),
    _code("R009", E, "Tuntematon kysymys",
          "Palvelulla '{service}' ei ole kysymystä '{ref}'.{suggestion}",
          "Korjaa kysymyksen tunniste; palvelun kysymykset: {allowed}.",
          Example(path=_P, bad=_proc(_STEPS) + "answers:\n  - question: kuka-aloittaa\n    answer: Ohjaaja\n",
                  good=_proc(_STEPS) + "answers:\n  - question: kuka-aloittaa\n    answer: Ohjaaja\n"
                  .replace("kuka-aloittaa", "kuka-aloittaa-palvelun"))),
    _code("R010", E, "Tuntematon organisaatio",
          "Organisaatiota '{ref}' ei ole organisaatiokatalogissa.{suggestion}",
          "Korjaa tunniste tai lisää organisaatio katalogiin (process_models/catalog/alueet.yaml).",
          Example(path=_P, bad=_proc(_STEPS) + "owner: tuntematon-org\n", good=_proc(_STEPS))),
    _code("R011", E, "Vastuurooli ei ole uimaradoissa",
          "Vaiheen vastuurooli '{role}' ei ole prosessin uimaratojen (lanes) joukossa.",
          "Lisää '{role}' lanes-listaan tai vaihda vaiheen vastuurooli.",
          Example(path=_P, bad=_proc(_STEPS).replace("responsible: ohjaaja", "responsible: asiakas"),
                  good=_proc(_STEPS))),
    _code("R012", E, "Tuntematon kanoninen tehtävä",
          "Palvelulla '{service}' ei ole tehtävää '{ref}'.{suggestion}",
          "Käytä jotakin palvelun tehtävistä: {allowed}.",
          Example(path=_P, bad=_proc(_STEPS).replace("phase: aloitus", "phase: aloitus\n    task: tuntematon"),
                  good=_proc(_STEPS))),
    _code("R013", E, "Tuntematon lähde",
          "Lähdettä '{ref}' ei ole lähdeluettelossa.{suggestion}",
          "Korjaa tunniste tai lisää lähde katalogiin (process_models/catalog/lahteet.yaml).",
          Example(path=_P, bad=_proc(_STEPS) + "sources: [tuntematon-lahde]\n", good=_proc(_STEPS))),
    # --- flow --------------------------------------------------------------------------------
    _code("G001", E, "Vaiheeseen ei pääse",
          "Vaiheeseen '{step}' ei pääse prosessin alusta ('{start}').",
          "Lisää '{step}' jonkin vaiheen next-listaan tai poista vaihe.",
          Example(path=_P, bad=_proc(_STEPS) + "  - id: irrallinen\n    title: Irrallinen\n    phase: aloitus\n"
                  "    responsible: ohjaaja\n    next:\n      - end: true\n", good=_proc(_STEPS))),
    _code("G002", E, "Silmukasta ei pääse loppuun",
          "Jatkopolku '{source}' → '{target}' sulkee silmukan {loop}, josta ei pääse prosessin loppuun.",
          "Lisää johonkin silmukan vaiheeseen jatkopolku ulos (next: step/service/end) tai ohjaa tämä "
          "jatkopolku silmukan ulkopuolelle.",
          Example(path=_P, bad=_proc(_STEPS).replace("- end: true", "- step: alku"), good=_proc(_STEPS))),
    _code("G003", E, "Päätöskohdassa liian vähän polkuja",
          "Päätöskohdassa '{step}' on {count} jatkopolkua; päätöksellä pitää olla vähintään kaksi.",
          "Lisää next-listaan vähintään kaksi polkua ehtoineen tai poista 'decision'.",
          Example(path=_P, bad=_proc(_STEPS).replace("    next:\n      - end: true\n", _DECISION + _END_IF_NO),
                  good=_proc(_STEPS).replace("    next:\n      - end: true\n", _DECISION + _END_IF_NO + _AGAIN_IF_YES))),
    _code("G004", E, "Päätöksen polulta puuttuu ehto",
          "Päätöskohdan '{step}' jatkopolulta puuttuu ehto (condition).",
          "Kirjoita jokaiselle päätöksen polulle ehto, esimerkiksi 'condition: Kyllä'.",
          Example(path=_P, bad=_proc(_STEPS).replace("    next:\n      - end: true\n", _DECISION + _END_IF_NO + "      - step: alku\n"),
                  good=_proc(_STEPS).replace("    next:\n      - end: true\n", _DECISION + _END_IF_NO + _AGAIN_IF_YES))),
    _code("G005", E, "Jatkopolun kohde epäselvä",
          "Jatkopolulla pitää olla täsmälleen yksi kohde: step, service tai end.",
          "Kirjoita esimerkiksi '- step: seuraava-vaihe', '- service: tyokokeilu' tai '- end: true'.",
          Example(path=_P, bad=_proc(_STEPS).replace("- end: true", "- end: true\n        step: alku"), good=_proc(_STEPS))),
    _code("G006", E, "Prosessin alkua ei löydy",
          "Prosessin alkuvaihetta '{start}' ei löydy.",
          "Korjaa 'start' osoittamaan olemassa olevaan vaiheeseen tai poista se (alku on silloin ensimmäinen vaihe).",
          Example(path=_P, bad=_proc("start: aloitus\n" + _STEPS), good=_proc("start: alku\n" + _STEPS))),
    # --- models that would publish wrongly (issue 17) ----------------------------------------
    _code("S008", E, "Prosessissa ei ole vaiheita",
          "Prosessissa ei ole yhtään vaihetta (steps), joten sen sivulle ja kaavioon ei tulisi mitään.",
          "Lisää steps-luettelo ja siihen vähintään yksi vaihe (id, title, next). Valmis pohja: "
          "polku new process --region <alue> --service <palvelu>.",
          Example(path=_P, bad=_proc("lanes: [ohjaaja]\n"), good=_proc(_STEPS))),
    _code("R014", E, "Alue ei vastaa kansiota",
          "Mallin alue on '{region}', mutta tiedosto on kansiossa '{folder}'.",
          "Siirrä tiedosto kansioon process_models/{region}/ tai korjaa region. Kansion pitää olla "
          "mallin alue tai laajempi alue, johon se kuuluu (part_of).",
          Example(path=_P, bad=_proc(_STEPS).replace("region: esimerkkialue", "region: toinen-alue"),
                  good=_proc(_STEPS))),
    # --- text safety -------------------------------------------------------------------------
    _code("H001", E, "HTML-koodia tekstissä",
          "Tekstissä on HTML-koodia ('{snippet}'); HTML ei ole sallittu.",
          "Käytä Markdownia: **lihavointi**, [linkin teksti](https://…), luettelorivit '- '. "
          "Jos tarkoitit vertailumerkkiä, kirjoita 'alle' tai 'yli'.",
          Example(path=_P, bad=_proc(_STEPS) + "summary: Katso <b>tämä</b>\n", good=_proc(_STEPS) + "summary: Katso **tämä**\n")),
    _code("H002", E, "Skripti tekstissä",
          "Tekstissä on <script>-elementti tai tapahtumankäsittelijä ('{snippet}').",
          "Poista koodi. Mallin tekstit ovat tavallista Markdown-tekstiä.",
          Example(path=_P, bad=_proc(_STEPS) + "summary: <script>alert(1)</script>\n", good=_proc(_STEPS))),
    _code("H003", E, "Vaarallinen linkki",
          "Linkin osoite '{url}' ei ole sallittu.",
          "Käytä https://-, http://- tai mailto:-osoitetta.",
          Example(path=_P, bad=_proc(_STEPS) + "summary: '[x](javascript:alert(1))'\n",
                  good=_proc(_STEPS) + "summary: '[x](https://thl.fi)'\n")),
    _code("H004", E, "Markdown-laajennuksen erikoismerkintä",
          "Tekstissä on Markdown-laajennuksen erikoismerkintä ('{snippet}'), jota ei sallita malleissa.",
          "Poista merkintä. Attribuutit ({{: …}}), tiedostojen sisällytys (--8<--) ja lyhenteiden määrittelyt "
          "(*[…]:) kuuluvat vain käsin kirjoitetuille sivuille.",
          Example(path=_P, bad=_proc(_STEPS) + "summary: 'Teksti {: .huomio }'\n",
                  good=_proc(_STEPS) + "summary: Teksti\n")),
    # --- personal data -----------------------------------------------------------------------
    _code("D001", E, "Henkilötunnus tekstissä",
          "Tekstissä on henkilötunnus ('{snippet}').",
          "Poista henkilötunnus. Malleihin ei tallenneta henkilötietoja.",
          Example(path=_P, bad=_proc(_STEPS) + "summary: Asiakas 131052-308T\n", good=_proc(_STEPS) + "summary: Asiakas\n")),
    _code("D002", E, "Puhelinnumero tekstissä",
          "Tekstissä on puhelinnumero ('{snippet}').",
          "Poista puhelinnumero. Kuvaa rooli (esim. 'yksilövalmentaja'), älä henkilön yhteystietoja.",
          # The example number is made up (all zeros): no real person's details on the site, even as an example.
          Example(path=_P, bad=_proc(_STEPS) + "summary: Soita 040 000 0000\n", good=_proc(_STEPS) + "summary: Soita\n")),
    _code("D003", E, "Henkilön sähköpostiosoite tekstissä",
          "Tekstissä on henkilön sähköpostiosoite ('{snippet}').",
          "Poista osoite. Yleisiä palveluosoitteita (esim. kirjaamo@…) saa käyttää.",
          Example(path=_P, bad=_proc(_STEPS) + "summary: matti.meikalainen@example.fi\n",
                  good=_proc(_STEPS) + "summary: kirjaamo@example.fi\n")),
    # --- security: limits, file names, entities, links, addresses (issue 11) -------------------
    _code("F008", E, "Tiedostonimi ei kelpaa",
          "Tiedoston tai kansion nimi '{name}' ei kelpaa: sallittuja ovat pienet kirjaimet a–z, numerot ja "
          "väliviivat sekä pääte .yaml.",
          "Nimeä tiedosto esimerkiksi '{suggestion}'. Tiedostonimistä tulee sivuston osoitteita ja linkkejä."),
    _code("F009", E, "Symbolinen linkki",
          "Tiedosto tai kansio on symbolinen linkki ('{name}'); linkkejä ei seurata.",
          "Kopioi malli kansioon process_models/ tavallisena tiedostona ja poista linkki."),
    _code("Y012", E, "Ohjausmerkki arvossa",
          "Arvossa on ohjausmerkki U+{codepoint} (kirjoitettu esimerkiksi muodossa \\x.. tai \\0).",
          "Poista merkki. Teksteissä saa olla vain tavallisia merkkejä, sarkain ja rivinvaihto.",
          Example(path=_P, bad=_proc(_STEPS) + 'summary: "Teksti\\x07"\n', good=_proc(_STEPS) + "summary: Teksti\n")),
    _code("Y013", E, "Liian pitkä teksti",
          "Teksti on liian pitkä ({found} merkkiä; enintään {limit}).",
          "Lyhennä tekstiä tai jaa se useaan kenttään. Pitkä aineisto kuuluu lähteeseen, johon mallista viitataan."),
    _code("S010", E, "Liian monta vaihetta",
          "Prosessissa on {found} vaihetta; enintään {limit} on sallittu.",
          "Jaa prosessi pienempiin malleihin ja yhdistä ne jatkopoluilla (next: service: …)."),
    _code("S009", E, "Varattu tunniste",
          "Tunniste '{value}' on varattu sivuston omaan käyttöön ({kind}).",
          "Valitse toinen, kuvaava tunniste (esimerkiksi alueen, palvelun tai roolin nimi väliviivoin).",
          Example(path=_P, bad=_proc(_STEPS).replace("id: esimerkki-prosessi", "id: index"), good=_proc(_STEPS))),
    _code("H005", E, "HTML-merkintä entiteetteinä",
          "Tekstissä on HTML-entiteetti ('{snippet}'); entiteetit eivät ole sallittuja.",
          "Kirjoita merkki sellaisenaan (esim. 'ä', '–'). Vertailumerkit kannattaa kirjoittaa sanoin ('alle', 'yli').",
          Example(path=_P, bad=_proc(_STEPS) + "summary: Katso &lt;b&gt;tämä\n", good=_proc(_STEPS) + "summary: Katso tämä\n")),
    _code("H006", E, "Linkin otsikko",
          "Linkissä on otsikko ('{snippet}'); linkin otsikot eivät ole sallittuja.",
          "Kirjoita linkki muodossa [linkin teksti](https://…) ilman lainausmerkeissä olevaa otsikkoa.",
          Example(path=_P, bad=_proc(_STEPS) + "summary: '[ohje](https://thl.fi \"Ohje\")'\n",
                  good=_proc(_STEPS) + "summary: '[ohje](https://thl.fi)'\n")),
    _code("H007", E, "Kuva tekstissä",
          "Tekstissä on kuva ('{snippet}'); mallien teksteissä ei saa olla kuvia.",
          "Poista kuva tai tee siitä tavallinen linkki: [kuvan kuvaus](https://…). Sivusto ei lataa mitään muualta.",
          Example(path=_P, bad=_proc(_STEPS) + "summary: '![kaavio](https://thl.fi/k.png)'\n",
                  good=_proc(_STEPS) + "summary: '[kaavio](https://thl.fi/k.png)'\n")),
    _code("D004", E, "Katuosoite tekstissä",
          "Tekstissä on katuosoite ('{snippet}').",
          "Poista osoite. Kuvaa palvelupaikka yleisesti (esim. 'kunnan työpaja'), älä henkilön kotiosoitetta.",
          Example(path=_P, bad=_proc(_STEPS) + "summary: Asiakas asuu Mannerheimintie 12 B 34\n",
                  good=_proc(_STEPS) + "summary: Asiakas asuu kunnassa\n")),
    # --- legal -------------------------------------------------------------------------------
    _code("L001", W, "Kumottu säädösperuste",
          "Säädösperuste '{id}' on kumottu {repealed}, eli se ei ole voimassa mallin voimaantulopäivänä {valid_from}."
          "{replacement}",
          "Vaihda viittaus korvaavaan säädökseen tai korjaa mallin valid_from.",
          Example(path=_P, bad=_proc(_STEPS).replace("responsible: ohjaaja", "responsible: ohjaaja\n    legal_bases: [vanha-laki]")
                  + "valid_from: 2025-06-01\n",
                  good=_proc(_STEPS).replace("responsible: ohjaaja", "responsible: ohjaaja\n    legal_bases: [uusi-laki]")
                  + "valid_from: 2025-06-01\n")),
    # --- legal validity (content truth) ------------------------------------------------------
    _code("L002", W, "Viittaus kumottuun säädökseen",
          "{where} viittaa säädösperusteeseen '{id}' ({name}), joka on kumottu {repealed} alkaen{repealed_by}."
          "{replacement}",
          "Vaihda viittaus nykyiseen perusteeseen (katso säädöksen sivulta 'Korvaava säädös'). Jos lähde on "
          "kirjoitettu ennen kumoamista, kerro kuvauksessa, mitä lähde sanoo ja mikä laki on nyt.",
          Example(path=_P, bad=_citing("vanha-laki"), good=_citing("uusi-laki"))),
    _code("L003", W, "Viittaus vireillä olevaan esitykseen",
          "{where} viittaa säädösperusteena esitykseen '{id}' ({name}), joka ei ole voimassa olevaa lakia.",
          "Viittaa voimassa olevaan säädökseen. Vireillä olevan esityksen voi mainita kuvauksessa "
          "('esitys on vireillä'), mutta ei säädösperusteena.",
          Example(path=_P, bad=_citing("esitys"), good=_citing("uusi-laki"))),
    _code("M007", E, "Lakiin perustuvalta kentältä puuttuu pykälä",
          "Kentän '{id}' peruste on '{basis}', mutta kentälle ei ole merkitty säädösperustetta (legal_bases).",
          "Lisää kentälle pykälä, joka edellyttää tai sallii tiedon (esim. 'legal_bases: [ktt-laki-16]'), tai "
          "merkitse kenttä 'basis: kaytanto'.",
          Example(path=_F, bad=_FORM + "        basis: laki-sallii\n",
                  good=_FORM + "        basis: laki-sallii\n        legal_bases: [uusi-laki]\n")),
    # --- canonical phases --------------------------------------------------------------------
    _code("K001", W, "Vaihe ei kuulu kanoniseen vaiheeseen",
          "Vaihe '{step}' ei kuulu mihinkään palvelun '{service}' kanonisista vaiheista.",
          "Lisää vaiheelle 'phase: …' (vaihtoehdot: {allowed}), jotta alueita voidaan vertailla.",
          Example(path=_P, bad=_proc(_STEPS).replace("    phase: aloitus\n", ""), good=_proc(_STEPS))),
    # --- forms -------------------------------------------------------------------------------
    _code("M001", E, "Tuntematon kenttätyyppi",
          "Kenttätyyppi '{value}' ei ole sallittu.",
          "Sallitut kenttätyypit: {allowed}.",
          Example(path=_F, bad=_FORM.replace("type: text", "type: teksti"), good=_FORM)),
    _code("M002", E, "Sama kenttätunniste kahdesti",
          "Kenttä '{id}' on lomakkeessa jo rivillä {first_line}.",
          "Anna jokaiselle kentälle lomakkeen sisällä yksilöllinen tunniste.",
          Example(path=_F, bad=_FORM + _field("nimi", "Toinen nimi", "text"),
                  good=_FORM + _field("toinen-nimi", "Toinen nimi", "text"))),
    _code("M003", E, "Valintalistalta puuttuvat vaihtoehdot",
          "Valintakentällä '{id}' ei ole vaihtoehtoja (options).",
          "Lisää vähintään kaksi vaihtoehtoa: 'options: [Kyllä, Ei]'.",
          Example(path=_F, bad=_FORM + _field("suostumus", "Suostumus", "choice"),
                  good=_FORM + _field("suostumus", "Suostumus", "choice") + "        options: [Kyllä, Ei]\n")),
    _code("M004", E, "Tuntematon pohjalomake",
          "Lomakeversion pohjaksi merkittyä lomaketta '{ref}' ei löydy.{suggestion}",
          "Korjaa 'variant_of' osoittamaan olemassa olevaan lomakkeeseen.",
          Example(path=_F, bad=_FORM + "region: esimerkkialue\nvariant_of: tuntematon-lomake\n",
                  good=_FORM + "region: esimerkkialue\n")),
    _code("M005", E, "Kenttä on jo pohjalomakkeessa",
          "Kenttä '{id}' on jo pohjalomakkeessa '{base}'; alueen versio perii sen automaattisesti.",
          "Anna alueen omalle kentälle oma tunniste tai poista se (tunnisteista tulee PDF-kenttien nimet)."),
    _code("M006", E, "Lomakeversioiden kehä",
          "Lomakkeen '{id}' pohjalomakeketju (variant_of) palaa takaisin lomakkeeseen itseensä.",
          "Korjaa variant_of osoittamaan yhteiseen pohjalomakkeeseen, joka ei itse ole tämän versio."),
    # --- rendering ---------------------------------------------------------------------------
    _code("B001", E, "Graphviz puuttuu",
          "Kaaviota ei voitu piirtää, koska Graphviz-ohjelmaa 'dot' ei löydy.",
          "Asenna Graphviz: sudo apt-get install -y graphviz (macOS: brew install graphviz). "
          "Tai aja 'make serve', joka asentaa sen."),
    _code("B002", E, "Kaavion piirtäminen epäonnistui",
          "Kaavion '{diagram}' piirtäminen epäonnistui: {detail}.",
          "Tarkista mallin vaiheet ja jatkopolut; jos virhe toistuu, ilmoita siitä ylläpitäjille."),
    _code("B003", E, "Kaavion piirtäminen kesti liian kauan",
          "Kaavion '{diagram}' piirtäminen keskeytettiin, koska yksi Graphviz-ajo kesti yli {seconds} s.",
          "Jaa prosessi pienempiin osiin tai vähennä jatkopolkuja; mallissa voi olla hyvin monimutkainen silmukka."),
    # --- site pages (i13) ----------------------------------------------------------------------
    _code("P001", E, "Kaksi sivua samaan osoitteeseen",
          "Sivuston sivu '{path}' syntyisi kahdesti ({sources}); toinen jäisi julkaisematta.",
          "Vaihda toisen tunniste (id), niin sivut saavat eri osoitteet. Esimerkiksi tunniste 'index' "
          "on varattu kansion etusivulle."),
    # --- questionnaire import (polku tuo): positions are Sheet!Cell of the returned workbook ----------
    _code("T001", E, "Tiedosto ei ole XLSX-työkirja",
          "Tiedosto ei ole Excel-työkirja (XLSX), tai se on vioittunut.",
          "Tallenna taulukko Excel-työkirjana: Excelissä Tallenna nimellä → Excel-työkirja (.xlsx), "
          "LibreOfficessa Tallenna nimellä → Excel 2007–365 (.xlsx)."),
    _code("T002", E, "Liian suuri työkirja",
          "Työkirja on liian suuri ({size} tavua; enintään {limit} tavua).",
          "Palauta kyselystä tehty työkirja sellaisenaan; älä liitä siihen kuvia, muita taulukoita tai "
          "suuria tekstimassoja."),
    _code("T003", E, "Työkirja ei ole Polun kysely",
          "Työkirja ei ole komennolla polku kysely tehty kysely, tai sen piilotettu välilehti _pohja on muuttunut.",
          "Täytä alueelle lähetetty kysely tai tee uusi komennolla polku kysely PALVELU --region ALUE --out TIEDOSTO."),
    _code("T004", E, "Välilehti puuttuu",
          "Välilehteä '{name}' ei löydy.{suggestion}",
          "Palauta välilehden nimeksi '{name}'; tuonti tunnistaa välilehdet nimestä."),
    _code("T005", E, "Välilehdellä on ylimääräisiä rivejä",
          "Välilehdellä on rivejä rivin {expected} jälkeen (viimeinen rivi {found}).",
          "Poista lisätyt rivit. Jokainen rivi on yksi kysymys tai vaihe; uusia rivejä ei voi lisätä."),
    _code("T006", E, "Rivi on poistettu tai siirretty",
          "Tällä rivillä pitäisi olla tunniste '{expected}', nyt '{found}'.",
          "Älä poista, lisää tai järjestä rivejä. Palauta rivien järjestys tai kopioi vastaukset uuteen kyselyyn.",
          CellExample(sheet="Kysymykset", cell="A3", bad="ketka-lahettavat", good="kuka-tunnistaa")),
    _code("T007", E, "Lukittua solua on muutettu",
          "Lukittua solua on muutettu: nyt '{found}', lähetetyssä kyselyssä '{expected}'.",
          "Palauta solun alkuperäinen arvo. Kirjoita vain keltaisiin soluihin (Vastaus, Rooli, Lähde tai huomio).",
          CellExample(sheet="Kysymykset", cell="D3", bad="Sosiaaliohjaaja tunnistaa tarpeen.", good="")),
    _code("T008", E, "Tunniste ei vastaa katalogia",
          "Tunnistetta '{id}' ei ole {what}.{suggestion}",
          "Katalogi tai alueen kuvaus on muuttunut kyselyn lähettämisen jälkeen: tee alueelle uusi kysely "
          "(polku kysely) ja siirrä vastaukset siihen."),
    _code("T009", E, "Kaava solussa",
          "Solussa on kaava ('{snippet}'); kaavoja ei tuoda.",
          "Kirjoita solun arvo tekstinä.",
          CellExample(sheet="Kysymykset", cell="F3", bad="=HYPERLINK(\"https://example.fi\")",
                      good="Sosiaaliohjaaja tunnistaa tarpeen.")),
    _code("T010", E, "Solu alkaa kaavamerkillä",
          "Solu alkaa merkillä '{char}', jolla taulukko-ohjelma aloittaa kaavan.",
          "Aloita teksti sanalla tai poista merkki (esimerkiksi luettelon '- ' rivin alusta).",
          CellExample(sheet="Kysymykset", cell="F3", bad="- sosiaaliohjaaja", good="Sosiaaliohjaaja")),
    _code("T011", E, "Tuntematon rooli",
          "Roolia '{name}' ei ole roolikatalogissa.{suggestion}",
          "Valitse rooli valikosta (välilehti Roolit). Uuden roolin lisää ylläpitäjä katalogiin "
          "process_models/catalog/roolit.yaml.",
          CellExample(sheet="Kysymykset", cell="G3", bad="Asiakkas", good="Asiakas")),
    _code("T012", E, "Liian pitkä teksti",
          "Solussa on {length} merkkiä; enintään {limit}.",
          "Tiivistä vastaus. Pitkä kuvaus kuuluu lähdeasiakirjaan, johon voi viitata sarakkeessa Lähde tai huomio."),
    _code("T013", E, "Ohjausmerkki solussa",
          "Solussa on näkymätön ohjausmerkki U+{codepoint}.",
          "Kirjoita teksti soluun uudelleen tai liitä se ilman muotoilua (Ctrl+Vaihto+V)."),
    _code("T014", E, "Korvaisi olemassa olevan tiedon",
          "Tietopankissa on jo {what}: '{current}'. Tuonti korvaisi sen arvolla '{new}'.",
          "Jos alueen uusi tieto korvaa vanhan, tuo uudelleen valitsimella --korvaa; muuten tyhjennä solu."),
    _code("T015", E, "Mallia ei voi muokata automaattisesti",
          "Kohtaa '{what}' ei voi kirjoittaa tiedostoon {target} automaattisesti: {why}.",
          "Kirjoita muutos tiedostoon käsin tai kirjoita kohta lohkomuotoon (jokainen avain omalle rivilleen)."),
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

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
class Code:
    id: str
    severity: str  # "virhe" | "varoitus"
    title: str
    message: str
    hint: str
    example: Example | None = None


def _code(id: str, severity: str, title: str, message: str, hint: str, example: Example | None = None) -> Code:
    return Code(id=id, severity=severity, title=title, message=message, hint=hint, example=example)


E, W = "virhe", "varoitus"

_P = "process_models/esimerkki/prosessi.yaml"
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
          Example(path=_P, bad="# Tähän tulee prosessin kuvaus.\n", good=_proc(_STEPS))),
    _code("F003", E, "Liian suuri tiedosto",
          "Tiedosto on liian suuri ({size} tavua; enintään {limit} tavua).",
          "Jaa kuvaus useampaan tiedostoon; yksi prosessimalli on yksi tiedosto."),
    _code("F004", E, "Juuri ei ole avain–arvo-rakenne",
          "Tiedoston ylimmän tason pitää olla avain–arvo-rakenne, nyt se on {found}.",
          "Aloita tiedosto avaimella, esimerkiksi 'id: …' (prosessi) tai 'roles:' (katalogi).",
          Example(path=_P, bad="- id: esimerkki\n", good=_proc(_STEPS))),
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
          "Korjaa tunniste tai lisää palvelu katalogiin (process_models/catalog/palvelut.yaml).",
          Example(path=_P, bad=_proc(_STEPS).replace("service: esimerkkipalvelu", "service: tuntematon"),
                  good=_proc(_STEPS))),
    _code("R007", E, "Tuntematon palvelun vaihe",
          "Palvelulla '{service}' ei ole vaihetta '{ref}'.{suggestion}",
          "Käytä jotakin palvelun kanonisista vaiheista: {allowed}.",
          Example(path=_P, bad=_proc(_STEPS).replace("phase: aloitus", "phase: alotus"), good=_proc(_STEPS))),
    _code("R008", E, "Tuntematon alue",
          "Aluetta '{ref}' ei ole aluekatalogissa.{suggestion}",
          "Korjaa tunniste tai lisää alue katalogiin (process_models/catalog/alueet.yaml).",
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
    _code("G002", E, "Vaiheesta ei pääse loppuun",
          "Vaiheesta '{step}' ei pääse prosessin loppuun.",
          "Lisää silmukasta ulos johtava jatkopolku (next: step/service/end).",
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
          Example(path=_P, bad=_proc(_STEPS) + "summary: Soita 044 5650 558\n", good=_proc(_STEPS) + "summary: Soita\n")),
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
)

CODES: dict[str, Code] = {code.id: code for code in _REGISTRY}

# Each code as a constant, for `diagnostics.make(codes.S001, …)`: a misspelt code is a type error, not a
# KeyError at run time. A test checks that every registered code has its constant here.
F001 = CODES["F001"]
F002 = CODES["F002"]
F003 = CODES["F003"]
F004 = CODES["F004"]
Y001 = CODES["Y001"]
Y002 = CODES["Y002"]
Y003 = CODES["Y003"]
Y004 = CODES["Y004"]
Y005 = CODES["Y005"]
S001 = CODES["S001"]
S002 = CODES["S002"]
S003 = CODES["S003"]
S004 = CODES["S004"]
S005 = CODES["S005"]
S006 = CODES["S006"]
S007 = CODES["S007"]
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
K001 = CODES["K001"]
M001 = CODES["M001"]
M002 = CODES["M002"]
M003 = CODES["M003"]
M004 = CODES["M004"]
M005 = CODES["M005"]
M006 = CODES["M006"]
B001 = CODES["B001"]
B002 = CODES["B002"]
B003 = CODES["B003"]
P001 = CODES["P001"]
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

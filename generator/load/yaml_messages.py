"""Every message libyaml (and PyYAML's composer) can give, in Finnish.

The keys are libyaml's own problem strings (scanner, parser, reader) and the composer's; a test reads
the strings out of the installed `yaml._yaml` extension and fails when one is missing here, so a
maintainer never sees English. Unknown text (a future libyaml) still gets a Finnish sentence.
"""

from __future__ import annotations

_QUOTE_IT = "laita teksti lainausmerkkeihin"

PROBLEMS_FI: dict[str, str] = {
    # scanner
    "found character that cannot start any token": f"merkki, jolla arvo ei voi alkaa ({_QUOTE_IT})",
    "could not find expected ':'": "avaimen perästä puuttuu kaksoispiste",
    "mapping keys are not allowed in this context": f"avain väärässä kohdassa ({_QUOTE_IT}, jos ?-merkki "
    "kuuluu tekstiin)",
    "block sequence entries are not allowed in this context": "luettelorivi ('- ') väärässä kohdassa: tarkista "
    "sisennys, luettelorivi ei voi alkaa samalla rivillä avaimen kanssa",
    "mapping values are not allowed in this context": f"kaksoispiste väärässä kohdassa (jos kaksoispiste "
    f"kuuluu tekstiin, {_QUOTE_IT}; muuten tarkista rivin sisennys)",
    "found unexpected end of stream": "tiedosto päättyi kesken (puuttuuko sulkeva lainausmerkki?)",
    "found unknown escape character": "tuntematon \\-merkintä lainausmerkkien sisällä (kirjoita \\\\ tai "
    "käytä yksinkertaisia lainausmerkkejä)",
    "did not find expected hexdecimal number": "\\x-, \\u- tai \\U-merkinnän perästä puuttuu heksadesimaaliluku",
    "found invalid Unicode character escape code": "\\u-merkinnän merkkikoodi ei ole kelvollinen",
    "found unexpected document indicator": "rivi '---' tai '...' lainausmerkkien sisällä (puuttuuko sulkeva "
    "lainausmerkki?)",
    "did not find expected whitespace or line break": "merkinnän perästä puuttuu välilyönti tai rivinvaihto",
    "did not find expected whitespace": "merkinnän perästä puuttuu välilyönti",
    "did not find expected comment or line break": f"| tai > aloittaa monirivisen tekstin, jonka pitää alkaa "
    f"seuraavalta riviltä ({_QUOTE_IT}, jos merkki kuuluu tekstiin)",
    "found an indentation indicator equal to 0": "monirivisen tekstin sisennysmerkintä ei voi olla 0",
    "found a tab character that violates indentation": "sarkain (tab) ei ole sallittu sisennyksessä",
    "found a tab character where an indentation space is expected": "sarkain (tab) ei ole sallittu "
    "sisennyksessä; käytä välilyöntejä",
    "did not find expected alphabetic or numeric character": f"merkki * tai & aloittaa YAML-viittauksen, jonka "
    f"perään kuuluu nimi ({_QUOTE_IT})",
    "found unexpected ':'": f"kaksoispiste väärässä kohdassa ({_QUOTE_IT})",
    "found unexpected non-alphabetical character": "merkintä sisältää merkin, joka ei ole kirjain",
    "did not find URI escaped octet": "%-merkinnän perästä puuttuu heksadesimaaliluku",
    "found an incorrect leading UTF-8 octet": "%-merkinnän tavu ei ole kelvollista UTF-8:aa",
    "found an incorrect trailing UTF-8 octet": "%-merkinnän tavu ei ole kelvollista UTF-8:aa",
    "did not find expected tag URI": "!-merkinnän perästä puuttuu tyypin nimi",
    "did not find the expected '>'": "!<…>-merkinnästä puuttuu sulkeva >",
    "did not find expected '!'": "%TAG-rivin merkinnästä puuttuu !",
    "could not find expected directive name": "%-rivin perästä puuttuu ohjeen nimi",
    "found unknown directive name": "tuntematon %-ohje",
    "did not find expected digit or '.' character": "%YAML-rivin versionumero on virheellinen",
    "found extremely long version number": "%YAML-rivin versionumero on liian pitkä",
    "did not find expected version number": "%YAML-rivin versionumero puuttuu",
    "found duplicate %YAML directive": "%YAML-rivi on kahdesti",
    "found incompatible YAML document": "YAML-versio ei ole tuettu (käytä versiota 1.1 tai 1.2)",
    "found duplicate %TAG directive": "%TAG-rivi on kahdesti",
    "found undefined tag handle": "tuntematon !-merkintä",
    # parser
    "did not find expected <document start>": "rivi '...' päättää tiedoston, mutta sen jälkeen on vielä "
    "sisältöä (poista '...'-rivi)",
    "did not find expected <stream-start>": "tiedoston alku puuttuu",
    "did not find expected node content": "arvo puuttuu tai rakenne on kesken",
    "did not find expected key": "avainta ei löytynyt: tarkista rivin sisennys",
    "did not find expected '-' indicator": "luettelorivin sisennys ei vastaa edellisiä rivejä",
    "did not find expected ',' or ']'": "[…]-luettelo on kesken (puuttuuko pilkku tai sulkeva ]-merkki?)",
    "did not find expected ',' or '}'": "{…}-rakenne on kesken (puuttuuko pilkku tai sulkeva }-merkki?)",
    # reader
    "control characters are not allowed": "tiedostossa on ohjausmerkki, jota YAML ei salli",
    "invalid leading UTF-8 octet": "tiedosto ei ole kelvollista UTF-8:aa",
    "incomplete UTF-8 octet sequence": "tiedosto ei ole kelvollista UTF-8:aa",
    "invalid trailing UTF-8 octet": "tiedosto ei ole kelvollista UTF-8:aa",
    "invalid length of a UTF-8 sequence": "tiedosto ei ole kelvollista UTF-8:aa",
    "invalid Unicode character": "tiedostossa on merkki, jota YAML ei salli",
    "incomplete UTF-16 character": "tiedosto ei ole kelvollista UTF-8:aa",
    "incomplete UTF-16 surrogate pair": "tiedosto ei ole kelvollista UTF-8:aa",
    # PyYAML's composer (ours runs in Python)
    "but found another document": "tiedostossa on toinen dokumentti rivin '---' jälkeen; yksi tiedosto on "
    "yksi malli (poista '---'-rivi tai siirrä loppu omaan tiedostoonsa)",
    "found undefined alias": "tuntematon viittaus (*nimi)",
    "found duplicate anchor": "sama ankkuri (&nimi) kahdesti",
    # PyYAML's pure-Python parser words a few of the same problems differently
    "mapping values are not allowed here": f"kaksoispiste väärässä kohdassa (jos kaksoispiste kuuluu "
    f"tekstiin, {_QUOTE_IT})",
    "expected <block end>, but found '-'": "luettelorivin sisennys ei vastaa edellisiä rivejä",
    "found character '\\t' that cannot start any token": "sarkain (tab) ei ole sallittu sisennyksessä",
    "expected ',' or '}', but got '?'": f"kysymysmerkki {{…}}-rakenteen sisällä ({_QUOTE_IT})",
    "expected ',' or ']', but got '?'": f"kysymysmerkki […]-rakenteen sisällä ({_QUOTE_IT})",
    "expected ',' or '}', but got": "{…}-rakenne on kesken (puuttuuko pilkku tai sulkeva }-merkki?)",
    "expected ',' or ']', but got": "[…]-luettelo on kesken (puuttuuko pilkku tai sulkeva ]-merkki?)",
}


def finnish_problem(problem: str | None) -> str:
    """libyaml's problem text in Finnish; never English."""
    text = problem or ""
    for english in sorted(PROBLEMS_FI, key=len, reverse=True):
        if text.startswith(english):
            return PROBLEMS_FI[english]
    return "rakenne ei ole kelvollista YAMLia (tarkista sisennys, kaksoispisteet ja lainausmerkit)"

"""Why a target is not met and what would meet it (Finnish; shown on the page only for unmet targets).

Based on profiles of the benchmark corpus; re-check them when the figures change.
"""

from __future__ import annotations

WHY: dict[str, str] = {
    "cold": (
        "Kylmässä rakennuksessa jokainen kaavio piirretään `dot`-ohjelmalla ja mallit tarkistetaan; lattialla "
        "kaaviot ovat jo valmiita tiedostoja. Välimuisti poistaa piirtämisen lämpimästä rakennuksesta; "
        "kylmää rakennusta nopeuttaisi mallien nopeampi lukeminen (ks. validointi) ja kaavioiden piirtäminen "
        "rinnakkain kaikilla ytimillä."
    ),
    "warm": (
        "Lämpimässäkin rakennuksessa Polku lukee ja tarkistaa kaikki mallit ennen sivujen tuottamista. Suurin "
        "yksittäinen kustannus on YAML-tiedostojen jäsentäminen puhtaalla Python-jäsentimellä (PyYAML). "
        "Libyaml-pohjainen jäsennin (yaml.CParser, asennettu) samalla sijaintitiedot säilyttävällä koostajalla "
        "nopeutti jäsentämistä kokeessa noin kolminkertaisesti ja tuotti täsmälleen samat solmut; "
        "virhetilanteissa voi palata nykyiseen jäsentimeen, jotta virheilmoitukset pysyvät samoina."
    ),
    "share": (
        "Generaattorin osuudesta suurin osa on mallien jäsentämistä ja tarkistusta (ks. validointi). "
        "Libyaml-jäsennin ja tekstitarkistusten yhdistäminen yhdeksi säännölliseksi lausekkeeksi "
        "pienentäisivät osuutta eniten."
    ),
    "parallel": (
        "Kaavioiden piirto ei ollut mitattavissa (kaaviovaihetta ei ollut) tai se ei käyttänyt molempia ytimiä. "
        "Riippumattomat kaaviot kannattaa piirtää rinnakkain (esim. concurrent.futures, yksi `dot` per ydin)."
    ),
    "edit": (
        "Kaaviovaihe ei kertonut piirrettyjen ja välimuistista otettujen kaavioiden määrää, tai muokkaus "
        "tuotti uudelleen muitakin kuin mallia näyttäviä sivuja."
    ),
    "validate": (
        "Noin 70 % `polku validate` -ajasta kuluu YAML-jäsentämiseen puhtaalla Python-jäsentimellä. "
        "Libyaml-jäsennin (CParser) tapahtumien lähteenä ja nykyinen sijainnit säilyttävä koostaja "
        "(ankkurien ja aliasten torjunta säilyy) lyhensi jäsentämisen noin kolmannekseen kokeessa. "
        "Loput kuluvat pääosin tekstiturvallisuustarkistuksiin, jotka ajavat useita säännöllisiä lausekkeita "
        "jokaiselle tekstikentälle."
    ),
    "growth": (
        "Kasvu ei ole lineaarista: MkDocs renderöi navigaation jokaiselle sivulle, ja sivut, jotka luettelevat "
        "kaikki palvelun tai roolin prosessit, kasvavat aineiston mukana."
    ),
    "memory": "MkDocs pitää kaikki sivut muistissa koko rakennuksen ajan; muistin tarve kasvaa sivumäärän mukana.",
    "page": (
        "Roolisivu luettelee jokaisen vaiheen, jossa rooli on mukana, kaikista prosesseista. Asiakas on mukana "
        "lähes jokaisessa vaiheessa, joten sen sivu kasvaa aineiston mukana. Roolisivun kannattaisi luetella "
        "prosessit (vaiheiden määrä ja linkki prosessisivun vaiheeseen) tai jakaa vaiheet palveluittain "
        "omille sivuilleen."
    ),
}

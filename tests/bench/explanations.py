"""Why a target is not met and what would meet it (Finnish; shown on the page only for unmet targets).

Based on profiles of the benchmark corpus; re-check them when the figures change.
"""

from __future__ import annotations

WHY: dict[str, str] = {
    "cold": (
        "Kylmässä rakennuksessa jokainen kaavio piirretään; lattialla kaaviot ovat jo valmiita. Lähes koko "
        "piirtoaika kuluu uimaratakaavioiden siirtymänuolten reititykseen: `dot -Tdot` asettelee kaavion "
        "noin 0,03 sekunnissa, mutta `neato -n2` reitittää nuolet kaarina (`splines=true`) noin 1–1,4 sekunnissa "
        "kaaviota kohden. Samalle kaaviolle `splines=ortho` vei 0,05 s ja `splines=line` 0,02 s. Suorat tai "
        "suorakulmaiset siirtymänuolet (jos ne ovat luettavia) tai reitityksen tekeminen itse asetellun "
        "kaavion koordinaateilla lyhentäisivät kylmän rakennuksen lähelle lattiaa. Lisäksi mallien "
        "jäsentäminen on hidasta (ks. validointi)."
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
        "Kaaviot piirretään kahdella säikeellä, joista kumpikin käynnistää `dot`- ja `neato`-prosessin. Jos "
        "seinäaika ylittää 0,6 × lasten CPU-ajan, ytimet eivät ole olleet vapaina (kone oli muuten kuormitettu; "
        "katso kuormitus yllä) tai kaaviovaiheen oma Python-työ (SVG:n jälkikäsittely) on sarjassa "
        "piirtämisen kanssa. Jälkikäsittely kannattaa tehdä samassa säiepoolissa heti piirtämisen jälkeen."
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

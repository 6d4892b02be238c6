"""Deterministic Finnish filler text of realistic length for the synthetic benchmark corpus.

The sentences are built from fragments so that pages differ from one another (a realistic search
index and realistic compression), but the text carries no facts: the corpus is never published.
"""

from __future__ import annotations

import random

SUBJECTS = (
    "Asiakas", "Sosiaaliohjaaja", "Työvalmentaja", "Yksilövalmentaja", "Työkykykoordinaattori",
    "Palveluohjaaja", "Työtoimintapaikan ohjaaja", "Työllisyyspalvelujen asiantuntija", "Moniammatillinen tiimi",
    "Kunnan työllisyysyksikkö", "Hyvinvointialueen sosiaalityö", "Palveluntuottaja",
)
VERBS = (
    "kartoittaa", "arvioi", "suunnittelee", "kirjaa", "sopii", "käy läpi", "tarkistaa", "valmistelee",
    "seuraa", "päivittää", "tukee", "ohjaa eteenpäin",
)
OBJECTS = (
    "asiakkaan tilanteen ja tavoitteet", "palvelutarpeen ja tuen tarpeen", "työkyvyn ja osaamisen",
    "jakson tavoitteet ja kestot", "yhteistyön työtoimintapaikan kanssa", "asiakkaan toiveet ja vahvuudet",
    "suunnitelman toteutumisen", "jatkopolun vaihtoehdot", "tarvittavat päätökset ja sopimukset",
    "työnantajan kanssa sovittavat asiat", "palautteen ja väliarvioinnin", "tukitoimet työssä",
)
TAILS = (
    "yhdessä asiakkaan kanssa", "ennen jakson alkua", "sovitun aikataulun mukaisesti",
    "asiakastietojärjestelmään", "tarvittaessa moniammatillisesti", "kolmen kuukauden välein",
    "asiakkaan suostumuksella", "alueen yhteisen toimintaohjeen mukaisesti", "jakson päättyessä",
    "tapaamisessa työtoimintapaikalla",
)
CLAUSES = (
    "jotta palvelu vastaa asiakkaan tarpeeseen", "koska tieto tarvitaan seuraavassa vaiheessa",
    "ja asiasta sovitaan kirjallisesti", "ja tieto välitetään muille toimijoille",
    "mikäli asiakkaan tilanne on muuttunut", "ja samalla arvioidaan jatkon tarve",
)
TITLE_NOUNS = (
    "Tilanteen kartoitus", "Palvelutarpeen arviointi", "Tavoitteiden asettaminen", "Suunnitelman laadinta",
    "Työtoimintapaikan valinta", "Tutustumiskäynti", "Sopimuksen tekeminen", "Päätöksen tekeminen",
    "Jakson käynnistys", "Ohjaus ja tuki jakson aikana", "Väliarviointi", "Työkokeilun suunnittelu",
    "Työnhaun tuki", "Työnantajayhteistyö", "Loppuarviointi", "Jatkopolun suunnittelu", "Seurantatapaaminen",
    "Osaamisen tunnistaminen", "Työkyvyn selvittäminen", "Palautekeskustelu",
)
QUALIFIERS = ("", "ja kirjaaminen", "yhdessä asiakkaan kanssa", "monialaisesti", "työtoimintapaikalla", "ja seuranta")


def sentence(rng: random.Random) -> str:
    parts = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(TAILS)]
    if rng.random() < 0.5:
        parts.append(rng.choice(CLAUSES))
    return " ".join(parts) + "."


def paragraph(rng: random.Random, low: int, high: int) -> str:
    """`low`..`high` sentences: a step description is typically 150–500 characters."""
    return " ".join(sentence(rng) for _ in range(rng.randint(low, high)))


def step_title(rng: random.Random) -> str:
    qualifier = rng.choice(QUALIFIERS)
    return f"{rng.choice(TITLE_NOUNS)} {qualifier}".strip()


def question(rng: random.Random) -> str:
    return f"Täyttyvätkö edellytykset: {rng.choice(OBJECTS)} {rng.choice(TAILS)}?"


def condition(rng: random.Random, yes: bool) -> str:
    return f"{'Kyllä' if yes else 'Ei'}, {rng.choice(CLAUSES)}"

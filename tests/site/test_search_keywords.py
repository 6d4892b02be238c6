"""Base-form keywords for the search index (Voikko), checked on words and on pages."""

from __future__ import annotations

import pytest

from generator.search.keywords import Abbreviation, folded, page_keywords
from generator.search.lemmas import Lemmatiser, compound_tails, finnish_lemmatiser

KTT = {"ktt": Abbreviation("ktt", ("kuntouttava", "työtoiminta"))}


@pytest.fixture(scope="module")
def voikko() -> Lemmatiser:
    lemmatiser = finnish_lemmatiser()
    assert lemmatiser is not None, "Voikko is missing: scripts/setup.sh installs libvoikko1 and voikko-fi"
    return lemmatiser


class CountingAnalyser:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def analyze(self, word: str) -> list[dict[str, str]]:
        self.calls.append(word)
        return [{"BASEFORM": "päätös", "STRUCTURE": "=pppppp"}]


@pytest.mark.parametrize(("text", "expected"), [
    ("päätöksen", "päätös"),
    ("perehdytyksestä", "perehdytys"),
    ("palvelutarpeen", "palvelutarve"),
    ("työntekijöiden", "työntekijä"),
])
def test_an_inflected_word_brings_its_base_form(voikko: Lemmatiser, text: str, expected: str) -> None:
    assert expected in page_keywords(text, voikko, {})


def test_a_compound_brings_its_tails(voikko: Lemmatiser) -> None:
    keywords = page_keywords("sosiaalityöntekijän", voikko, {})
    assert {"työntekijä", "tekijä"} <= set(keywords)


def test_a_keyword_pagefind_already_finds_is_left_out(voikko: Lemmatiser) -> None:
    assert "hakemus" not in page_keywords("Hakemus hakemukset", voikko, {}), "the word itself is on the page"
    # Snowball stems "kuntouttavan" and "kuntouttava" alike: Pagefind finds it, a keyword would count it twice
    assert "kuntouttava" not in page_keywords("kuntouttavan", voikko, {})
    assert "päätös" in page_keywords("päätöksen", voikko, {}), "gradation: the stems differ"


def test_an_abbreviation_brings_its_expansion_and_the_expansion_the_abbreviation(voikko: Lemmatiser) -> None:
    assert {"kuntouttava", "työtoiminta"} <= set(page_keywords("(KTT) alkaa", voikko, KTT))
    assert "ktt" in page_keywords("kuntouttavaan työtoimintaan", voikko, KTT)
    assert "ktt" not in page_keywords("kuntouttavaan kuntoutukseen", voikko, KTT)


def test_compound_tails_follow_voikko_structure() -> None:
    assert compound_tails("palvelutarve", "=ppppppp=ppppp") == ["tarve"]
    assert compound_tails("perehdytys", "=pppppppppp") == []
    assert compound_tails("työ", "=pp=p") == [], "tails shorter than three letters add noise"
    assert compound_tails("sekava", "=pp") == [], "a structure that does not fit the word is ignored"


def test_each_word_is_analysed_once() -> None:
    analyser = CountingAnalyser()
    lemmatiser = Lemmatiser(analyser)
    for _ in range(3):
        page_keywords("Päätöksen päätöksen PÄÄTÖKSEN", lemmatiser, {})
    assert sorted(analyser.calls) == ["Päätöksen", "päätös"], "the word once, its base form once (for compounds)"


def test_keywords_are_folded_as_pagefind_folds_a_query() -> None:
    assert folded("Työtoimintapäätös Åland") == "Tyotoimintapaatos Aland"

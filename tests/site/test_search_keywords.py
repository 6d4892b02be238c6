"""Base-form keywords for the search index (Voikko), checked on words and on a whole index."""

from __future__ import annotations

from typing import Any

import pytest

from generator.search.index import add_keywords
from generator.search.keywords import Abbreviation, entry_keywords
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
    assert expected in entry_keywords("", f"<p>{text}</p>", voikko, {}).split()


def test_a_compound_brings_its_tails(voikko: Lemmatiser) -> None:
    keywords = entry_keywords("", "sosiaalityöntekijän", voikko, {}).split()
    assert {"työntekijä", "tekijä"} <= set(keywords)


def test_a_keyword_the_text_already_starts_with_is_left_out(voikko: Lemmatiser) -> None:
    assert "hakemus" not in entry_keywords("Hakemus", "hakemukset", voikko, {}).split()


def test_an_abbreviation_brings_its_expansion_and_the_expansion_the_abbreviation(voikko: Lemmatiser) -> None:
    assert {"kuntouttava", "työtoiminta"} <= set(entry_keywords("", "(KTT) alkaa", voikko, KTT).split())
    assert "ktt" in entry_keywords("", "kuntouttavaan työtoimintaan", voikko, KTT).split()
    assert "ktt" not in entry_keywords("", "kuntouttavaan kuntoutukseen", voikko, KTT).split()


def test_markup_is_not_read_as_words(voikko: Lemmatiser) -> None:
    assert "href" not in entry_keywords("", '<a href="x">päätöksen</a>', voikko, {})


def test_compound_tails_follow_voikko_structure() -> None:
    assert compound_tails("palvelutarve", "=ppppppp=ppppp") == ["tarve"]
    assert compound_tails("perehdytys", "=pppppppppp") == []
    assert compound_tails("työ", "=pp=p") == [], "tails shorter than three letters add noise"
    assert compound_tails("sekava", "=pp") == [], "a structure that does not fit the word is ignored"


def test_each_word_is_analysed_once() -> None:
    analyser = CountingAnalyser()
    lemmatiser = Lemmatiser(analyser)
    for _ in range(3):
        entry_keywords("Päätöksen", "päätöksen PÄÄTÖKSEN", lemmatiser, {})
    assert sorted(analyser.calls) == ["Päätöksen", "päätös"], "the word once, its base form once (for compounds)"


def test_the_index_gets_an_invisible_field_and_keywords_per_entry(voikko: Lemmatiser) -> None:
    index: dict[str, Any] = {"config": {"fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}},
                             "docs": [{"location": "a/", "title": "Päätöksen teko", "text": "<p>tekstiä</p>"},
                                      {"location": "b/", "title": "Hakemus", "text": "hakemus"}]}
    add_keywords(index, voikko, {})
    assert index["config"]["fields"]["keywords"] == {"boost": 1.0}
    assert "päätös" in index["docs"][0]["keywords"].split()
    assert "keywords" not in index["docs"][1], "nothing to add: no empty field"
    assert index["docs"][0]["title"] == "Päätöksen teko", "visible fields are untouched"

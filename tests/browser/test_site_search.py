"""Finnish search through the real search box: what a Finn types finds the pages that say it in any form.

Material turns every query term into a prefix query and our Finnish index has no stemmer, so a page that
only says "päätöksen" is found by "päätös" only through the Voikko base-form keywords (generator/search).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.search_box import search

# query → pages that must be among its results (site-relative paths)
QUERIES: dict[str, tuple[str, ...]] = {
    # base forms whose pages only carry inflected forms (consonant gradation, cases, compounds)
    "päätös": ("palvelut/kuntouttava-tyotoiminta/",),
    "perehdytys": ("roolit/asiakas/",),
    "palvelutarve": ("palvelut/kuntouttava-tyotoiminta/", "sanasto/"),
    "sosiaalityöntekijä": ("roolit/sosiaaliohjaaja/",),
    "työntekijä": ("roolit/paaluottamusmies/",),
    "työpaikka": ("prosessit/keski-uusimaa-fokus/",),
    "osallisuus": ("prosessit/etela-pohjanmaa-kuntouttava-tyotoiminta/",),
    "vammainen": ("palvelut/vammaisten-tyotoiminta/",),
    "kehitysvammainen": ("palvelut/kehitysvammaisten-tyotoiminta/",),
    "luottamusmies": ("roolit/paaluottamusmies/", "lomakkeet/ilmoitus-paaluottamusmiehelle/"),
    "korvaus": ("saadokset/ktt-laki-18/",),
    "opiskelija": ("alueet/keski-uusimaa/",),
    "tavoite": ("prosessit/padasjoki-padaspaletti/",),
    "sopimus": ("palvelut/kuntouttava-tyotoiminta/",),
    "tarve": ("roolit/asiakas/",),
    "valmentaja": ("roolit/tyovalmentaja/",),
    "huittinen": ("alueet/huittinen/", "palvelut/palkkatuki/"),
    "padasjoki": ("alueet/padasjoki/", "palvelut/avoimet-tyomarkkinat/"),
    "työtoiminta": ("prosessit/huittinen-avotyotoiminnasta-palkkatyohon/",),
    "työkyky": ("roolit/arviointitiimi/",),
    # inflected forms, as they stand in the text
    "päätöksen": ("vertailu/kuntouttava-tyotoiminta/",),
    "perehdytyksen": ("roolit/asiakas/",),
    "palvelutarpeen": ("prosessit/etela-pohjanmaa-kuntouttava-tyotoiminta/",),
    "kuntouttavan": ("lomakkeet/ktt-sopimus/",),
    "työkokeilun": ("roolit/tyokokeilun-jarjestaja/",),
    "Huittisten": ("alueet/huittinen/",),
    "palkkatuella": ("prosessit/padasjoki-padaspaletti/",),
    "sosiaalihuoltolain": ("palvelut/vammaisten-tyotoiminta/",),
    # abbreviations (glossary) and their expansions
    "KTT": ("palvelut/kuntouttava-tyotoiminta/", "lomakkeet/ktt-sopimus/"),
    "PTA": ("prosessit/etela-pohjanmaa-kuntouttava-tyotoiminta/", "sanasto/"),
    "TYP": ("saadokset/typ-laki-2014/",),
    "SHL": ("saadokset/sosiaalihuoltolaki-2014-17/",),
    "IPS": ("palvelut/tyollistymista-tukeva-toiminta/", "sanasto/"),
    "Kela": ("roolit/kelan-projektityontekija/",),
    # phrases and long compounds
    "kuntouttava työtoiminta": ("palvelut/kuntouttava-tyotoiminta/",),
    "palvelutarpeen arviointi": ("prosessit/etela-pohjanmaa-kuntouttava-tyotoiminta/",),
    "aktivointisuunnitelma": ("sanasto/",),
    "osaamiskartoitus": ("lomakkeet/osaamiskartoitus/",),
}

# query → the page a visitor expects at the top of the list
FIRST_RESULTS = {
    "huittinen": "alueet/huittinen/",
    "padasjoki": "alueet/padasjoki/",
    "Kela": "roolit/kelan-projektityontekija/",
    "osaamiskartoitus": "lomakkeet/osaamiskartoitus/",
    "kuntouttava työtoiminta": "palvelut/kuntouttava-tyotoiminta/",
}

# the cases the issue names: the page must NOT contain a word starting with the query (else the test proves nothing)
GRADATION_CASES = {"päätös": "palvelut/kuntouttava-tyotoiminta/", "perehdytys": "roolit/asiakas/",
                   "palvelutarve": "sanasto/", "työpaikka": "prosessit/keski-uusimaa-fokus/"}


def _missing(page: Page, query: str, expected: tuple[str, ...]) -> list[str]:
    found = search(page, query)
    if not set(expected) <= set(found):
        found = search(page, query, everything=True)
    return [path for path in expected if path not in found]


@pytest.mark.browser
def test_finnish_queries_find_their_pages(page: Page, site_url: str) -> None:
    assert len(QUERIES) >= 30
    page.goto(site_url)
    misses = {query: missing for query, expected in QUERIES.items() if (missing := _missing(page, query, expected))}
    assert not misses, f"queries that did not find their pages: {misses}"


@pytest.mark.browser
def test_the_obvious_page_comes_first(page: Page, site_url: str) -> None:
    page.goto(site_url)
    firsts = {query: search(page, query)[:1] for query in FIRST_RESULTS}
    assert firsts == {query: [path] for query, path in FIRST_RESULTS.items()}


def _page_text_tokens(site_dir: Path, path: str) -> list[str]:
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = [d for d in index["docs"] if d["location"].split("#")[0] == path]
    text = " ".join(re.sub(r"<[^>]+>", " ", f"{d['title']} {d['text']}") for d in docs).lower()
    return re.split(r"[\s\-]+", text)


@pytest.mark.parametrize(("query", "path"), sorted(GRADATION_CASES.items()))
def test_gradation_cases_depend_on_the_keywords(site_dir: Path, query: str, path: str) -> None:
    """Guards the search test: these pages only carry inflected forms, so plain lunr would miss them."""
    tokens = _page_text_tokens(site_dir, path)
    assert not any(token.startswith(query) for token in tokens), f"{path} already contains '{query}…'"
    assert any(query.startswith(token[:4]) for token in tokens if len(token) >= 4), f"{path} lacks the word at all"


@pytest.mark.browser
def test_keywords_never_show_in_the_results(page: Page, site_url: str, site_dir: Path) -> None:
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    keyword_lines = [d["keywords"] for d in index["docs"] if len(d.get("keywords", "").split()) >= 3]
    assert keyword_lines, "the index must carry base-form keywords"
    page.goto(site_url)
    search(page, "palvelutarve", everything=True)
    shown = page.locator(".md-search-result").inner_text()
    leaked = [line for line in keyword_lines if line[:40] in shown]
    assert not leaked, f"keywords are visible in the result list: {leaked[:3]}"

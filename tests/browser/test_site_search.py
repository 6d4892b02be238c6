"""Finnish search through the real search box: what a Finn types finds the pages that say it in any form.

Pagefind stems Finnish with Snowball, which does not undo consonant gradation, so a page that only says
"päätöksen" is found by "päätös" only through the Voikko base-form keywords (generator/search/pages.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from playwright.sync_api import Page

from generator.search.keywords import stem
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
    "tarve": ("roolit/asiakas/etela-pohjanmaa/",),  # "palvelutarpeen" on the region page
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

# a role's own page → its region pages, which are shorter and name the role in their titles too
ROLE_PAGES = {"työvalmentaja": "roolit/tyovalmentaja/", "työnantaja": "roolit/tyonantaja/"}

# the cases the issue names: the page must have no word with the query's stem (else the test proves nothing).
# ("työpaikka" on prosessit/keski-uusimaa-fokus/ is not one: Snowball stems its "työpaikan" alike.)
GRADATION_CASES = {"päätös": "palvelut/kuntouttava-tyotoiminta/", "perehdytys": "roolit/asiakas/",
                   "palvelutarve": "sanasto/"}


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


@pytest.mark.browser
@pytest.mark.parametrize(("query", "role_page"), sorted(ROLE_PAGES.items()))
def test_a_roles_own_page_comes_before_its_region_pages(page: Page, site_url: str, query: str,
                                                        role_page: str) -> None:
    """At national scale dozens of "<rooli>: <alue>" pages would bury the role's own page (issue #18)."""
    page.goto(site_url)
    found = search(page, query)
    regions = [path for path in found if path.startswith(role_page) and path != role_page]
    assert len(regions) >= 2, f"the role's region pages are among the results: {found}"
    assert found[0] == role_page


def _page_text_tokens(site_dir: Path, path: str) -> list[str]:
    """The words of a page's article as a reader sees it (the keywords are never in the published HTML)."""
    article = lxml.html.fromstring((site_dir / path / "index.html").read_bytes()).xpath("//article")[0]
    return [token for token in re.split(r"[\W\d_]+", " ".join(article.itertext()).lower()) if token]


@pytest.mark.parametrize(("query", "path"), sorted(GRADATION_CASES.items()))
def test_gradation_cases_depend_on_the_keywords(site_dir: Path, query: str, path: str) -> None:
    """Guards the search test: these pages only carry inflected forms, so Pagefind's stemmer alone would miss
    them (Snowball: "päätös" → "päätös", "päätöksen" → "päätöks")."""
    tokens = _page_text_tokens(site_dir, path)
    assert query not in tokens, f"{path} already contains '{query}'"
    assert stem(query) not in {stem(token) for token in tokens}, f"{path} has a word with the stem of '{query}'"
    assert any(query.startswith(token[:4]) for token in tokens if len(token) >= 4), f"{path} lacks the word at all"


@pytest.mark.browser
@pytest.mark.parametrize("query", ["palvelutarve", "päätös"])
def test_keywords_never_show_in_the_results(page: Page, site_url: str, site_dir: Path, query: str) -> None:
    """These queries find pages through their hidden keywords; every excerpt still shows only the page's words."""
    page.goto(site_url)
    search(page, query, everything=True)
    items = page.locator("#polku-haku-tulokset > li")
    assert items.count() >= 3
    for i in range(items.count()):
        path = (items.nth(i).locator("a").get_attribute("href") or "").lstrip("/")
        excerpt = items.nth(i).locator(".polku-haku__ote").inner_text()
        words = {w for w in re.split(r"[\W\d_]+", excerpt.lower()) if w}
        assert words, f"{path}: empty excerpt"
        foreign = words - set(_page_text_tokens(site_dir, path))
        assert not foreign, f"{path}: the excerpt shows words that are not on the page: {sorted(foreign)[:5]}"


GUIDE_PREFIX = "yllapito/"
EVERYDAY_WORDS = ("jatkopolku", "päätös", "PTA", "sopimus", "palvelutarve")


@pytest.mark.browser
@pytest.mark.parametrize("query", EVERYDAY_WORDS)
def test_reader_content_comes_before_the_maintainer_guide(page: Page, site_url: str, query: str) -> None:
    page.goto(site_url)
    found = search(page, query)
    assert found, f"'{query}' finds nothing"
    assert not found[0].startswith(GUIDE_PREFIX), f"'{query}' lists the maintainer guide first: {found[:3]}"


@pytest.mark.browser
@pytest.mark.parametrize(("query", "guide_page"), [("virhekoodi", "yllapito/virhekoodit/"),
                                                   ("editori", "yllapito/editorissa/"),
                                                   ("katselmointi", "yllapito/tarkistukset/")])
def test_a_maintainer_still_finds_the_guide(page: Page, site_url: str, query: str, guide_page: str) -> None:
    page.goto(site_url)
    assert guide_page in search(page, query)[:3]


@pytest.mark.browser
def test_excerpts_show_the_pages_words_where_the_index_has_markers(page: Page, site_url: str,
                                                                   site_dir: Path) -> None:
    """The index keeps a word's first five occurrences on a page; later ones are markers that the search box puts
    back from the page's `toisto` meta (generator/search/repeats.py). "Muutoshistoria" stands near the end of
    every process page, where the words around it have all been said before: no excerpt shows a marker."""
    page.goto(site_url)
    search(page, "muutoshistoria")
    items = page.locator("#polku-haku-tulokset > li")
    excerpts = {(items.nth(i).locator("a").get_attribute("href") or "").lstrip("/"):
                items.nth(i).locator(".polku-haku__ote").inner_text() for i in range(items.count())}
    assert len([path for path in excerpts if path.startswith("prosessit/")]) >= 5
    assert {path: text for path, text in excerpts.items() if "¤" in text} == {}
    # the restored words come from a meta written in the Private Use Area (generator/search/unindexed.py)
    assert {path: text for path, text in excerpts.items() if re.search("[\ue000-\uf8ff]", text)} == {}
    for path, text in excerpts.items():
        words = {w for w in re.split(r"[\W\d_]+", text.lower()) if w}
        assert words <= set(_page_text_tokens(site_dir, path)), f"{path}: {text}"

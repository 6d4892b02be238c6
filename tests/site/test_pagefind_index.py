"""The search index from finished HTML: what each page gives Pagefind, and a real Pagefind run over a folder
that no MkDocs built (any engine's output is indexed the same way)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path, PurePosixPath
from typing import Any

import cbor2
import lxml.html
import pytest

from generator.search.keywords import Abbreviation
from generator.search.lemmas import Lemmatiser, finnish_lemmatiser
from generator.search.pagefind_index import build_search_index, site_abbreviations
from generator.search.pages import (
    GUIDE_WEIGHT,
    NAME_META,
    OWN_PAGE_TITLE_WEIGHT,
    SUBPAGE_TITLE_WEIGHT,
    SearchPage,
    read_article,
    search_page,
)
from generator.search.unindexed import readable, unindexed

PROCESS = """<!DOCTYPE html><html lang="fi"><body>
<nav class="md-nav md-nav--primary"><a href="/">Navigaatiossa sana Navigaatiosana</a></nav>
<article class="md-content__inner"><a class="md-content__button" href="x" title="Muokkaa">Muokkaa</a>
<h1 id="p">Huittisten polku<a class="headerlink" href="#p">¶</a></h1>
<table><tr><td>Alue</td><td><span data-pagefind-filter="alue"><a href="/alueet/huittinen/">Huittinen</a></span></td>
</tr></table>
<h2 id="v">Päätöksen teko</h2><p>Sosiaaliohjaaja tekee päätöksen ja
<abbr title="kuntouttava työtoiminta">KTT</abbr> alkaa.
Päätöksen jälkeen päätöksen tiedot kirjataan.</p><svg><text>Kaaviosana</text></svg></article></body></html>"""
GUIDE = """<!DOCTYPE html><html lang="fi"><body><article><h1>Muutos editorissa</h1><h2>Päätöksen kirjaus</h2>
<p>Kirjaa päätöksen tiedot malliin.</p></article></body></html>"""


@pytest.fixture(scope="module")
def voikko() -> Lemmatiser:
    lemmatiser = finnish_lemmatiser()
    assert lemmatiser is not None, "Voikko is missing: scripts/setup.sh installs libvoikko1 and voikko-fi"
    return lemmatiser


def _document(html: str, path: str, voikko: Lemmatiser, abbreviations: dict[str, Abbreviation] | None = None
              ) -> tuple[SearchPage, lxml.html.HtmlElement]:
    article = read_article(html.encode())
    assert article is not None
    page = search_page(PurePosixPath(path), article, voikko, abbreviations or {})
    return page, lxml.html.fromstring(page.document)


def test_only_the_article_is_indexed_with_kind_region_and_keywords(voikko: Lemmatiser) -> None:
    page, document = _document(PROCESS, "prosessit/huittinen-polku/index.html", voikko,
                               {"ktt": Abbreviation("ktt", ("kuntouttava", "työtoiminta"))})
    assert (page.url, page.kind, page.region) == ("/prosessit/huittinen-polku/", "Prosessi", "Huittinen")
    text = document.text_content()
    assert "Navigaatiosana" not in text and "Muokkaa" not in text and "¶" not in text and "Kaaviosana" not in text
    body = document.xpath("//*[@data-pagefind-body]")
    assert len(body) == 1 and body[0].tag == "article"
    assert body[0].get("data-pagefind-filter") == "tyyppi:Prosessi"
    blocks = {float(p.get("data-pagefind-weight")): p.text_content().split() for p in body[0].xpath("p[@hidden]")}
    # "päätöksen" four times on the page (once in the h2) → "päätös" four times at the text's weight, and once
    # more at h2's weight; written without diacritics, so Pagefind 1.5 counts them when it sizes index chunks
    assert blocks[1.0].count("paatos") == 4
    assert blocks[6.0] == ["paatos"]
    assert "kuntouttava" in blocks[1.0] and "tyotoiminta" in blocks[1.0], "the abbreviation's expansion"
    words = sum(len(b) for b in blocks.values())
    # the search box hides this many last words; written so that Pagefind files no word under it (unindexed.py)
    assert body[0].get("data-pagefind-meta") == f"hakusanoja:{unindexed(str(words))}"


def test_the_maintainer_guide_weighs_less_everywhere(voikko: Lemmatiser) -> None:
    page, document = _document(GUIDE, "yllapito/editorissa/index.html", voikko)
    assert page.kind == "Ylläpito"
    body = document.xpath("//*[@data-pagefind-body]")[0]
    assert float(body.get("data-pagefind-weight")) == GUIDE_WEIGHT
    assert float(body.xpath("h1")[0].get("data-pagefind-weight")) == pytest.approx(7 * GUIDE_WEIGHT)
    assert float(body.xpath("h2")[0].get("data-pagefind-weight")) == pytest.approx(6 * GUIDE_WEIGHT)
    weights = sorted(float(p.get("data-pagefind-weight")) for p in body.xpath("p[@hidden]"))
    # keywords of the text and of the h2 ("päätös"), both demoted ("editori" of the h1 has the stem of
    # "editorissa": Pagefind finds it without a keyword)
    assert weights == pytest.approx([GUIDE_WEIGHT, 6 * GUIDE_WEIGHT])


def test_any_site_folder_is_indexed(tmp_path: Path, voikko: Lemmatiser) -> None:
    """A folder no MkDocs built: pages with an <article> are indexed, the 404 page and pages without one are not."""
    for path, html in {"prosessit/huittinen-polku/index.html": PROCESS, "yllapito/editorissa/index.html": GUIDE,
                       "404.html": PROCESS, "vanha/index.html": "<html><body><p>Ei artikkelia</p></body></html>"
                       }.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(html, encoding="utf-8")
    (tmp_path / "pagefind" / "vanha.txt").parent.mkdir()
    (tmp_path / "pagefind" / "vanha.txt").write_text("an older index is replaced")
    index = build_search_index(tmp_path, lemmatiser=voikko)
    assert (index.pages, index.pages_with_keywords, index.voikko) == (2, 2, True)
    entry = json.loads((tmp_path / "pagefind" / "pagefind-entry.json").read_text())
    assert entry["languages"]["fi"]["page_count"] == 2
    assert not (tmp_path / "pagefind" / "vanha.txt").exists()
    assert not (tmp_path / "pagefind" / "pagefind-ui.js").exists(), "Pagefind's own UI is not shipped"
    assert index.bytes_on_disk == sum(p.stat().st_size for p in (tmp_path / "pagefind").rglob("*") if p.is_file())
    assert site_abbreviations(tmp_path) == {"ktt": Abbreviation("ktt", ("kuntouttava", "työtoiminta"))}


class CountingAnalyser:
    """Voikko, counting the words it is asked about."""

    def __init__(self, voikko: Lemmatiser) -> None:
        self._analyser = voikko._analyser
        self.words: list[str] = []

    def analyze(self, word: str) -> list[dict[str, str]]:
        self.words.append(word.lower())
        return self._analyser.analyze(word)


def _write_site(site: Path, pages: dict[str, str]) -> None:
    for path, html in pages.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(html, encoding="utf-8")


def test_unchanged_pages_are_not_lemmatised_again(tmp_path: Path, voikko: Lemmatiser) -> None:
    """The search documents of a build are kept in the cache folder: a page whose article is unchanged is neither
    parsed nor lemmatised again (a new navigation around it does not count), a changed page is, and a removed
    page leaves the index."""
    site, cache = tmp_path / "site", tmp_path / "cache"
    process, guide = "prosessit/huittinen-polku/index.html", "yllapito/editorissa/index.html"
    _write_site(site, {process: PROCESS, guide: GUIDE})
    first = CountingAnalyser(voikko)
    assert build_search_index(site, lemmatiser=Lemmatiser(first), cache_dir=cache).reused == 0
    assert "päätöksen" in first.words

    _write_site(site, {process: PROCESS.replace("Navigaatiossa sana", "Uusi navigaatio")})
    second = CountingAnalyser(voikko)
    index = build_search_index(site, lemmatiser=Lemmatiser(second), cache_dir=cache)
    assert (index.pages, index.reused, second.words) == (2, 2, [])
    assert json.loads((site / "pagefind" / "pagefind-entry.json").read_text())["languages"]["fi"]["page_count"] == 2

    _write_site(site, {guide: GUIDE.replace("Kirjaa päätöksen tiedot", "Kirjaa työkokeilun tiedot")})
    third = CountingAnalyser(voikko)
    index = build_search_index(site, lemmatiser=Lemmatiser(third), cache_dir=cache)
    assert (index.pages, index.reused) == (2, 1)
    assert "työkokeilun" in third.words and "sosiaaliohjaaja" not in third.words, "only the changed page"
    document = lxml.html.fromstring((cache / "haku" / "sivut" / guide).read_bytes())
    assert "kokeilu" in " ".join(document.xpath("//p[@hidden]/text()")).split(), "its new keyword (compound tail)"

    (site / guide).unlink()
    index = build_search_index(site, lemmatiser=voikko, cache_dir=cache)
    assert (index.pages, index.reused) == (1, 1)
    assert not (cache / "haku" / "sivut" / guide).exists()
    assert json.loads((site / "pagefind" / "pagefind-entry.json").read_text())["languages"]["fi"]["page_count"] == 1


ROLE = """<!DOCTYPE html><html lang="fi"><body><article><h1 id="r">Työvalmentaja<a class="headerlink" href="#r">¶</a>
</h1><p>Ohjaa asiakasta työpaikalla.</p></article></body></html>"""


@pytest.mark.parametrize(("path", "weight", "name"), [
    # the name and the base forms its words do not stem to (here the compound tail)
    ("roolit/tyovalmentaja/index.html", OWN_PAGE_TITLE_WEIGHT, ["Työvalmentaja", "valmentaja"]),
    ("palvelut/tyokokeilu/index.html", OWN_PAGE_TITLE_WEIGHT, ["Työvalmentaja", "valmentaja"]),
    ("saadokset/ktt-laki-5/index.html", OWN_PAGE_TITLE_WEIGHT, None),  # an act's every section shares its name
    ("roolit/tyovalmentaja/huittinen/index.html", SUBPAGE_TITLE_WEIGHT, None),
    ("prosessit/huittinen-polku/index.html", None, None),
])
def test_a_catalogue_entrys_own_page_carries_its_name(voikko: Lemmatiser, path: str, weight: float | None,
                                                      name: list[str] | None) -> None:
    """The own page's title weighs the most and is its `nimi` meta; a region page's title weighs little."""
    _, document = _document(ROLE, path, voikko)
    title = document.xpath("//h1")[0]
    assert title.get("data-pagefind-weight") == (None if weight is None else f"{weight:g}")
    meta = title.get("data-pagefind-meta")
    assert (meta.removeprefix(f"{NAME_META}:").split() if meta else None) == name
    keywords = {float(p.get("data-pagefind-weight")): p.text_content().split()
                for p in document.xpath("//p[@hidden]")}
    assert keywords[weight or 7.0] == ["valmentaja"], "the title's keywords weigh as the title does"


REPEATED = """<!DOCTYPE html><html lang="fi"><body><article><h1>Polku</h1><h2 id="prosessikaavio">Prosessikaavio</h2>
<p class="polku-kaavio-ohje"><a href="#vaiheet">Ohita kaavio</a></p>
<div class="polku-kaavio-katselin"><div role="toolbar"><label>Korosta rooli <select><option>Asiakas</option></select>
</label></div></div>
<h2 id="vaiheet">Vaiheet</h2><h4 id="vaihe-a">Alkuhaastattelu</h4><p>Ohjaaja haastattelee.</p>
<p class="polku-nayta-kaaviossa"><a href="#kaavio-vaihe-a">Näytä vaihe kaaviossa</a></p>
<h2 id="vastuumatriisi">Vastuumatriisi</h2><p>Kuka vastaa ja kuka osallistuu.</p>
<div class="polku-vastuumatriisi"><table><tr><th>Vaihe</th><th>Matriisirooli</th></tr><tr><td>Alkuhaastattelu</td>
<td>V</td></tr></table></div>
<h2 id="lomakkeet">Lomakkeet</h2><table><tr><td>Lomaketaulukko</td></tr></table></article></body></html>"""


def test_what_a_process_page_repeats_is_left_out(voikko: Lemmatiser) -> None:
    """The diagram's controls, the "Näytä vaihe kaaviossa" links and the responsibility matrix (whose step titles
    and roles stand in the steps) are not indexed; the matrix's heading and the other tables are."""
    _, document = _document(REPEATED, "prosessit/polku/index.html", voikko)
    article = document.xpath("//article")[0]
    for keywords in article.xpath("p[@hidden]"):
        article.remove(keywords)
    words = " ".join(article.itertext()).split()
    assert words == ["Polku", "Prosessikaavio", "Ohita", "kaavio", "Vaiheet", "Alkuhaastattelu", "Ohjaaja",
                     "haastattelee.", "Vastuumatriisi", "Lomakkeet", "Lomaketaulukko"]


AGGREGATES = {
    "roolit/ohjaaja/alue/index.html": """<!DOCTYPE html><html lang="fi"><body><article><h1>Ohjaaja: Alue</h1>
<h3><a href="#">Polku</a></h3><ul><li><strong><a href="#">Alkuhaastattelu</a></strong> – osallistun; vastuu:
<span class="polku-viittaus"><a href="#">Työtoimintapaikka</a></span>.</li></ul>
<div class="polku-tulostettava"><h2>Tarkistuslista</h2><table><tr><td><label>Alkuhaastattelu</label></td></tr>
</table></div></article></body></html>""",
    "vertailu/palvelu/osa/index.html": """<!DOCTYPE html><html lang="fi"><body><article><h1>Vertailu</h1>
<table class="vertailu-taulukko"><tr><th>Vaihe</th><th>Alue</th></tr><tr><th>Arviointi</th>
<td><a href="#">Alkuhaastattelu</a><br><span class="vertailu-vastuu">Vastuu: Työtoimintapaikka</span></td></tr>
</table></article></body></html>""",
}


@pytest.mark.parametrize(("path", "expected"), [
    ("roolit/ohjaaja/alue/index.html", ["Ohjaaja:", "Alue", "Polku", "Alkuhaastattelu", "–", "osallistun;",
                                        "vastuu:", "."]),
    ("vertailu/palvelu/osa/index.html", ["Vertailu", "Vaihe", "Alue", "Arviointi"]),
])
def test_what_an_aggregate_page_repeats_is_left_out(voikko: Lemmatiser, path: str, expected: list[str]) -> None:
    """A role's region page keeps its step titles but not the checklist (the same titles again) nor another role's
    name; a comparison keeps its headers but not the cells, which repeat the process pages."""
    _, document = _document(AGGREGATES[path], path, voikko)
    article = document.xpath("//article")[0]
    for keywords in article.xpath("p[@hidden]"):
        article.remove(keywords)
    assert " ".join(article.itertext()).split() == expected


STEPS = """<!DOCTYPE html><html lang="fi"><body><article><h1>Polku</h1><h4 id="vaihe-a">Alkuhaastattelu</h4>
<ul><li><strong>Vastuu:</strong> <a href="#">Ohjaaja</a></li><li><strong>Seuraavaksi:</strong><ul><li><em>Kyllä:</em>
<a href="#vaihe-b">Loppuarviointi</a></li></ul></li></ul><p>Ohjaaja haastattelee.</p>
<h4 id="vaihe-b">Loppuarviointi</h4><ul><li><strong>Seuraavaksi:</strong> prosessi päättyy</li></ul></article>
</body></html>"""
ANSWERS = """<!DOCTYPE html><html lang="fi"><body><article><h1>Ohjaaja: Alue</h1><h2 id="mita-teen">Mitä teen</h2>
<ul><li><strong><a href="#">Alkuhaastattelu</a></strong> – vastaan vaiheesta.</li></ul>
<h2 id="alueen-vastaukset">Alueen vastaukset, joissa roolini mainitaan<a class="headerlink" href="#">¶</a></h2>
<ul><li><strong>Kuka ohjaa?</strong> Ohjaaja ohjaa työtoimintapaikalle. (<a href="#">Polku</a>)</li></ul>
<h2 id="lomakkeet">Lomakkeet, joita käytän</h2><ul><li><a href="#">Sopimus</a></li></ul></article></body></html>"""
FORM = """<!DOCTYPE html><html lang="fi"><body><article><h1>Palautelomake</h1><p>Arvio jaksosta.</p>
<h2 id="missa">Missä lomaketta käytetään<a class="headerlink" href="#">¶</a></h2>
<ul><li><a href="#">Loppuarviointi</a> – <a href="#">Polku</a> (Alue)</li></ul>
<h3 id="roolit">Roolit</h3><ul><li><a href="#">Työtoimintapaikka</a> – täyttää lomakkeen</li></ul>
</article></body></html>"""


@pytest.mark.parametrize(("html", "path", "expected"), [
    (STEPS, "prosessit/polku/index.html", ["Polku", "Alkuhaastattelu", "Vastuu:", "Ohjaaja", "Ohjaaja",
                                           "haastattelee.", "Loppuarviointi"]),
    (ANSWERS, "roolit/ohjaaja/alue/index.html", ["Ohjaaja:", "Alue", "Mitä", "teen", "Alkuhaastattelu", "–",
                                                 "vastaan", "vaiheesta.", "Alueen", "vastaukset,", "joissa",
                                                 "roolini", "mainitaan", "Lomakkeet,", "joita", "käytän",
                                                 "Sopimus"]),
    (FORM, "lomakkeet/palaute/index.html", ["Palautelomake", "Arvio", "jaksosta.", "Missä", "lomaketta",
                                            "käytetään", "Roolit", "Työtoimintapaikka", "–", "täyttää",
                                            "lomakkeen"]),
])
def test_next_steps_and_a_region_pages_answers_are_left_out(voikko: Lemmatiser, html: str, path: str,
                                                           expected: list[str]) -> None:
    """A step's "Seuraavaksi" (the titles of steps that have their own headings on the page), a role's region
    page's answers (the processes' answers, indexed on the process pages) and a form's list of the steps that use
    it (each one named on its process page, where it names the form) are not indexed; no element keeps its
    id, so Pagefind lists no anchors in the page's fragment."""
    _, document = _document(html, path, voikko)
    article = document.xpath("//article")[0]
    for keywords in article.xpath("p[@hidden]"):
        article.remove(keywords)
    assert " ".join(article.itertext()).split() == expected
    assert document.xpath("//*[@id]") == []


WORDY = """<!DOCTYPE html><html lang="fi"><body><article><h1>Työtoimintapaikka</h1>
<p>Työtoimintapaikka ohjaa. Työtoimintapaikan ohjaaja ohjaa työtoimintapaikalla, työtoimintapaikalla ja
työtoimintapaikalla (työtoimintapaikalla) <a href="#">työtoimintapaikalla</a> ja <b>työtoimintapaik</b>alla
työtoimintapaikalla <span data-pagefind-filter="alue">Työtoimintapaikka</span> ja työtoimintapaikalla.</p>
</article></body></html>"""


def test_a_words_later_occurrences_are_markers_listed_in_a_meta(voikko: Lemmatiser) -> None:
    """Pagefind keeps a location for every occurrence: past the first five of a word (by Pagefind's stem) on the
    page, an occurrence is a marker Pagefind does not index, and the `toisto` meta lists the words the markers
    stand for, so the search box shows the page's own text. Headings, filter values and a word glued to the next
    element ("<b>työtoimintapaik</b>alla", one word to Pagefind) are kept."""
    _, document = _document(WORDY, "roolit/tyotoimintapaikka/index.html", voikko)
    article = document.xpath("//article")[0]
    for keywords in article.xpath("p[@hidden]"):
        article.remove(keywords)
    meta = article.xpath("//*[@data-pagefind-meta='toisto']")
    assert [readable(m.text) for m in meta] == ["työtoimintapaikalla (työtoimintapaikalla) työtoimintapaikalla."]
    assert [c for c in meta[0].text if c.isalnum()] == [], "no letter or digit for Pagefind to index in the meta"
    assert meta[0].getparent().get("data-pagefind-ignore") == "", "the list itself is not indexed"
    meta[0].getparent().drop_tree()
    assert " ".join(article.itertext()).split() == [
        "Työtoimintapaikka", "Työtoimintapaikka", "ohjaa.", "Työtoimintapaikan", "ohjaaja", "ohjaa",
        "työtoimintapaikalla,", "työtoimintapaikalla", "ja", "¤!", "¤#", "¤!", "ja", "työtoimintapaik", "alla",
        "¤!", "Työtoimintapaikka", "ja", "¤$"]


def test_a_word_with_a_character_the_meta_cannot_carry_stays_in_the_text(voikko: Lemmatiser) -> None:
    """A token with a character above U+18FF (here the en dash of "2–3") cannot be written unindexed into the
    `toisto` meta, so its later occurrences stay words; the other repeated words still become markers."""
    html = ("<!DOCTYPE html><html lang='fi'><body><article><h1>Jakso</h1><p>"
            + " ".join(["2–3 viikkoa"] * 7) + "</p></article></body></html>")
    _, document = _document(html, "palvelut/jakso/index.html", voikko)
    article = document.xpath("//article")[0]
    meta = article.xpath("//*[@data-pagefind-meta='toisto']")
    assert [readable(m.text) for m in meta] == ["viikkoa"]
    assert " ".join(article.xpath("p[not(@hidden)]")[0].itertext()).split() == (
        ["2–3", "viikkoa"] * 5 + ["2–3", "¤!", "2–3", "¤!"])


def _meta_fields_with_words(index: Path) -> set[str]:
    """The meta fields under which Pagefind (the pinned 1.6 binary) filed a location of some word: read from its
    index chunks, gzip'd CBOR behind a "pagefind_dcd" signature. A word is [stem, pages, variants], a page
    [page number, locations, meta locations], and a meta location list starts each field with -(field number + 1)."""
    def body(path: Path) -> Any:
        return cbor2.loads(gzip.decompress(path.read_bytes())[len(b"pagefind_dcd"):])

    fields = body(next(index.glob("pagefind.fi_*.pf_meta")))[5]
    found: set[str] = set()
    for chunk in index.glob("index/*.pf_index"):
        for _stem, pages, variants in body(chunk)[0]:
            for _page, _locations, meta in [*pages, *(p for _original, ps in variants for p in ps)]:
                found |= {fields[-marker - 1] for marker in meta if marker < 0}
    return found


def test_pagefind_files_no_word_under_the_search_boxs_own_metas(tmp_path: Path, voikko: Lemmatiser) -> None:
    """Pagefind 1.5 and later index the words of every meta field. The repeated words' list (`toisto`) and the
    hidden keywords' count (`hakusanoja`) are for the search box alone: no word of the index has a location in
    them (the query "työtoimintapaikka" at national scale downloaded 11 kB of such locations), only the title and
    the role page's own name (`nimi`), which the search box weighs."""
    _write_site(tmp_path, {"roolit/tyotoimintapaikka/index.html": WORDY,
                           "prosessit/huittinen-polku/index.html": PROCESS})
    build_search_index(tmp_path, lemmatiser=voikko)
    assert _meta_fields_with_words(tmp_path / "pagefind") == {"title", "nimi"}

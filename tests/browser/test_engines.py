"""Both site engines give a reader-ready site: `polku publish --engine zensical` against the MkDocs build.

The MkDocs side is the shared `site_dir` build (the plugin under `mkdocs build --strict`); the Zensical side
is `polku publish --engine zensical`, which runs no plugin. The same five page kinds must load in Finnish,
with the same headings and the generated navigation, and pass axe on both.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from playwright.sync_api import Browser, Page

from tests.browser.axe import accessibility_violations
from tests.browser.search_box import search
from tests.browser.serving import REPO_ROOT, mkdocs_env, serve_directory
from tests.run_folder import built_once

POLKU = Path(sys.executable).parent / "polku"
# One page of each kind a reader reaches first: home, process, role, comparison, legal basis.
SMOKE_PAGES = ("", "prosessit/padasjoki-padaspaletti/", "roolit/tyovalmentaja/",
               "vertailu/kuntouttava-tyotoiminta/", "saadokset/ktt-laki-16/")
TOP_SECTIONS = ["Etusivu", "Prosessit", "Roolit", "Palvelut", "Vertailu", "Alueet", "Lomakkeet", "Säädökset",
                "Sanasto", "Lähteet", "Ylläpito", "Saavutettavuusseloste", "Palaute"]


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    return built_once(tmp_path_factory, worker_id, "zensical", _publish_with_zensical) / "site"


def _publish_with_zensical(folder: Path) -> None:
    out = folder / "site"
    done = subprocess.run([str(POLKU), "publish", "--engine", "zensical", "--out", str(out)], cwd=REPO_ROOT,
                          env=mkdocs_env(), capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, f"polku publish --engine zensical failed:\n{done.stdout}\n{done.stderr}"
    assert done.stdout == f"Sivusto rakennettu (zensical) kansioon {out}\n"


@pytest.fixture(scope="module")
def zensical_url(zensical_site: Path) -> Iterator[str]:
    with serve_directory(zensical_site) as url:
        yield url


@pytest.fixture
def allowed_origin(zensical_url: str) -> str:
    """The origin the `page` fixture lets a test's pages load from: Zensical's site."""
    return zensical_url


def _heading(page: Page) -> str:
    return " ".join(page.locator("article h1").first.inner_text().split())


def _top_sections(page: Page) -> list[str]:
    """The first-level entries of the primary navigation, as the reader sees their names."""
    names: list[str] = page.evaluate("""() => Array.from(document.querySelectorAll('nav.md-nav--primary > ul > li'))
        .map(li => li.querySelector('.md-ellipsis').innerText.split(/\\s+/).join(' ').trim())""")
    return names


@pytest.mark.browser
def test_every_page_kind_is_finnish_and_accessible_on_zensical(page: Page, zensical_url: str) -> None:
    """The five pages in one browser page, one after another as a reader goes (a new context a page cost as much
    CPU again); path → (status, language, a heading, axe's violations). The MkDocs side of the same checks is
    tests/browser/test_site_pages.py, over every page kind of the same `site_dir` build."""
    found = {}
    for path in SMOKE_PAGES:
        response = page.goto(zensical_url + path)
        found[path] = (response.status if response else None, page.locator("html").get_attribute("lang"),
                       _heading(page) != "", [v["id"] for v in accessibility_violations(page)])
    assert found == {path: (200, "fi", True, []) for path in SMOKE_PAGES}


def _headings_in(site: Path) -> dict[str, str]:
    """Each page's first article heading as its HTML has it: static text that no script of either engine changes,
    so the files say what a reader sees without loading ten pages in the browser."""
    found = {}
    for path in SMOKE_PAGES:
        headings = lxml.html.parse(str(site / path / "index.html")).getroot().xpath("//article//h1")
        found[path] = " ".join(headings[0].text_content().split()) if headings else ""
    return found


def test_zensical_pages_have_the_same_heading_as_mkdocs(site_dir: Path, zensical_site: Path) -> None:
    by_mkdocs = _headings_in(site_dir)
    assert [path for path, heading in by_mkdocs.items() if heading == ""] == []
    assert _headings_in(zensical_site) == by_mkdocs


@pytest.mark.browser
def test_zensical_site_has_the_generated_navigation(page: Page, zensical_url: str) -> None:
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(zensical_url)
    assert _top_sections(page) == TOP_SECTIONS


@pytest.mark.browser
def test_zensical_header_is_one_row(page: Page, zensical_url: str) -> None:
    """Material-on-MkDocs' search partial stacked Zensical's header into a 108 px column of icons;
    it is kept out of Zensical's overrides, so the header stays one 48 px row."""
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(zensical_url)
    box = page.locator("header.md-header").bounding_box()
    assert box is not None and box["height"] <= 64


SAME_QUERIES = ("päätös", "työvalmentaja", "PTA")


def _results(browser: Browser, url: str) -> dict[str, list[str]]:
    """Query → result pages, typed one after another into one page's search box."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url)
    found = {query: search(page, query) for query in SAME_QUERIES}
    context.close()
    return found


@pytest.mark.browser
def test_search_finds_the_same_pages_on_both_engines(browser: Browser, site_url: str, zensical_url: str) -> None:
    """The Pagefind index is built from the finished HTML of either engine: the same query, the same pages."""
    by_mkdocs = _results(browser, site_url)
    assert [query for query, found in by_mkdocs.items() if found == []] == []
    assert _results(browser, zensical_url) == by_mkdocs

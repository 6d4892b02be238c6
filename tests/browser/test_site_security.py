"""Hostile-but-valid model text, built by the real `mkdocs build --strict` from a copy of the repository:
no script runs, nothing escapes its element, nothing loads from outside. The copy is the security suite's one
hostile build (tests/security/hostile_site.py), which carries this text in every field of keski-uusimaa-fokus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from tests.browser.dialogs import dialogs_opened
from tests.browser.serving import serve_directory
from tests.security.hostile_site import hostile_build
from tests.site.hostile import INERT_INLINE, PROCESS_ID

PAGES = [f"prosessit/{PROCESS_ID}/", "roolit/asiakas/", "prosessit/", "alueet/keski-uusimaa/", ""]


@pytest.fixture(scope="module")
def hostile_site_url(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Iterator[str]:
    with serve_directory(hostile_build(tmp_path_factory, worker_id).out) as url:
        yield url


@pytest.fixture
def allowed_origin(hostile_site_url: str) -> str:
    """The shared `page` fixture then counts every request outside this site as leaving it."""
    return hostile_site_url


def _open(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")


def _what_ran(page: Page, dialogs: list[str]) -> dict[str, object]:
    return {"pwned": page.evaluate("() => window.__pwned"), "dialogs": dialogs,
            "handlers": page.locator("[data-pwned], [onclick], [onerror], [onmouseover]").count(),
            "titles": page.locator("head title").count(),
            "outside images": page.locator("img[src*='example.invalid']").count()}


@pytest.mark.browser
def test_hostile_text_runs_no_script(page: Page, hostile_site_url: str) -> None:
    """The pages one after another in one browser page, as a reader goes (a new context a page cost as much CPU
    again); each page's findings, asserted together."""
    found = {}
    with dialogs_opened(page) as dialogs:
        for path in PAGES:
            dialogs.clear()
            _open(page, hostile_site_url + path)
            found[path] = _what_ran(page, list(dialogs))
    inert: dict[str, object] = {"pwned": None, "dialogs": [], "handlers": 0, "titles": 1, "outside images": 0}
    assert found == {path: inert for path in PAGES}


@pytest.mark.browser
def test_hostile_text_stays_inside_its_element(page: Page, hostile_site_url: str) -> None:
    _open(page, f"{hostile_site_url}prosessit/{PROCESS_ID}/")
    article = page.locator("article")
    assert article.locator("h1").count() == 1
    assert "{{ 7*7 }}" in article.locator("h1").inner_text(), "Jinja syntax is shown, not evaluated"
    assert page.title().startswith(INERT_INLINE), "the tab title shows the model text exactly, entities included"
    assert article.locator("h1, h2, h3, h4, h5, h6", has_text="kaapattu otsikko").count() == 0
    assert article.locator("h1, h2, h3, h4, h5, h6", has_text="Setext-otsikko").count() == 0
    assert article.locator(".admonition", has_text="kaapattu huomautus").count() == 0
    assert article.locator("th", has_text="a").filter(has_text="b").count() == 0
    assert article.locator("td").filter(has_text="putki").evaluate_all(
        "cells => cells.filter(c => c.innerText.trim() === 'putki').length") == 0
    assert "# kaapattu otsikko" in article.inner_text()

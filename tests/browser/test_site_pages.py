"""Every page kind loads in a real browser without console errors or off-origin requests, and passes axe."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, ViewportSize, expect

from tests.browser.axe import accessibility_violations
from tests.browser.pages import PAGE_KIND_NAMES, page_kinds

PHONE: ViewportSize = {"width": 390, "height": 844}


# The pages of every kind in one browser page, one after another as a reader goes (a new context a page cost as
# much CPU again); each kind's findings collected and asserted together, so a failure names every kind it hit.
@pytest.mark.browser
def test_every_page_kind_loads_cleanly_and_is_accessible(page: Page, site_url: str, site_dir: Path) -> None:
    paths, found = page_kinds(site_dir), {}
    for kind in PAGE_KIND_NAMES:
        page.goto(site_url + paths[kind])
        # goto waits for "load": every script has run; after it only the favicon loads (no "networkidle")
        found[kind] = {"lang": page.locator("html").get_attribute("lang"),
                       "main headings": page.locator("article h1").count(),  # a page has exactly one
                       "axe": _violations(page)}
    assert found == {kind: {"lang": "fi", "main headings": 1, "axe": []} for kind in PAGE_KIND_NAMES}


PHONE_KINDS = ["etusivu", "prosessit", "roolit", "vertailu"]


@pytest.mark.browser
def test_page_kinds_are_accessible_on_a_phone(page: Page, site_url: str, site_dir: Path) -> None:
    page.set_viewport_size(PHONE)
    paths, found = page_kinds(site_dir), {}
    for kind in PHONE_KINDS:
        page.goto(site_url + paths[kind])
        # the page itself must not scroll sideways on a phone (wide tables scroll inside)
        found[kind] = {"axe": _violations(page),
                       "too wide": page.evaluate("() => document.documentElement.scrollWidth") > PHONE["width"]}
    assert found == {kind: {"axe": [], "too wide": False} for kind in PHONE_KINDS}


def _violations(page: Page) -> list[str]:
    """axe's violations on the page, each with the first of its elements (the whole report: tests/browser/axe)."""
    return [f"{v['id']}: {v['nodes'][0]['target']}" for v in accessibility_violations(page)]


@pytest.mark.browser
def test_footer_links_work_from_a_deep_page(page: Page, site_url: str, site_dir: Path) -> None:
    page.goto(site_url + page_kinds(site_dir)["roolit"])
    page.locator(".md-copyright a", has_text="Anna palautetta").click()
    assert page.url == f"{site_url}palaute/"
    assert page.locator("article h1").inner_text().startswith("Anna palautetta")
    page.locator(".md-copyright a", has_text="Saavutettavuusseloste").click()
    assert page.url == f"{site_url}saavutettavuusseloste/"
    assert page.locator("article h1").inner_text().startswith("Saavutettavuusseloste")


@pytest.mark.browser
def test_edit_link_opens_the_model_yaml(page: Page, site_url: str, site_dir: Path) -> None:
    page.goto(site_url + page_kinds(site_dir)["prosessit"])
    edit = page.locator("a.md-content__button[rel=edit]")
    href = edit.get_attribute("href") or ""
    assert href.endswith(".yaml") and "/process_models/" in href, href
    assert "/content/../" not in href, "the link must be normalised, not a relative path glued to the docs folder"


@pytest.mark.browser
def test_edit_link_keeps_its_name_while_its_tooltip_shows(page: Page, site_url: str, site_dir: Path) -> None:
    """Material's tooltip takes the `title` off a hovered link; a screen reader must still hear its name."""
    page.goto(site_url + page_kinds(site_dir)["prosessit"])
    edit = page.locator("a.md-content__button[rel=edit]")
    edit.hover()
    page.wait_for_function("() => !document.querySelector('a.md-content__button[rel=edit]').hasAttribute('title')")
    expect(page.get_by_role("link", name="Muokkaa tätä sivua", exact=True)).to_have_count(1)

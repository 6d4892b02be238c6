"""Every page kind loads in a real browser without console errors or off-origin requests, and passes axe."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, ViewportSize, expect

from tests.browser.axe import assert_accessible
from tests.browser.pages import PAGE_KIND_NAMES, page_kinds

PHONE: ViewportSize = {"width": 390, "height": 844}


@pytest.mark.browser
@pytest.mark.parametrize("kind", PAGE_KIND_NAMES)
def test_page_kind_loads_cleanly_and_is_accessible(page: Page, site_url: str, site_dir: Path, kind: str) -> None:
    path = page_kinds(site_dir)[kind]
    page.goto(site_url + path)
    # goto waits for "load": every script has run; after it only the favicon loads (no "networkidle": +0.5 s a visit)
    assert page.locator("html").get_attribute("lang") == "fi"
    assert page.locator("article h1").count() == 1, f"{path}: a page has exactly one main heading"
    assert_accessible(page)


@pytest.mark.browser
@pytest.mark.parametrize("kind", ["etusivu", "prosessit", "roolit", "vertailu"])
def test_page_kind_is_accessible_on_a_phone(page: Page, site_url: str, site_dir: Path, kind: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(site_url + page_kinds(site_dir)[kind])
    # goto waits for "load": every script has run; after it only the favicon loads (no "networkidle": +0.5 s a visit)
    assert_accessible(page)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the page itself must not scroll sideways on a phone (wide tables scroll inside)"


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

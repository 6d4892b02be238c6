"""The fixtures themselves: the built site is served, and the page fixture sees what a visitor sees."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.axe import accessibility_violations


@pytest.mark.browser
def test_home_page_loads_in_finnish(page: Page, site_url: str) -> None:
    page.goto(site_url)
    assert page.locator("html").get_attribute("lang") == "fi"
    assert page.locator("h1").first.is_visible()


@pytest.mark.browser
def test_axe_reports_a_missing_image_text(page: Page, site_url: str) -> None:
    """The checker must be able to fail: an <img> without alt text is a WCAG violation."""
    page.goto(site_url)
    page.evaluate("""() => { const img = document.createElement('img');
        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; document.querySelector('article').append(img); }""")
    assert "image-alt" in {v["id"] for v in accessibility_violations(page)}

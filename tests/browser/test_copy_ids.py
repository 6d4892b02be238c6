"""The ids on catalogue pages: a maintainer reaches the copy button with the keyboard, presses it, and the
id is on the clipboard; the result is announced; the page stays axe-clean; without JavaScript the id is
still shown (the button, which would do nothing, is hidden)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.axe import assert_accessible


@pytest.mark.browser
@pytest.mark.parametrize(("path", "first_id"), [
    ("roolit/yksilovalmentaja/", "yksilovalmentaja"),
    ("palvelut/kuntouttava-tyotoiminta/", "kuntouttava-tyotoiminta"),
    ("alueet/satakunta/", "satakunta"),
    ("lomakkeet/ktt-sopimus/", "ktt-sopimus"),
    ("saadokset/ktt-laki-9/", "ktt-laki-9"),
    ("lahteet/", "finlex-1301-2014"),  # the sources page lists sources in catalogue order
])
def test_copy_button_by_keyboard_puts_the_id_on_the_clipboard(page: Page, site_url: str, path: str,
                                                              first_id: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page.goto(site_url + path)
    # goto waits for "load": every script has run; after it only the favicon loads (no "networkidle": +0.5 s a visit)
    button = page.locator("article button.polku-kopioi").first
    assert button.is_visible()
    assert button.evaluate("b => b.textContent") == f"Kopioi tunniste {first_id}"  # the accessible name
    assert button.locator(".polku-kopioi__teksti").inner_text() == "Kopioi"
    assert page.locator("article code.polku-tunniste__arvo").first.inner_text() == first_id
    for _ in range(60):  # Tab from the top of the page until the first copy button has the focus
        page.keyboard.press("Tab")
        if button.evaluate("b => b === document.activeElement"):
            break
    else:
        pytest.fail("the copy button cannot be reached with the Tab key")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('#polku-kopioitu').textContent !== ''")
    assert page.evaluate("() => navigator.clipboard.readText()") == first_id
    assert button.locator(".polku-kopioi__teksti").inner_text() == "Kopioitu"
    assert page.locator("#polku-kopioitu").inner_text() == f"Tunniste {first_id} kopioitu leikepöydälle."
    assert_accessible(page)


@pytest.mark.browser
def test_without_javascript_the_id_shows_and_the_button_does_not(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "roolit/yksilovalmentaja/")
        assert page.locator("article code.polku-tunniste__arvo").first.is_visible()
        assert not page.locator("article button.polku-kopioi").first.is_visible()
    finally:
        context.close()

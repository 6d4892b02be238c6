"""The worker's shared page (tests/browser/worker_page.py): after `reset()` a test finds what a new page in a new
context shows, whatever the test before it changed; a listener left behind is named."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.worker_page import WorkerPage, new_context, web_origin

# what a test may see of the state the previous test left: storage, permissions, window, media, routes (and, in
# _state, held keys and mouse buttons)
STATE = """async () => ({
    local: localStorage.getItem("polku-testi"),
    session: sessionStorage.getItem("polku-testi"),
    cookie: document.cookie,
    clipboard: (await navigator.permissions.query({name: "clipboard-read"})).state,
    width: innerWidth,
    height: innerHeight,
    print: matchMedia("print").matches,
    reduced_motion: matchMedia("(prefers-reduced-motion: reduce)").matches,
    dark: matchMedia("(prefers-color-scheme: dark)").matches,
    routed: (await fetch("/polku-reititetty")).status,
})"""
LISTEN_FOR_INPUT = """() => {
    document.addEventListener("keydown", event => { window.polkuShift = event.shiftKey }, {once: true});
    document.addEventListener("mousemove", event => { window.polkuButtons = event.buttons }, {once: true});
}"""


@pytest.fixture
def own_page(browser: Browser) -> Iterator[WorkerPage]:
    """A WorkerPage of this test's own: the worker's shared one is another test's `page`."""
    shared = WorkerPage(browser)
    yield shared
    shared.close()


def _state(page: Page, url: str) -> dict[str, object]:
    page.goto(url)
    state: dict[str, object] = page.evaluate(STATE)
    page.evaluate(LISTEN_FOR_INPUT)
    page.keyboard.press("a")
    page.mouse.move(20, 500)
    return {**state, "shift held": page.evaluate("() => window.polkuShift"),
            "buttons held": page.evaluate("() => window.polkuButtons")}


def _fresh_state(browser: Browser, url: str) -> dict[str, object]:
    context = new_context(browser)
    try:
        return _state(context.new_page(), url)
    finally:
        context.close()


def _dirty(shared: WorkerPage, url: str) -> None:
    """What tests do: storage, a permission, a phone's window, print and reduced motion, a route, a mouse button and
    Shift held down, a second tab."""
    page = shared.page
    page.goto(url)
    page.evaluate("""() => { localStorage.setItem("polku-testi", "1"); sessionStorage.setItem("polku-testi", "1");
                             document.cookie = "polku-testi=1; path=/" }""")
    shared.context.grant_permissions(["clipboard-read"], origin=url.rstrip("/"))
    page.set_viewport_size({"width": 390, "height": 844})
    page.emulate_media(media="print", reduced_motion="reduce", color_scheme="dark")
    page.route("**/polku-reititetty", lambda route: route.fulfill(status=200, body="reititetty"))
    page.mouse.move(200, 400)
    page.mouse.down()
    page.keyboard.down("Shift")
    shared.context.new_page().goto(url)


@pytest.mark.browser
def test_a_reset_page_shows_what_a_new_page_shows(own_page: WorkerPage, browser: Browser, site_url: str) -> None:
    fresh = _fresh_state(browser, site_url)
    assert (fresh["local"], fresh["clipboard"], fresh["shift held"], fresh["buttons held"], fresh["routed"]) == (
        None, "prompt", False, 0, 404)
    _dirty(own_page, site_url)
    dirty = own_page.page.evaluate(STATE)
    assert (dirty["local"], dirty["session"], dirty["clipboard"], dirty["width"], dirty["print"], dirty["routed"]) == (
        "1", "1", "granted", 390, True, 200)
    origin = web_origin(site_url)
    assert origin is not None
    own_page.reset([origin])
    assert len(own_page.context.pages) == 1
    assert own_page.page.url == "about:blank"
    assert _state(own_page.page, site_url) == fresh


@pytest.mark.browser
def test_a_listener_left_on_the_page_or_its_context_is_named(own_page: WorkerPage) -> None:
    assert own_page.leftover_listeners() == []

    def on_dialog(_: object) -> None:
        """Never called: the page opens no dialog."""

    own_page.page.on("dialog", on_dialog)
    own_page.context.on("response", on_dialog)
    assert own_page.leftover_listeners() == ["dialog", "response"]
    own_page.page.remove_listener("dialog", on_dialog)
    own_page.context.remove_listener("response", on_dialog)
    assert own_page.leftover_listeners() == []

"""One browser page per test worker, handed to test after test and brought back to a fresh page's state between them.

Why: opening a page costs Chromium and Playwright about 0.23 CPU-s more than navigating one that is open (72 loads
of the built site's pages, each in a new page: 0.37 CPU-s a load; one after another in one page: 0.14). With ~140
browser tests that was about a tenth of the test command on two cores.

What a test may change and `reset()` takes back: the document (the page goes to about:blank), the storage of every
origin the test's page talked to (localStorage, sessionStorage, IndexedDB, cookies: the site's checklist keeps its
ticks in localStorage, Material its palette and tabs), granted permissions, the viewport, emulated media, routes,
a held mouse button and modifier keys, and other pages the test opened. What stays, as in a reader's browser:
the HTTP cache. A test whose subject is a first visit with nothing cached uses `fresh_page` instead
(tests/browser/conftest.py).

A test that adds a listener (`page.on`) removes it again (tests/browser/dialogs.py); the `page` fixture fails the
test that leaves one, since it would hear the next test's page. After a failed test the page is replaced, whatever
the failure left behind.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, CDPSession, ViewportSize

# set by tests/conftest.py's report hook on a test whose setup or call failed
TEST_FAILED = pytest.StashKey[bool]()
VIEWPORT: ViewportSize = {"width": 1280, "height": 900}
LOCALE = "fi-FI"
MODIFIERS = ("Alt", "Control", "Meta", "Shift")


def new_context(browser: Browser) -> BrowserContext:
    """A context as every browser test starts with: a desktop window, Finnish as the browser's language."""
    return browser.new_context(viewport=VIEWPORT, locale=LOCALE)


def web_origin(url: str) -> str | None:
    """"http://127.0.0.1:8000" for a page or resource URL; None for about:, data: and blob: URLs."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in {"http", "https"} else None


class WorkerPage:
    """The worker's page and its context; `page` is the one to hand to the next test."""

    def __init__(self, browser: Browser) -> None:
        self._browser = browser
        self._open()

    def _open(self) -> None:
        self.context = new_context(self._browser)
        self.page = self.context.new_page()
        # Storage.clearDataForOrigin of this page's session acts on this context's storage (not the browser's default)
        self._devtools: CDPSession = self.context.new_cdp_session(self.page)
        # Playwright's own listeners ("close", "crash"): a test's listener is any event beyond these
        self._own_events = self._events()

    def _events(self) -> frozenset[str]:
        # Playwright has no public way to ask which listeners a page has; its event emitter does
        return frozenset(self.page._impl_obj.event_names()) | frozenset(self.context._impl_obj.event_names())

    def replace(self) -> None:
        """A new context and page, for after a failed test or a test that closed the page."""
        self.context.close()
        self._open()

    def close(self) -> None:
        self.context.close()

    def leftover_listeners(self) -> list[str]:
        """Events a test still listens to on the page or its context."""
        return sorted(self._events() - self._own_events)

    def reset(self, origins: Iterable[str]) -> None:
        """Bring the page back to the state of a new page in a new context (see the module's docstring)."""
        page = self.page
        for other in self.context.pages:
            if other != page:
                other.close()
        page.goto("about:blank")  # the test's document unloads here, before its storage is cleared
        for origin in sorted(origins):
            self._devtools.send("Storage.clearDataForOrigin", {"origin": origin, "storageTypes": "all"})
        self.context.clear_permissions()
        page.unroute_all()
        if page.viewport_size != VIEWPORT:
            page.set_viewport_size(VIEWPORT)
        page.emulate_media(media="null", color_scheme="light", reduced_motion="no-preference", forced_colors="none")
        page.mouse.up()
        for key in MODIFIERS:
            page.keyboard.up(key)

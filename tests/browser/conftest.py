"""Browser fixtures shared by every browser suite.

- `site_dir` (session, tests/conftest.py): the repository built ONCE with `mkdocs build --strict`.
- `site_url` (session): "http://127.0.0.1:<port>/" serving `site_dir` over loopback.
- `browser` (session): Playwright driving Debian's Chromium headless shell (never a downloaded browser).
- `page` (function): the worker's one page (tests/browser/worker_page.py: opening a page per test cost a tenth
  of the test command), reset to a new page's state after each test; console errors, uncaught page errors and
  every request that leaves the site's origin are collected and asserted empty at teardown. Off-origin requests
  also fail in the browser (its proxy is a closed loopback port), so a failing test never reaches the network.
- `fresh_page` (function): the same watch over a new page in a new context (nothing cached), for first visits.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Error, Page, Request

from tests.browser.serving import serve_directory
from tests.browser.worker_page import TEST_FAILED, WorkerPage, new_context, web_origin

LOCAL_SCHEMES = {"data", "blob", "about"}


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    with serve_directory(site_dir) as url:
        yield url


@dataclass
class PageProblems:
    """What a page did wrong while a test drove it."""

    console_errors: list[str] = field(default_factory=list)
    off_origin_requests: list[str] = field(default_factory=list)


def _is_off_origin(url: str, origin: str | None) -> bool:
    """True for a request anywhere but `origin`; data:, blob: and about: URLs never leave the page."""
    return urlsplit(url).scheme not in LOCAL_SCHEMES and web_origin(url) != origin


@pytest.fixture
def page_problems() -> PageProblems:
    """The problems the `page` fixture collects (a test may inspect them before teardown)."""
    return PageProblems()


@pytest.fixture
def allowed_origin(site_url: str) -> str:
    """The origin the `page` may talk to; a module that serves its own site overrides this fixture."""
    return site_url


@pytest.fixture
def page(worker_page: WorkerPage, allowed_origin: str, page_problems: PageProblems,
         request: pytest.FixtureRequest) -> Iterator[Page]:
    """The worker's page (tests/browser/worker_page.py), watched for this test and reset after it."""
    if worker_page.page.is_closed():
        worker_page.replace()
    with _watched(worker_page.context, worker_page.page, allowed_origin, page_problems) as origins:
        yield worker_page.page
    failed, leftover = request.node.stash.get(TEST_FAILED, False), worker_page.leftover_listeners()
    if failed or leftover or worker_page.page.is_closed():
        worker_page.replace()  # whatever a failed test left behind does not reach the next one
    else:
        worker_page.reset(origins)
    # a failed test may have stopped before removing its listener: its own failure is the one to read
    assert failed or not leftover, f"the test left listeners on the shared page: {leftover} (remove_listener them)"
    _assert_no_problems(page_problems)


@pytest.fixture
def fresh_page(browser: Browser, allowed_origin: str, page_problems: PageProblems) -> Iterator[Page]:
    """A new page in a new context, for a test whose subject is a first visit (nothing in the HTTP cache) or that
    changes what `page`'s reset does not take back (a DevTools session's network conditions)."""
    context = new_context(browser)
    page = context.new_page()
    with _watched(context, page, allowed_origin, page_problems):
        yield page
    context.close()
    _assert_no_problems(page_problems)


@contextmanager
def _watched(context: BrowserContext, page: Page, allowed_origin: str,
             page_problems: PageProblems) -> Iterator[set[str]]:
    """Collects the page's console errors, uncaught errors and requests that leave `allowed_origin` into
    `page_problems`; yields the set of web origins the page asked anything of (their storage is cleared after)."""
    origin, origins = web_origin(allowed_origin), set[str]()

    def on_request(request: Request) -> None:
        if (asked := web_origin(request.url)) is not None:
            origins.add(asked)
        if _is_off_origin(request.url, origin):
            page_problems.off_origin_requests.append(request.url)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            page_problems.console_errors.append(f"{message.text} ({message.location.get('url', '')})")

    def on_page_error(error: Error) -> None:
        page_problems.console_errors.append(f"uncaught: {error}")

    # every request is seen here; none leaves the machine: the browser's only proxy is a closed loopback port
    # (tests/conftest.py, CHROMIUM_ARGS), so no request interception (a Python round trip per request) is needed.
    # On the context, so that a page the test opens (a new tab) is watched too.
    context.on("request", on_request)
    page.on("console", on_console)
    page.on("pageerror", on_page_error)
    try:
        yield origins
    finally:
        if not page.is_closed():
            page.remove_listener("console", on_console)
            page.remove_listener("pageerror", on_page_error)
        context.remove_listener("request", on_request)


def _assert_no_problems(page_problems: PageProblems) -> None:
    assert not page_problems.console_errors, f"console errors: {page_problems.console_errors}"
    assert not page_problems.off_origin_requests, f"requests left the site: {page_problems.off_origin_requests}"

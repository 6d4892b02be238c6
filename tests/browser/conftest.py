"""Browser fixtures shared by every browser suite.

- `site_dir` (session, tests/conftest.py): the repository built ONCE with `mkdocs build --strict`.
- `site_url` (session): "http://127.0.0.1:<port>/" serving `site_dir` over loopback.
- `browser` (session): Playwright driving Debian's Chromium headless shell (never a downloaded browser).
- `page` (function): a fresh page in its own context; console errors, uncaught page errors and every request
  that leaves the site's origin are collected and asserted empty at teardown. Off-origin requests also fail in
  the browser (its proxy is a closed loopback port), so a failing test never reaches the network.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request

from tests.browser.serving import serve_directory

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


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _is_off_origin(url: str, origin: str) -> bool:
    return urlsplit(url).scheme not in LOCAL_SCHEMES and _origin(url) != origin


@pytest.fixture
def page_problems() -> PageProblems:
    """The problems the `page` fixture collects (a test may inspect them before teardown)."""
    return PageProblems()


@pytest.fixture
def allowed_origin(site_url: str) -> str:
    """The origin the `page` may talk to; a module that serves its own site overrides this fixture."""
    return site_url


@pytest.fixture
def page(browser: Browser, allowed_origin: str, page_problems: PageProblems) -> Iterator[Page]:
    origin = _origin(allowed_origin)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fi-FI")

    def on_request(request: Request) -> None:
        if _is_off_origin(request.url, origin):
            page_problems.off_origin_requests.append(request.url)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            page_problems.console_errors.append(f"{message.text} ({message.location.get('url', '')})")

    # every request is seen here; none leaves the machine: the browser's only proxy is a closed loopback port
    # (tests/conftest.py, CHROMIUM_ARGS), so no request interception (a Python round trip per request) is needed
    context.on("request", on_request)
    new_page = context.new_page()
    new_page.on("console", on_console)
    new_page.on("pageerror", lambda error: page_problems.console_errors.append(f"uncaught: {error}"))
    yield new_page
    context.close()
    assert not page_problems.console_errors, f"console errors: {page_problems.console_errors}"
    assert not page_problems.off_origin_requests, f"requests left the site: {page_problems.off_origin_requests}"

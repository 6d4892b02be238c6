"""The `page` fixture's guard: a request to another host is recorded (the test fails at teardown) and never leaves
the machine (the browser's proxy is a closed loopback port, tests/conftest.py), whatever the host is written as."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Request

from tests.browser.conftest import PageProblems

ELSEWHERE = ["https://example.invalid/kuva.png", "http://93.184.216.34/kuva.png"]  # a name and an address


@pytest.mark.browser
def test_a_request_to_another_host_is_recorded_and_fails_in_the_browser(page: Page, site_url: str,
                                                                        page_problems: PageProblems) -> None:
    failed: list[tuple[str, str | None]] = []

    def on_failed(request: Request) -> None:
        failed.append((request.url, request.failure))

    page.on("requestfailed", on_failed)
    page.goto(site_url)
    for url in ELSEWHERE:
        page.evaluate("url => fetch(url).then(() => 'ladattu', () => 'estetty')", url)
    page.remove_listener("requestfailed", on_failed)
    assert page_problems.off_origin_requests == ELSEWHERE
    assert failed == [(url, "net::ERR_PROXY_CONNECTION_FAILED") for url in ELSEWHERE]
    # expected here: the guard worked, so this test's teardown must not fail on it
    page_problems.off_origin_requests.clear()
    page_problems.console_errors.clear()

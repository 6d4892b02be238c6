"""Drive Material's real search box the way a visitor does (keyboard typing; fill() does not trigger search)."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from playwright.sync_api import Page

SETTLE_POLLS = 3          # identical snapshots in a row before the result list counts as settled
POLL_SECONDS = 0.15
LIMIT_SECONDS = 15.0
WAITING_TEXTS = ("Aloitetaan hakua", "Kirjoita aloittaaksesi haun")


def _snapshot(page: Page) -> tuple[str, tuple[str, ...]]:
    meta = page.locator(".md-search-result__meta").inner_text().strip()
    hrefs = page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.href)")
    return meta, tuple(hrefs)


def _wait_until_settled(page: Page) -> tuple[str, tuple[str, ...]]:
    deadline = time.monotonic() + LIMIT_SECONDS
    previous, same = _snapshot(page), 0
    while same < SETTLE_POLLS:
        assert time.monotonic() < deadline, f"search results did not settle: {previous}"
        page.wait_for_timeout(POLL_SECONDS * 1000)
        current = _snapshot(page)
        waiting = current[0].startswith(WAITING_TEXTS)
        same = same + 1 if current == previous and not waiting else 0
        previous = current
    return previous


def _scroll_to_the_end(page: Page) -> tuple[str, ...]:
    """Material renders ten results, then four more each time the list's end comes into view (after having
    left it): scroll up and down again until no more appear."""
    _, hrefs = _wait_until_settled(page)
    scroller = page.locator(".md-search__scrollwrap")
    while True:
        scroller.evaluate("el => el.scrollTo(0, 0)")
        _wait_until_settled(page)
        scroller.evaluate("el => el.scrollTo(0, el.scrollHeight)")
        _, more = _wait_until_settled(page)
        if len(more) == len(hrefs):
            return more
        hrefs = more


def search(page: Page, query: str, *, everything: bool = False) -> list[str]:
    """Type `query` into the search box; returns the result pages (site-relative paths, best first, no repeats).

    Without `everything` only the first screenful (what Material renders before scrolling) is returned.
    """
    box = page.locator("input.md-search__input")
    box.click()
    box.press("Control+a")
    box.press("Delete")
    page.keyboard.type(query)
    hrefs = _scroll_to_the_end(page) if everything else _wait_until_settled(page)[1]
    return list(dict.fromkeys(urlsplit(href).path.lstrip("/") for href in hrefs))

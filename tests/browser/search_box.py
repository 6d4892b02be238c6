"""Drive the site's search box (partials/polku-haku.html, assets/polku/haku.js) the way a visitor does:
keyboard typing into the real box, waiting for the result list to settle."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from playwright.sync_api import Page

BOX = "#polku-haku-kentta"
STATUS = "#polku-haku-tila"
RESULT_LINKS = "#polku-haku-tulokset > li > a"
MORE = "#polku-haku-lisaa"
LIMIT_SECONDS = 15.0
WAITING_TEXT = "Haetaan"


@dataclass(frozen=True, slots=True)
class Result:
    path: str   # site-relative ("roolit/asiakas/")
    facts: str  # "Prosessi · Huittinen"


def _snapshot(page: Page) -> tuple[str, tuple[str, ...]]:
    status = page.locator(STATUS).inner_text().strip()
    hrefs = page.locator(RESULT_LINKS).evaluate_all("els => els.map(e => e.href)")
    return status, tuple(hrefs)


# haku.js marks the box "valmis" once the list shows the newest search, with the query it shows (`data-haettu`)
SETTLED = """() => {
    const root = document.querySelector("[data-polku-haku]")
    const typed = document.querySelector("#polku-haku-kentta").value.trim()
    return root.dataset.tila === "valmis" && root.dataset.haettu === typed
}"""


def wait_until_settled(page: Page) -> tuple[str, tuple[str, ...]]:
    """The status and result links once the list shows what the box holds (haku.js says so, see SETTLED)."""
    page.wait_for_function(SETTLED, timeout=LIMIT_SECONDS * 1000)
    status, hrefs = _snapshot(page)
    assert status and not status.startswith(WAITING_TEXT), f"settled with the status {status!r}"
    return status, hrefs


def type_query(page: Page, query: str) -> None:
    box = page.locator(BOX)
    box.click()
    box.press("Control+a")
    box.press("Delete")
    page.keyboard.type(query)


def _path(href: str) -> str:
    return urlsplit(href).path.lstrip("/")


def search(page: Page, query: str, *, everything: bool = False) -> list[str]:
    """Type `query` into the search box; returns the result pages (site-relative paths, best first).

    Without `everything` only the first screenful (ten results) is returned; with it, "Näytä lisää tuloksia"
    is pressed until every result is listed.
    """
    type_query(page, query)
    _, hrefs = wait_until_settled(page)
    if everything:
        more = page.locator(MORE)
        while more.is_visible():
            more.click()
            _, hrefs = wait_until_settled(page)
    return result_paths(hrefs)


def result_paths(hrefs: tuple[str, ...]) -> list[str]:
    """Result links as site-relative page paths, best first, each page once."""
    return list(dict.fromkeys(_path(href) for href in hrefs))


def results(page: Page) -> list[Result]:
    """The listed results with the kind and region each one shows."""
    items = page.locator("#polku-haku-tulokset > li")
    return [Result(_path(items.nth(i).locator("a").get_attribute("href") or ""),
                   items.nth(i).locator(".polku-haku__tiedot").inner_text().strip())
            for i in range(items.count())]

"""What the search box downloads: bytes of every response between typing a query and the settled result list.

Shared by the browser test (tests/browser/test_search_box.py) and `make bench` (tests/bench/search_figures.py).
Counted are the response bodies as the browser received them from the site (our test server sends no
compression, so these are the uncompressed sizes; a server with gzip sends less).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import Page, Response

from tests.browser.search_box import search


@dataclass
class Downloads:
    """Responses seen while recording: url → body bytes."""

    files: dict[str, int] = field(default_factory=dict)
    recording: bool = False

    def on_response(self, response: Response) -> None:
        if self.recording:
            try:
                self.files[response.url] = len(response.body())
            except Exception:  # a redirect or aborted response has no body
                self.files.setdefault(response.url, 0)

    @property
    def total(self) -> int:
        return sum(self.files.values())


@dataclass(frozen=True, slots=True)
class QueryCost:
    query: str
    bytes: int
    files: dict[str, int]
    results: list[str]


def query_costs(page: Page, url: str, queries: list[str]) -> list[QueryCost]:
    """Open `url`, then type each query in turn; what each one downloaded (the first includes Pagefind itself)."""
    downloads = Downloads()
    page.context.on("response", downloads.on_response)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    costs = []
    for query in queries:
        downloads.files, downloads.recording = {}, True
        found = search(page, query)
        page.wait_for_load_state("networkidle")
        downloads.recording = False
        costs.append(QueryCost(query, downloads.total, dict(downloads.files), found))
    page.context.remove_listener("response", downloads.on_response)
    return costs

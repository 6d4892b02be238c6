"""What a built site weighs: total size, page sizes, search index, and the navigation's share of a page."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path

import lxml.html

SEARCH_INDEX = "pagefind"  # Pagefind's folder (before: Material's one file search/search_index.json)
NAV_XPATH = '//nav[contains(concat(" ", @class, " "), " md-nav--primary ")]'


@dataclass(frozen=True, slots=True)
class SiteStats:
    total_bytes: int
    html_pages: int
    largest_page: str
    largest_bytes: int
    median_bytes: int
    search_index_bytes: int
    search_index_files: int
    nav_share: float  # median share of the primary navigation in a process page's HTML
    pages_over_300k: int
    median_process_bytes: int


def site_stats(site: Path) -> SiteStats:
    sizes = {str(p.relative_to(site)): p.stat().st_size for p in sorted(site.rglob("*.html"))}
    largest = max(sizes, key=lambda name: sizes[name])
    index = [p for p in (site / SEARCH_INDEX).rglob("*") if p.is_file()]
    processes = [size for name, size in sizes.items() if name.startswith("prosessit/") and name.count("/") == 2]
    return SiteStats(
        total_bytes=sum(p.stat().st_size for p in site.rglob("*") if p.is_file()),
        html_pages=len(sizes), largest_page=largest, largest_bytes=sizes[largest],
        median_bytes=int(statistics.median(sizes.values())),
        search_index_bytes=sum(p.stat().st_size for p in index), search_index_files=len(index),
        nav_share=_nav_share(sorted(site.glob("prosessit/*/index.html"))[::10]),
        pages_over_300k=sum(1 for size in sizes.values() if size > 300 * 1024),
        median_process_bytes=int(statistics.median(processes)) if processes else 0,
    )


def _nav_share(pages: list[Path]) -> float:
    shares = [_page_nav_share(page) for page in pages]
    return statistics.median(shares) if shares else 0.0


def _page_nav_share(page: Path) -> float:
    raw = page.read_bytes()
    navs = lxml.html.fromstring(raw).xpath(NAV_XPATH)
    return len(lxml.html.tostring(navs[0])) / len(raw) if navs else 0.0

"""One representative page of every page kind in a built site, found on disk so new content needs no edits."""

from __future__ import annotations

from pathlib import Path

FIXED_PAGES = {
    "etusivu": "",
    "sanasto": "sanasto/",
    "lahteet": "lahteet/",
    "yllapito": "yllapito/",
    "virhekoodit": "yllapito/virhekoodit/",
    "tiedostomuoto": "yllapito/muoto/",
    "palaute": "palaute/",
    "saavutettavuusseloste": "saavutettavuusseloste/",
    "ei-loydy": "404.html",
}
ITEM_SECTIONS = ("prosessit", "roolit", "saadokset", "alueet", "palvelut", "lomakkeet", "vertailu")


def first_item(site_dir: Path, section: str) -> str:
    """The first item page of a section ("prosessit/<id>/"), in name order."""
    items = sorted(p.parent.name for p in (site_dir / section).glob("*/index.html"))
    assert items, f"the built site has no pages under {section}/"
    return f"{section}/{items[0]}/"


def page_kinds(site_dir: Path) -> dict[str, str]:
    """Page kind → site-relative URL path, covering every template the site renders."""
    kinds = dict(FIXED_PAGES)
    for section in ITEM_SECTIONS:
        kinds[section] = first_item(site_dir, section)
        kinds[f"{section}-hakemisto"] = f"{section}/"
    return kinds


PAGE_KIND_NAMES = sorted([*FIXED_PAGES, *ITEM_SECTIONS, *(f"{s}-hakemisto" for s in ITEM_SECTIONS)])

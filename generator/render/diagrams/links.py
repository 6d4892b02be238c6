"""Links inside SVGs. Raw HTML is not rewritten by MkDocs, so links are written as the site serves pages
(directory URLs: `palvelut/x.md` → `palvelut/x/`), relative to the page the SVG is inlined in.
"""

from __future__ import annotations

import posixpath

ASSET_DIR = "kaaviot"


def page_url(docs_path: str) -> str:
    """'palvelut/x.md' → 'palvelut/x/'; 'palvelut/index.md' → 'palvelut/'."""
    stem = docs_path.removesuffix(".md")
    stem = stem.removesuffix("index") if stem.endswith("/index") or stem == "index" else stem
    return stem.rstrip("/") + "/" if stem else ""


def href(from_page: str, to_page: str, anchor: str = "") -> str:
    base, target = page_url(from_page), page_url(to_page)
    relative = posixpath.relpath(target or ".", base or ".")
    link = "./" if relative == "." else relative + "/"
    return f"{link}#{anchor}" if anchor else link


def rebase(link: str, from_page: str, to_dir: str = ASSET_DIR) -> str:
    """A link written for an inlined SVG, rewritten for the SVG's own file under `kaaviot/`."""
    if "://" in link or link.startswith("mailto:"):
        return link
    path, _, anchor = link.partition("#")
    absolute = posixpath.normpath(posixpath.join(page_url(from_page) or ".", path or "."))
    relative = posixpath.relpath(absolute, to_dir) + "/"
    return f"{relative}#{anchor}" if anchor else relative

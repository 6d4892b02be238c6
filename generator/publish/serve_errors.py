"""`polku serve` while the models are invalid: a Finnish error page instead of a failed build.

A failed build under `mkdocs serve` leaves open pages waiting for a reload that never comes. Instead the
preview is built from just two pages, fast: the error page (every diagnostic with file:line:col and a link to
its code) as the home page, and the Virhekoodit page, which is generated from `generator/codes.py` alone and
so works while the models do not. The error page is also written as the server's 404 page, so every other
open page reloads into it; there it polls its own address and reloads once the page exists again.
"""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.messages import message
from generator.render import urls
from generator.render.environment import create_environment, render
from generator.render.pages.reference import code_reference
from generator.render.site import Page

NAV = [{message("nav.serve_error.models_broken"): urls.HOME}, {message("nav.codes"): urls.CODE_REFERENCE}]
# marks the 404 copy: its links resolve from the site root, and only there the page polls for recovery
BASE_TAG = '<base href="/" data-polku-virhe>'


def error_pages(diagnostics: list[Diagnostic]) -> list[Page]:
    """The error page (as the home page) and the error-code reference."""
    env = create_environment()
    ordered = sorted(diagnostics, key=lambda d: (d.file, d.line, d.column, d.code))
    return [Page(urls.HOME, render(env, "serve_error.md.jinja", urls.HOME, diagnostics=ordered)),
            code_reference(env)]


def write_not_found_page(site_dir: Path, page_paths: list[str], directory_urls: bool) -> None:
    """The built error page becomes 404.html and replaces the last good build's pages still on disk (a
    `--dirty` preview keeps them), with links resolving from the site root."""
    home = site_dir / "index.html"
    if not home.is_file():
        return
    html = home.read_text(encoding="utf-8").replace("<head>", f"<head>{BASE_TAG}", 1)
    (site_dir / "404.html").write_text(html, encoding="utf-8")
    for path in page_paths:
        built = site_dir / _html_path(path, directory_urls)
        if path not in (urls.HOME, urls.CODE_REFERENCE) and built.is_file():
            built.write_text(html, encoding="utf-8")


def _html_path(docs_path: str, directory_urls: bool) -> str:
    stem = docs_path.removesuffix(".md")
    if not directory_urls:
        return f"{stem}.html"
    return f"{stem.removesuffix('index')}index.html" if stem.endswith("index") else f"{stem}/index.html"

"""Where each kind of page lives (docs-relative paths), and relative links between pages."""

from __future__ import annotations

import posixpath

HOME = "index.md"
GLOSSARY = "sanasto.md"
SOURCES = "lahteet.md"
FORMAT_REFERENCE = "yllapito/muoto.md"
CODE_REFERENCE = "yllapito/virhekoodit.md"


def process_page(process_id: str) -> str:
    return f"prosessit/{process_id}.md"


def role_page(role_id: str) -> str:
    return f"roolit/{role_id}.md"


def legal_page(basis_id: str) -> str:
    return f"saadokset/{basis_id}.md"


def region_page(region_id: str) -> str:
    return f"alueet/{region_id}.md"


def service_page(service_id: str) -> str:
    return f"palvelut/{service_id}.md"


def form_page(form_id: str) -> str:
    return f"lomakkeet/{form_id}.md"


def comparison_page(service_id: str) -> str:
    return f"vertailu/{service_id}.md"


def step_anchor(step_id: str) -> str:
    return f"vaihe-{step_id}"


def relative(from_page: str, to_path: str) -> str:
    """A link from one docs page to another docs path, as MkDocs expects ('../roolit/x.md')."""
    base = posixpath.dirname(from_page)
    target, _, fragment = to_path.partition("#")
    link = posixpath.relpath(target, base or ".") if target else ""
    return f"{link}#{fragment}" if fragment else link

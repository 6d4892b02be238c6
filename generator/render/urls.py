"""Where each kind of page lives (docs-relative paths), and relative links between pages.

`PAGE_KINDS` is the one table of page kinds: the page renderers, the navigation, the templates'
`url(kind, id)` and the uniqueness check all take their paths from it, so a folder or an index path
is written once.
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass

INDEX = "index.md"


@dataclass(frozen=True, slots=True)
class PageKind:
    """A kind of generated page: one page per item in `folder` (plus the folder's index page), or a
    single page at `fixed`."""

    name: str  # the name templates use: url("process", id)
    folder: str = ""
    fixed: str = ""

    def page(self, item_id: str = "") -> str:
        if self.fixed:
            return self.fixed
        return f"{self.folder}/{item_id}.md" if item_id else self.index

    @property
    def index(self) -> str:
        return f"{self.folder}/{INDEX}" if self.folder else self.fixed


PROCESS = PageKind("process", folder="prosessit")
ROLE = PageKind("role", folder="roolit")
LEGAL = PageKind("legal", folder="saadokset")
REGION = PageKind("region", folder="alueet")
SERVICE = PageKind("service", folder="palvelut")
FORM = PageKind("form", folder="lomakkeet")
COMPARISON = PageKind("comparison", folder="vertailu")
HOME_PAGE = PageKind("home", fixed=INDEX)
GLOSSARY_PAGE = PageKind("glossary", fixed="sanasto.md")
SOURCES_PAGE = PageKind("sources", fixed="lahteet.md")
FORMAT_PAGE = PageKind("format", fixed="yllapito/muoto.md")
CODES_PAGE = PageKind("codes", fixed="yllapito/virhekoodit.md")
CONTENT_CHECK_PAGE = PageKind("content_check", fixed="yllapito/sisallon-tarkistus.md")

PAGE_KINDS: dict[str, PageKind] = {kind.name: kind for kind in (
    PROCESS, ROLE, LEGAL, REGION, SERVICE, FORM, COMPARISON,
    HOME_PAGE, GLOSSARY_PAGE, SOURCES_PAGE, FORMAT_PAGE, CODES_PAGE, CONTENT_CHECK_PAGE,
)}

HOME = HOME_PAGE.fixed
GLOSSARY = GLOSSARY_PAGE.fixed
SOURCES = SOURCES_PAGE.fixed
FORMAT_REFERENCE = FORMAT_PAGE.fixed
CODE_REFERENCE = CODES_PAGE.fixed
CONTENT_CHECK = CONTENT_CHECK_PAGE.fixed


def process_page(process_id: str) -> str:
    return PROCESS.page(process_id)


def role_page(role_id: str) -> str:
    return ROLE.page(role_id)


def role_region_page(role_id: str, region_id: str) -> str:
    """A role's page for one region: a ROLE page whose id is "<rooli>/<alue>" (roolit/<rooli>/<alue>.md)."""
    return ROLE.page(f"{role_id}/{region_id}")


def legal_page(basis_id: str) -> str:
    return LEGAL.page(basis_id)


def region_page(region_id: str) -> str:
    return REGION.page(region_id)


def service_page(service_id: str) -> str:
    return SERVICE.page(service_id)


def form_page(form_id: str) -> str:
    return FORM.page(form_id)


def comparison_page(service_id: str) -> str:
    return COMPARISON.page(service_id)


def comparison_part_page(service_id: str, part: str) -> str:
    """One part of a split comparison: a COMPARISON page whose id is "<palvelu>/<osa>"."""
    return COMPARISON.page(f"{service_id}/{part}")


def step_anchor(step_id: str) -> str:
    return f"vaihe-{step_id}"


def relative(from_page: str, to_path: str) -> str:
    """A link from one docs page to another docs path, as MkDocs expects ('../roolit/x.md')."""
    target, _, fragment = to_path.partition("#")
    link = _relative_path(posixpath.dirname(from_page), target) if target else ""
    return f"{link}#{fragment}" if fragment else link


@functools.lru_cache(maxsize=65536)
def _relative_path(base: str, target: str) -> str:
    """posixpath.relpath for two docs-relative paths, without its two abspath calls (a page links to dozens of
    pages and the site has thousands: relpath was a third of the page templates' time)."""
    if ".." in base.split("/") or ".." in target.split("/"):
        return posixpath.relpath(target, base or ".")  # not a docs path; the general rule
    base_parts = [p for p in base.split("/") if p and p != "."]
    target_parts = [p for p in target.split("/") if p and p != "."]
    common = 0
    for mine, theirs in zip(base_parts, target_parts, strict=False):
        if mine != theirs:
            break
        common += 1
    parts = [".."] * (len(base_parts) - common) + target_parts[common:]
    return "/".join(parts) or "."

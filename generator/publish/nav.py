"""The site navigation, generated from the knowledge graph so new models appear without edits."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard

from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page

from generator.messages import message
from generator.render import urls
from generator.render.collation import finnish_key
from generator.render.content import SiteContent
from generator.render.pages.comparison import QUESTIONS, part_pages
from generator.render.text import attr, t
from generator.resolve import KnowledgeGraph

NavItem = dict[str, Any] | str
# A process page's navigation lists its region's processes up to this many. A longer list (twenty a region at
# national scale, about 200 bytes each on each of the region's pages, a twentieth of a process page) is one link to
# the region's page instead, which lists them all with their services and states.
REGION_LIST_LIMIT = 10
# Titles are HTML-escaped (attr): MkDocs writes nav titles into the page without escaping them.
# Section titles are interface text (messages/fi/nav.yaml).
# The hand-written maintainer guide (content/yllapito/), in reading order: (title, page).
MAINTAINER_GUIDE = (
    (message("nav.guide.in_browser"), "yllapito/selaimessa.md"),
    (message("nav.guide.in_editor"), "yllapito/editorissa.md"),
    (message("nav.guide.new_model"), "yllapito/uusi-malli.md"),
    (message("nav.guide.example"), "yllapito/esimerkki.md"),
    (message("nav.guide.questionnaire"), "yllapito/kysely.md"),
    (message("nav.guide.commands"), "yllapito/komennot.md"),
    (message("nav.guide.checks"), "yllapito/tarkistukset.md"),
    (message("nav.guide.engine"), "yllapito/julkaisumoottori.md"),
    (message("nav.guide.security"), "yllapito/tietoturva.md"),
)


def _section(title: str, index: str, items: list[tuple[str, str]]) -> NavItem:
    return {title: [index, *({name: path} for name, path in items)]}


def _processes_by_region(graph: KnowledgeGraph) -> list[NavItem]:
    """One sub-section per region; `page_nav` shows a page only its own region's sub-section."""
    regions = sorted(graph.processes_by_region, key=lambda r: t(graph.regions[r].name))
    return [{attr(graph.regions[r].name): _region_processes(graph, r)} for r in regions]


def _region_processes(graph: KnowledgeGraph, region: str) -> list[NavItem]:
    processes = sorted((graph.processes[p] for p in graph.processes_by_region[region]), key=lambda p: t(p.title))
    return [{attr(p.title): urls.process_page(p.id)} for p in processes]


def _roles(graph: KnowledgeGraph, content: SiteContent) -> NavItem:
    """A role that takes part somewhere is a section: its overview, then one page per region."""
    present = {p.path for p in content.pages}
    items: list[NavItem] = ["roolit/index.md"]
    for role in sorted(graph.roles.values(), key=lambda r: finnish_key(t(r.name))):
        regions = [rid for rid in graph.regions if urls.role_region_page(role.id, rid) in present]
        regions.sort(key=lambda rid: finnish_key(t(graph.regions[rid].name)))
        if not regions:
            items.append({attr(role.name): urls.role_page(role.id)})
            continue
        items.append({attr(role.name): [{message("nav.all_regions"): urls.role_page(role.id)},
                                        *({attr(graph.regions[rid].name): urls.role_region_page(role.id, rid)}
                                          for rid in regions)]})
    return {message("nav.roles"): items}


def _comparisons(graph: KnowledgeGraph, content: SiteContent, present: set[str]) -> list[NavItem]:
    """A comparison split into parts is a section: its overview, then a page per part; questions split into
    groups are a section of their own (the groups listed, then a page per group)."""
    items: list[NavItem] = []
    for sid in graph.services:
        if urls.comparison_page(sid) not in present:
            continue
        parts = part_pages(sid)
        if parts[1][1] in present:
            groups_folder = urls.comparison_part_page(sid, QUESTIONS).removesuffix(".md") + "/"
            groups = [{attr(p.nav_title or p.path): p.path} for p in content.pages if p.path.startswith(groups_folder)]
            items.append({attr(graph.services[sid].name): [
                {title: [path, *groups]} if groups and path.endswith(f"/{QUESTIONS}.md") else {title: path}
                for title, path in parts]})
        else:
            items.append({attr(graph.services[sid].name): urls.comparison_page(sid)})
    return items


def build_nav(graph: KnowledgeGraph, content: SiteContent) -> list[NavItem]:
    present = {p.path for p in content.pages}
    nav: list[NavItem] = [
        {message("nav.home"): urls.HOME},
        {message("nav.processes"): [urls.PROCESS.index, *_processes_by_region(graph)]},
        _roles(graph, content),
        _section(message("nav.services"), urls.SERVICE.index,
                 [(attr(s.name), urls.service_page(s.id)) for s in graph.services.values()]),
    ]
    comparisons = _comparisons(graph, content, present)
    if comparisons and urls.COMPARISON.index in present:
        nav.append({message("nav.comparison"): [urls.COMPARISON.index, *comparisons]})
    nav.append(_section(message("nav.regions"), urls.REGION.index,
                        [(attr(r.name), urls.region_page(r.id)) for r in graph.regions.values()]))
    forms = [(attr(f.title), urls.form_page(f.id)) for f in graph.forms.values() if urls.form_page(f.id) in present]
    if forms and urls.FORM.index in present:
        nav.append(_section(message("nav.forms"), urls.FORM.index, forms))
    nav.append(_section(message("nav.legal"), urls.LEGAL.index,
                        [(attr(f"{t(b.act)} {b.section or ''}".strip() + f" ({b.number})"), urls.legal_page(b.id))
                         for b in graph.legal_bases.values()]))
    nav += [
        {message("nav.glossary"): urls.GLOSSARY},
        {message("nav.sources"): urls.SOURCES},
        {message("nav.maintenance"): ["yllapito/index.md", *({title: path} for title, path in MAINTAINER_GUIDE),
                                      {message("nav.format"): urls.FORMAT_REFERENCE},
                                      {message("nav.codes"): urls.CODE_REFERENCE},
                                      {message("nav.content_check"): urls.CONTENT_CHECK},
                                      {message("nav.performance"): "suorituskyky.md"}]},
        {message("nav.accessibility"): "saavutettavuusseloste.md"},
        {message("nav.feedback"): "palaute.md"},
    ]
    return nav


def long_region_lists(graph: KnowledgeGraph) -> dict[str, str]:
    """The navigation title of each region with more processes than REGION_LIST_LIMIT → its region page's source
    path (the plugin turns it into the page's URL, see `page_nav`)."""
    return {attr(graph.regions[r].name): urls.region_page(r) for r, processes in graph.processes_by_region.items()
            if len(processes) > REGION_LIST_LIMIT}


def page_nav(nav: Navigation, region_urls: Mapping[str, str] | None = None) -> Navigation:
    """The navigation one page shows: the site's, with every sub-section the page is not in left out.

    Material's navigation.prune already renders an inactive top-level section as one link, but it still lists
    every sibling of the current sub-section: a process page carried the names of all regions (and at national
    scale that list was a third of the page). Here a process page shows Prosessit → its own region → that
    region's processes; the other regions are one click away on the Prosessit page, which lists them all. A region
    in `region_urls` (section title → its region page's URL; see long_region_lists) lists only the page itself and
    a link to the region's page, which lists every process of the region.
    Sections are copied, never changed: MkDocs shares one navigation between all pages.
    """
    region_urls = region_urls or {}
    collapsed = Navigation([_own_branch(item, region_urls) if _is_active_section(item) else item
                            for item in nav.items], nav.pages)
    collapsed.homepage = nav.homepage
    return collapsed


def _is_active_section(item: object) -> TypeGuard[Section]:
    return isinstance(item, Section) and item.active


def _own_branch(section: Section, region_urls: Mapping[str, str]) -> Section:
    children = [_own_branch(child, region_urls) if _is_active_section(child) else child for child in section.children
                if not isinstance(child, Section) or child.active]
    region_url = region_urls.get(section.title)
    if region_url is not None and all(_is_process_page(child) for child in section.children):
        link = Link(message("nav.region_processes", count=len(section.children)), region_url)
        children = [*(child for child in children if isinstance(child, Page) and child.active), link]
    copy = Section(section.title, children)
    copy.parent = section.parent
    copy.active = True
    for child in children:
        if isinstance(child, Link):
            child.parent = copy
    return copy


def _is_process_page(item: object) -> bool:
    return isinstance(item, Page) and item.file.src_uri.startswith(f"{urls.PROCESS.folder}/")

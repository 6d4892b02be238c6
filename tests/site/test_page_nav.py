"""A process page's navigation: its own region's processes, or past REGION_LIST_LIMIT a link to the region page."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Link, Navigation, Section, get_navigation
from mkdocs.structure.pages import Page

from generator.publish.nav import page_nav


def _navigation(processes: int) -> tuple[Navigation, list[Page]]:
    config = MkDocsConfig()
    config.load_dict({"site_name": "Polku", "docs_dir": "content", "nav": [
        {"Prosessit": [{"Alue A": [{f"Prosessi {n}": f"prosessit/a-{n}.md"} for n in range(processes)]},
                       {"Alue B": [{"Prosessi B": "prosessit/b.md"}]}]},
        {"Alueet": [{"Alue A": "alueet/a.md"}]},
    ]})
    assert config.validate() == ([], [])
    paths = [*(f"prosessit/a-{n}.md" for n in range(processes)), "prosessit/b.md", "alueet/a.md"]
    files = Files([File(path, "content", "site", use_directory_urls=True) for path in paths])
    nav = get_navigation(files, config)
    return nav, nav.pages


def _region_entries(nav: Navigation) -> list[tuple[str, str]]:
    (processes,) = [item for item in nav.items if isinstance(item, Section) and item.title == "Prosessit"]
    (region,) = [item for item in processes.children if isinstance(item, Section) and item.title == "Alue A"]
    return [(item.title or "", item.url if isinstance(item, Link) else item.file.src_uri)
            for item in region.children if isinstance(item, Link | Page)]


def test_a_long_region_list_is_the_page_itself_and_a_link_to_the_region_page() -> None:
    nav, pages = _navigation(12)
    pages[3].active = True  # MkDocs marks the sections above it active too
    shown = page_nav(nav, {"Alue A": "alueet/a/"})
    assert _region_entries(shown) == [("Prosessi 3", "prosessit/a-3.md"), ("Alueen kaikki prosessit (12)", "alueet/a/")]
    assert len(_region_entries(nav)) == 12  # the site's own navigation is unchanged


def test_a_region_not_marked_long_lists_every_process() -> None:
    nav, pages = _navigation(3)
    pages[1].active = True
    assert _region_entries(page_nav(nav, {})) == [(f"Prosessi {n}", f"prosessit/a-{n}.md") for n in range(3)]

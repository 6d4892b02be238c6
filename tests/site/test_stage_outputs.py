"""Every stage output reaches the pages that show it: the form downloads, the diagrams and the history.

The stages hand typed values to the page templates by name; a renamed field or template name must
make a page lose nothing silently. These tests read the built pages, as a reader would see them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.render.content import RenderOptions, SiteContent
from generator.render.site import render_site
from generator.render.text import inline
from generator.resolve import KnowledgeGraph

REPO_ROOT = Path(__file__).resolve().parents[2]



@pytest.fixture(scope="module")
def site(graph: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> SiteContent:
    cache = tmp_path_factory.mktemp("cache")
    return render_site(graph, RenderOptions(repo_root=str(REPO_ROOT), cache_dir=str(cache)))


def section(page: str, heading: str) -> list[str]:
    """The non-empty lines under `## heading` up to the next heading of that level."""
    lines = page.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0].splitlines()
    return [line for line in lines if line.strip()]


def test_process_pages_offer_both_downloads_of_every_form(graph: KnowledgeGraph, site: SiteContent) -> None:
    checked = 0
    for pid, process in graph.processes.items():
        page = site.page(f"prosessit/{pid}.md")
        assert page is not None
        form_ids = list(dict.fromkeys(f for step in process.steps for f in step.forms))
        expected = [f"- [{inline(graph.forms[f].title)}](../lomakkeet/{f}.md) – lataa "
                    f"[Word (DOCX)](../lomakkeet/{f}.docx) tai [täytettävä PDF](../lomakkeet/{f}.pdf)"
                    for f in form_ids]
        assert section(page.content, "Lomakkeet")[:len(expected)] == expected, pid
        checked += len(expected)
    assert checked > 0, "the repository's processes use forms"


def test_download_links_point_at_files_the_site_carries(site: SiteContent) -> None:
    assets = {a.path for a in site.assets}
    linked = {f"lomakkeet/{name}" for page in site.pages if page.path.startswith("prosessit/")
              for name in re.findall(r"\]\(\.\./lomakkeet/([a-z0-9-]+\.(?:docx|pdf))\)", page.content)}
    assert linked, "process pages link form files"
    assert linked <= assets


def test_process_pages_inline_their_diagram(graph: KnowledgeGraph, site: SiteContent) -> None:
    for pid in graph.processes:
        page = site.page(f"prosessit/{pid}.md")
        assert page is not None
        assert page.content.count('<div class="polku-kaavio"') == 1, pid
        assert (f"Lataa kaavio: [SVG-kuvana](../kaaviot/prosessi-{pid}.svg) tai "
                f"[BPMN 2.0 -tiedostona](../kaaviot/prosessi-{pid}.bpmn)") in page.content, pid
        assert {f"kaaviot/prosessi-{pid}.svg", f"kaaviot/prosessi-{pid}.bpmn"} <= {a.path for a in site.assets}


def test_process_history_shows_the_models_changelog(graph: KnowledgeGraph, site: SiteContent) -> None:
    for pid, process in graph.processes.items():
        page = site.page(f"prosessit/{pid}.md")
        assert page is not None
        history = section(page.content, "Muutoshistoria")
        assert history[0] == "| Päivämäärä | Muutos |", pid
        # git dates say only "Kuvausta päivitetty."; every other row is one of the model's changelog entries
        rows = [line for line in history[2:] if line.startswith("| ")]
        logged = [line for line in rows if not line.endswith("| Kuvausta päivitetty. |")]
        assert len(logged) == len(process.changelog), pid


def test_home_lists_the_latest_changes(site: SiteContent) -> None:
    home = site.page("index.md")
    assert home is not None
    lines = section(home.content, "Viimeisimmät muutokset")
    assert 1 <= len(lines) <= 10
    assert all(line.startswith("- ") and "](prosessit/" in line for line in lines)

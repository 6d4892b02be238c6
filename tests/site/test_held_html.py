"""A page's HTML waits on disk between MkDocs' reading and writing passes (publish/held_html.py) and comes back
exactly as it went, and nothing of it stays behind after the build."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page as MkDocsPage

from generator.publish.held_html import HeldHtml
from generator.publish.plugin import PolkuPlugin

# line ends of every kind, Finnish letters, a dash and an emoji: what a page's HTML may hold
TRICKY = '<p title="Työ–pari">Rivi\r\nja\rrivi\n\tä ö å — 😀</p>\n'


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def test_a_held_page_comes_back_exactly_once(scratch: Path) -> None:
    held = HeldHtml()
    held.hold("prosessit/a.md", TRICKY)
    held.hold("prosessit/b.md", "<p>b</p>")
    assert held.take("prosessit/a.md") == TRICKY
    assert (held.holds("prosessit/a.md"), held.holds("prosessit/b.md")) == (False, True)


def test_a_page_held_again_keeps_only_its_last_html(scratch: Path) -> None:
    held = HeldHtml()
    held.hold("index.md", "<p>vanha</p>")
    held.hold("index.md", "<p>uusi</p>")
    assert held.take("index.md") == "<p>uusi</p>"


def test_nothing_stays_on_disk_after_the_build(scratch: Path) -> None:
    held = HeldHtml()
    held.hold("prosessit/a.md", TRICKY)
    held.hold("prosessit/b.md", TRICKY)
    held.take("prosessit/a.md")
    held.clear()
    assert (list(scratch.iterdir()), held.holds("prosessit/b.md")) == ([], False)


def test_a_page_outside_the_nav_keeps_the_title_of_its_heading(tmp_path: Path) -> None:
    """MkDocs works the title of a page that is not in the navigation (a comparison's question-group page) out from
    its Markdown each time it is read; the plugin drops the Markdown once the page is rendered, and without pinning
    the title first the page and its children showed "None" where the title belongs."""
    docs = tmp_path / "docs"
    (docs / "vertailu").mkdir(parents=True)
    (docs / "vertailu" / "kysymykset.md").write_text("# Kysymykset: ohjautuminen\n\nTeksti.\n", encoding="utf-8")
    config = MkDocsConfig()
    config.load_dict({"site_name": "Polku", "docs_dir": str(docs), "site_dir": str(tmp_path / "site")})
    assert config.validate() == ([], [])
    file = File("vertailu/kysymykset.md", str(docs), str(tmp_path / "site"), use_directory_urls=True)
    page = MkDocsPage(None, file, config)
    page.read_source(config)
    files = Files([file])
    page.render(config, files)
    PolkuPlugin().on_page_content(page.content or "", page=page, config=config, files=files)
    assert page.markdown is None
    assert page.title == "Kysymykset: ohjautuminen"


def test_pages_held_and_taken_in_any_order_come_back_whole(scratch: Path) -> None:
    """A rebuild holds a page again after it was taken; a page larger than any buffer comes back whole."""
    held = HeldHtml()
    pages = {f"sivu-{i}.md": f"<p>{i}</p>" * (i * 5000 + 1) + TRICKY for i in range(4)}
    for page, html in pages.items():
        held.hold(page, html)
    assert held.take("sivu-2.md") == pages["sivu-2.md"]
    held.hold("sivu-2.md", TRICKY)
    assert [held.take(page) for page in ("sivu-3.md", "sivu-2.md", "sivu-0.md", "sivu-1.md")] == [
        pages["sivu-3.md"], TRICKY, pages["sivu-0.md"], pages["sivu-1.md"]]

"""A page's HTML waits on disk between MkDocs' reading and writing passes (publish/held_html.py) and comes back
exactly as it went, and nothing of it stays behind after the build."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from generator.publish.held_html import HeldHtml

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

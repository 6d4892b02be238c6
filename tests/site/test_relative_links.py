"""Links between generated pages: the fast relative-path rule gives exactly what posixpath.relpath gives, for
every pair of pages (and their files) the real site has."""

from __future__ import annotations

import posixpath

from generator.project import Project
from generator.render import urls
from generator.render.content import RenderOptions
from generator.render.site import render_site
from generator.resolve import resolve
from tests.forms.conftest import ROOT


def _site_paths() -> list[str]:
    result = Project.at(ROOT).validate()
    assert result.ok
    content = render_site(resolve(result.models), RenderOptions(repo_root=str(ROOT)))
    return sorted({p.path for p in content.pages} | {a.path for a in content.assets})


def test_every_link_between_the_sites_pages_matches_relpath() -> None:
    paths = _site_paths()
    assert len(paths) > 150
    wrong = [(page, target, urls.relative(page, target))
             for page in paths[::7] for target in paths
             if urls.relative(page, target) != posixpath.relpath(target, posixpath.dirname(page) or ".")]
    assert wrong == []


def test_anchors_and_parent_folders_keep_their_meaning() -> None:
    assert urls.relative("prosessit/a.md", "prosessit/a.md#vaihe-x") == "a.md#vaihe-x"
    assert urls.relative("roolit/asiakas/satakunta.md", "index.md") == "../../index.md"
    assert urls.relative("index.md", "roolit/asiakas/index.md") == "roolit/asiakas/index.md"
    assert urls.relative("roolit/asiakas/index.md", "roolit/index.md#a") == "../index.md#a"
    assert urls.relative("a/b.md", "") == ""

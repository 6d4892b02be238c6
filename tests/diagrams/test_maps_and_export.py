"""Service-path maps, region maps, the kaaviot/ assets and `polku export diagrams`."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.render.content import RenderOptions
from generator.render.diagrams.links import rebase
from generator.render.diagrams.paths import paths_through, service_paths
from generator.render.diagrams.stage import SiteDiagrams, file_svg, render_specs
from generator.render.diagrams.svg_accessibility import accessible_svg, file_and_inline_svg
from generator.resolve import KnowledgeGraph
from tests.diagrams import svg_facts
from tests.diagrams.conftest import REPO_ROOT, DiagramRun


def diagrams_of(content: DiagramRun) -> SiteDiagrams:
    return content.output


@pytest.mark.content
def test_service_map_shows_routes_through_the_service(repo_graph: KnowledgeGraph, repo_content: DiagramRun) -> None:
    paths = paths_through(service_paths(repo_graph), "palkkatuki")
    assert {(p.source, p.target) for p in paths} >= {("tyollistymista-tukeva-toiminta", "palkkatuki")}
    svg = diagrams_of(repo_content).services["palkkatuki"].svg
    root = svg_facts.parse(svg)
    services = svg_facts.groups(root, "kaavio-palvelu-")
    assert {"palkkatuki", "tyollistymista-tukeva-toiminta"} <= set(services)
    assert svg_facts.step_links(services["tyollistymista-tukeva-toiminta"]) == ["../tyollistymista-tukeva-toiminta/"]


def test_every_service_with_a_path_has_a_map_and_others_none(repo_graph: KnowledgeGraph,
                                                            repo_content: DiagramRun) -> None:
    every = service_paths(repo_graph)
    with_paths = {s for s in repo_graph.services if paths_through(every, s)}
    assert set(diagrams_of(repo_content).services) == with_paths


def test_region_map_links_each_process(repo_graph: KnowledgeGraph, repo_content: DiagramRun) -> None:
    for region_id, diagram in diagrams_of(repo_content).regions.items():
        root = svg_facts.parse(diagram.svg)
        shown = svg_facts.groups(root, "kaavio-prosessi-")
        expected = {pid for pid, p in repo_graph.processes.items()
                    if region_id in repo_graph.region_and_parents(p.region)}
        assert set(shown) == expected
        for pid, group in shown.items():
            assert svg_facts.step_links(group) == [f"../../prosessit/{pid}/"]


@pytest.mark.content
def test_assets_under_kaaviot_with_stable_names(repo_graph: KnowledgeGraph, repo_content: DiagramRun) -> None:
    names = {a.path for a in repo_content.assets if a.path.startswith("kaaviot/")}
    assert {f"kaaviot/prosessi-{pid}.svg" for pid in repo_graph.processes} <= names
    asset = next(a for a in repo_content.assets if a.path == "kaaviot/prosessi-padasjoki-padaspaletti.svg")
    links = {a.get("href") for a in svg_facts.parse(asset.data.decode()).iter("{http://www.w3.org/2000/svg}a")}
    assert "../prosessit/padasjoki-padaspaletti/#vaihe-tyokokeilu" in links


@pytest.mark.content
def test_diagram_pages_inline_the_svg_with_a_skip_link(repo_graph: KnowledgeGraph) -> None:
    from generator.render.content import RenderOptions
    from generator.render.site import render_site

    content = render_site(repo_graph, RenderOptions(repo_root=str(REPO_ROOT)))
    page = content.page("prosessit/padasjoki-padaspaletti.md")
    assert page is not None
    assert '<div class="polku-kaavio"' in page.content and 'href="#vaiheet"' in page.content
    assert "\n## Vaiheet\n" in page.content
    for step in repo_graph.processes["padasjoki-padaspaletti"].steps:
        assert f"{{ #vaihe-{step.id} }}" in page.content


@pytest.mark.parametrize(("fmt", "magic"), [("svg", b"<svg"), ("png", b"\x89PNG")])
def test_export_writes_every_diagram(tmp_path: Path, repo_graph: KnowledgeGraph, fmt: str, magic: bytes) -> None:
    out = tmp_path / "kaaviot"
    assert main(["--root", str(REPO_ROOT), "export", "diagrams", "--format", fmt, "--out", str(out)]) == 0
    written = sorted(p.name for p in out.iterdir())
    assert {f"prosessi-{pid}.{fmt}" for pid in repo_graph.processes} <= set(written)
    assert any(n.startswith("palvelu-") for n in written) and any(n.startswith("alue-") for n in written)
    assert all((out / n).read_bytes().startswith(magic) for n in written)


def test_export_refuses_a_format_the_target_lacks(tmp_path: Path) -> None:
    assert main(["--root", str(REPO_ROOT), "export", "forms", "--format", "png", "--out", str(tmp_path)]) == 1


def test_hand_made_dot_gets_the_shared_style_and_an_asset(fixture_graph: KnowledgeGraph, fixture_root: Path,
                                                          tmp_path: Path) -> None:
    from tests.diagrams.conftest import draw

    hand_made = fixture_root / "diagrams" / "yleiskuva.gv"
    hand_made.parent.mkdir(exist_ok=True)
    hand_made.write_text('digraph yleiskuva { a [label="Palvelu"]; a -> b }\n', encoding="utf-8")
    try:
        content = draw(fixture_graph, fixture_root, tmp_path)
    finally:
        hand_made.unlink()
    asset = next(a for a in content.assets if a.path == "kaaviot/kuva-yleiskuva.svg")
    assert b'font-family="DejaVu Sans"' in asset.data and b"Palvelu" in asset.data


def test_one_parse_gives_the_same_file_and_inline_svg(repo_graph: KnowledgeGraph, tmp_path: Path) -> None:
    """The diagram stage parses each drawing once for its file and its inline copy: the bytes are those of the
    file (natural size, links rebased for kaaviot/) and of the inline SVG made each from its own parse."""
    drawn, _ = render_specs(repo_graph, RenderOptions(repo_root=str(REPO_ROOT), cache_dir=str(tmp_path)))
    assert len(drawn) > 10
    for item in drawn:
        page = item.spec.page
        rewrite = (lambda link, page=page: rebase(link, page)) if page else None
        assert file_and_inline_svg(item.raw, item.spec.text, rewrite) == (
            file_svg(item.spec, item.raw), accessible_svg(item.raw, item.spec.text, inline=True)), item.spec.job.name

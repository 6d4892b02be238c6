"""Page weight on the built site: the error-code reference and a process page carry nothing twice."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html

from generator.codes import CODES, Example
from generator.render.pages.reference import changed_lines

PROCESS = "prosessit/padasjoki-padaspaletti/index.html"
CODES_PAGE = "yllapito/virhekoodit/index.html"


def _page(site_dir: Path, path: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((site_dir / path).read_bytes())


def test_changed_lines_are_the_lines_that_differ_on_each_side() -> None:
    example = Example(path="x.yaml", bad="a: 1\nb: 2\nc: 3\n", good="a: 1\nb: 20\nb2: 21\nc: 3\n")
    assert changed_lines(example) == ("2", "2 3")


def test_every_code_keeps_its_anchor(site_dir: Path) -> None:
    doc = _page(site_dir, CODES_PAGE)
    assert [h.get("id") for h in doc.xpath("//article//h2[@id]")] == [code.lower() for code in CODES]


def test_examples_are_plain_text_with_the_fix_marked(site_dir: Path) -> None:
    doc = _page(site_dir, CODES_PAGE)
    assert doc.xpath("//article//code//span[not(@class='hll')]") == []  # no per-word colouring
    code = next(c for c in CODES.values() if isinstance(c.example, Example) and all(changed_lines(c.example))
                and c.example.bad.strip())
    (tabs,) = doc.xpath(f"//h2[@id='{code.id.lower()}']/following-sibling::div[contains(@class, 'tabbed-set')][1]")
    bad, good = tabs.xpath(".//code")
    marked_bad = [" ".join(s.text_content().split()) for s in bad.xpath("./span[@class='hll']")]
    marked_good = [" ".join(s.text_content().split()) for s in good.xpath("./span[@class='hll']")]
    example = code.example
    assert isinstance(example, Example)
    bad_lines, good_lines = changed_lines(example)
    assert marked_bad == [" ".join(example.bad.splitlines()[int(n) - 1].split()) for n in bad_lines.split()]
    assert marked_good == [" ".join(example.good.splitlines()[int(n) - 1].split()) for n in good_lines.split()]
    assert (site_dir / CODES_PAGE).stat().st_size < 250_000  # 400 kB with every word of the examples coloured


def test_a_hidden_table_of_contents_is_not_written_twice(site_dir: Path) -> None:
    doc = _page(site_dir, PROCESS)
    (sidebar,) = doc.xpath("//div[@data-md-type='toc']")
    assert sidebar.get("hidden") is not None
    assert sidebar.xpath(".//nav") == []


def test_process_contents_list_the_phases_not_every_step(site_dir: Path) -> None:
    doc = _page(site_dir, PROCESS)
    (toc,) = doc.xpath("//nav[contains(@class, 'md-nav--primary')]//nav[contains(@class, 'md-nav--secondary')]")
    links = [a.get("href") for a in toc.xpath(".//a")]
    steps = [h.get("id") for h in doc.xpath("//article//h4[@id]")]
    phases = [h.get("id") for h in doc.xpath("//article//h3[@id]")]
    assert steps and phases
    assert [link for link in links if link.removeprefix("#") in steps] == []
    assert [link.removeprefix("#") for link in links if link.removeprefix("#") in phases] == phases


def test_matrix_is_centred_by_its_class_not_by_each_cell(site_dir: Path) -> None:
    doc = _page(site_dir, PROCESS)
    (table,) = doc.xpath("//div[@class='polku-vastuumatriisi']/table")
    assert table.xpath(".//*[@style]") == []
    assert " ".join(table.xpath("./preceding::p[1]")[0].text_content().split()) == (
        "Kuka vastaa (V) ja kuka osallistuu (O) kuhunkin vaiheeseen.")


def test_header_and_drawer_icons_come_from_the_stylesheet(site_dir: Path) -> None:
    """The repository icon (about 1.2 kB) and the logo were inlined twice on every page, the menu and edit icons
    once."""
    doc = _page(site_dir, PROCESS)
    sources = doc.xpath("//a[@class='md-source']")
    assert [(s.xpath(".//svg"), s.xpath("./div[1]/@class")) for s in sources] == [
        ([], ["md-source__icon md-icon polku-lahdeikoni"])] * 2
    logos = doc.xpath("//a[contains(@class, 'md-logo')]")
    assert [[(child.tag, child.get("class")) for child in logo] for logo in logos] == [[("span", "polku-logo")]] * 2
    (menu,) = doc.xpath("//header//label[@for='__drawer']")
    (edit,) = doc.xpath("//article/a[@rel='edit']")
    assert [[(child.tag, child.get("class")) for child in icon] for icon in (menu, edit)] == [
        [("span", "polku-ikoni polku-ikoni--valikko")], [("span", "polku-ikoni polku-ikoni--muokkaa")]]


def test_material_search_settings_are_not_written(site_dir: Path) -> None:
    """The site searches with Pagefind: Material's search worker and result texts were 0.7 kB on every page."""
    (config,) = _page(site_dir, PROCESS).xpath("//script[@id='__config']")
    settings = json.loads(config.text)
    assert sorted(settings) == ["annotate", "base", "features", "tags", "translations", "version"]
    assert sorted(settings["translations"]) == ["clipboard.copied", "clipboard.copy", "select.version"]

"""What the validator accepts is built ONCE (`mkdocs build --strict` of a repository copy holding every accepted
payload in every text field of every page kind) and loaded in Debian's Chromium: every element with a `title`
that model text reached is hovered (Material builds those tooltips with innerHTML), and on the pages that show
every payload, every element with a title. 0 dialogs, 0 handler attributes, 0 requests to
another origin (the `page` fixture), 0 tracebacks, nothing written outside the build folder, and the
comparison's CSV and XLSX exports have no cell that starts a formula."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Browser, Page

from tests.browser.dialogs import dialogs_opened
from tests.browser.serving import serve_directory
from tests.browser.worker_page import new_context
from tests.security.hostile_site import SERVICE, HostileSite, hostile_build, payload_pages
from tests.security.payloads import INERT

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HANDLERS = """() => [...document.querySelectorAll('*')].flatMap(el => [...el.attributes]
    .filter(a => /^on/i.test(a.name) || a.name === 'data-pwned').map(a => el.tagName + ' ' + a.name))"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> HostileSite:
    """Built by the first worker that asks, for this module and tests/browser/test_site_security.py."""
    return hostile_build(tmp_path_factory, worker_id)


@pytest.fixture(scope="module")
def hostile_url(hostile_site: HostileSite) -> Iterator[str]:
    with serve_directory(hostile_site.out) as url:
        yield url


@pytest.fixture
def allowed_origin(hostile_url: str) -> str:
    return hostile_url


def test_the_build_wrote_only_into_its_folder_and_printed_no_traceback(hostile_site: HostileSite) -> None:
    assert "Traceback" not in hostile_site.stderr
    changed = {k for k in hostile_site.before.keys() | hostile_site.after.keys()
               if hostile_site.before.get(k) != hostile_site.after.get(k)}
    assert changed == set(), "files outside the build folder were created or changed"
    assert (hostile_site.out / "index.html").is_file()


REAL_PAGE_OF_KIND = {"prosessit": "prosessit/padasjoki-padaspaletti/", "lomakkeet": "lomakkeet/ktt-sopimus/",
                     "saadokset": "saadokset/ktt-laki-16/", "alueet": "alueet/satakunta/",
                     "roolit": "roolit/tyovalmentaja/"}
TITLED = "[title]:not(.md-search__icon), abbr"
SHARED = ["", "sanasto/", "lahteet/", f"vertailu/{SERVICE}/", "yllapito/", "prosessit/", "yllapito/tietoturva/"]


# Where the element's centre is in the window, whether the pointer would land on it there, and whether it sits in
# Material's header topic (the page title there). One round trip instead of hover()'s several (visibility,
# stability over two animation frames, scrolling, hit test): 70 pages of up to 60 titles.
AIM_IN_PLACE = """el => {
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2, y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y);
    return {x, y, clear: hit !== null && (hit === el || el.contains(hit)),
            header_topic: el.closest('.md-header__topic') !== null};
}"""
# The same after scrolling the element to the middle of the window (clear of Material's sticky header); null for an
# element that is not shown.
AIM = f"""el => {{
    if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') return null;
    el.scrollIntoView({{block: 'center', inline: 'center'}});
    return ({AIM_IN_PLACE})(el);
}}"""

# Scroll to the end and resolve after two frames: the scroll event has reached Material (it swaps the header's
# topic then) and the new style is applied, without transitions under reduced motion.
SCROLL_TO_END = """() => new Promise(done => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    requestAnimationFrame(() => requestAnimationFrame(() => done(null)));
})"""


def _visit(page: Page, url: str, site_titles: frozenset[str] = frozenset()) -> int:
    """Open the page, hover every element whose title is not one of `site_titles` (each opens Material's
    tooltip); how many were hovered."""
    # the reader's "reduce motion" setting: Material then turns every CSS transition off (its own media query), so
    # the header's topic swap below needs no 0.4 s wait; what the tooltips put into the page is the same
    page.emulate_media(reduced_motion="reduce")
    # goto waits for "load": every script has run and Material's tooltips are wired (no "networkidle": +0.5 s a page)
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    # every title except the search form's reset icon, which lies under the search field (Material's own text);
    # handles taken once, because Material takes a hovered element's title away for a moment, and their titles read
    # from those same handles: the page's scripts may still add titled elements (the diagram's toolbar) after "load"
    handles = page.locator(TITLED).element_handles()
    titles = page.evaluate("els => els.map(el => el.getAttribute('title') ?? '')", handles)
    titled = [element for element, title in zip(handles, titles, strict=True) if title not in site_titles]
    hovered, covered = 0, []
    for element in titled:
        aim = element.evaluate(AIM)
        if aim is None:
            continue
        if not aim["clear"]:  # e.g. the page's title in the header, shown only once the page has scrolled
            covered.append(element)
            continue
        page.mouse.move(aim["x"], aim["y"])  # a real pointer move onto it (mouseover, mouseenter), as hover() ends
        hovered += 1
    if covered:  # Material shows the page's title in the header once the page has scrolled past its heading
        page.evaluate(SCROLL_TO_END)
    for element in covered:
        aim = element.evaluate(AIM_IN_PLACE)
        if aim["clear"]:
            page.mouse.move(aim["x"], aim["y"])
            hovered += 1
        elif not aim["header_topic"]:  # anything but the header's hidden topic must take the pointer
            element.hover(timeout=5000)
            hovered += 1
        # else: a page too short to scroll past its heading never shows the title in the header: no reader's
        # pointer can reach it either
    page.wait_for_timeout(50)
    return hovered


def _titles(page: Page, url: str) -> frozenset[str]:
    page.goto(url)
    return frozenset(page.locator(TITLED).evaluate_all("els => els.map(el => el.getAttribute('title') ?? '')"))


@pytest.fixture(scope="module")
def site_titles(browser: Browser, hostile_url: str) -> dict[str, frozenset[str]]:
    """Page kind → the titles its page of real content has: the site's own words (logo, "Linkki tähän kohtaan",
    the diagram's zoom buttons, the real glossary), the same on every page of the kind. A payload page hovers only
    the other titles, those its model text reached; the shared pages below hover every title of the site."""
    context = new_context(browser)
    page = context.new_page()
    found = {kind: _titles(page, hostile_url + path) for kind, path in REAL_PAGE_OF_KIND.items()}
    context.close()
    return found


def _what_ran(page: Page, dialogs: list[str]) -> list[str]:
    """Everything on the visited page that shows model text was treated as markup: empty for an inert page."""
    found = [f"dialog {message!r}" for message in dialogs]
    if page.evaluate("() => window.__pwned") is not None:
        found.append("window.__pwned was set")
    found += [f"handler {handler}" for handler in page.evaluate(HANDLERS)]
    if page.locator("img[src*='example.invalid'], iframe, object, embed").count() != 0:
        found.append("an image from another origin, an iframe, object or embed")
    if page.locator(".md-tooltip img, .md-tooltip script, .md-tooltip2 img").count() != 0:
        found.append("an image or script in a tooltip")
    return found


def _visit_all(page: Page, base: str, paths: list[str], titles_of: Callable[[str], frozenset[str]],
               ) -> dict[str, tuple[list[str], int]]:
    """Path → (what ran there, how many titles were hovered): one page visiting each path in turn, as a reader
    does (a new browser context a path cost as much CPU again)."""
    found = {}
    with dialogs_opened(page) as dialogs:
        for path in paths:
            dialogs.clear()
            hovered = _visit(page, base + path, titles_of(path))
            found[path] = (_what_ran(page, dialogs), hovered)
    return found


PAYLOAD_PAGES = {payload.name: payload_pages(index) for index, payload in enumerate(INERT)}


@pytest.mark.browser
@pytest.mark.parametrize("payload", list(PAYLOAD_PAGES))
def test_accepted_payload_pages_are_inert(page: Page, hostile_url: str, site_titles: dict[str, frozenset[str]],
                                          payload: str) -> None:
    """Each of the payload's five pages (process, form, legal basis, region, role)."""
    paths = PAYLOAD_PAGES[payload]
    found = _visit_all(page, hostile_url, paths, lambda path: site_titles[path.split("/")[0]])
    assert {path: ran for path, (ran, _) in found.items()} == {path: [] for path in paths}
    # the payload's own glossary term (VIH<i>) is in the process text: its abbr's title
    assert [path for path, (_, hovered) in found.items() if path.startswith("prosessit/") and hovered < 1] == []


@pytest.mark.browser
def test_pages_showing_every_payload_are_inert(page: Page, hostile_url: str) -> None:
    found = _visit_all(page, hostile_url, SHARED, lambda path: frozenset())
    assert {path: ran for path, (ran, _) in found.items()} == {path: [] for path in SHARED}
    assert [path for path, (_, hovered) in found.items() if hovered < 1] == []


@pytest.mark.browser
def test_a_glossary_tooltip_shows_the_payload_as_text(page: Page, hostile_url: str) -> None:
    index = next(i for i, p in enumerate(INERT) if p.name == "comparisons")
    page.goto(f"{hostile_url}prosessit/vihamielinen-{index}/")
    abbr = page.locator(f"abbr:text-is('VIH{index}')").first
    abbr.hover()
    tooltip = page.locator(".md-tooltip--active, .md-tooltip2--active").first
    tooltip.wait_for(state="visible", timeout=3000)
    assert tooltip.inner_text().strip() == INERT[index].text
    assert tooltip.locator("*").evaluate_all("els => els.filter(e => !['DIV','SPAN'].includes(e.tagName)).length") == 0


def _polku(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(Path(sys.executable).parent / "polku"), "--root", str(repo), *args],
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.parametrize("separator", [",", ";"])
def test_csv_export_has_no_cell_that_starts_a_formula(hostile_site: HostileSite, tmp_path: Path,
                                                     separator: str) -> None:
    out = tmp_path / "vertailu.csv"
    done = _polku(hostile_site.repo, "compare", SERVICE, "--format", "csv", "--separator", separator,
                  "--out", str(out))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=separator))
    cells = [cell for row in rows for cell in row]
    assert [c for c in cells if c.startswith(FORMULA_START)] == []
    assert "'=HYPERLINK(\"https://example.invalid\",\"klik\")" in cells, "the region name is in a header row"


def test_xlsx_export_has_no_formula_cell(hostile_site: HostileSite, tmp_path: Path) -> None:
    out = tmp_path / "vertailu.xlsx"
    done = _polku(hostile_site.repo, "compare", SERVICE, "--format", "xlsx", "--out", str(out))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    workbook = load_workbook(out)
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row
             if cell.value is not None]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert {c.data_type for c in cells} == {"s"}
    headers = [c.value for sheet in workbook.worksheets for c in sheet[1]]
    assert '=HYPERLINK("https://example.invalid","klik")' in headers, "kept as text, never evaluated"

"""The swimlane viewer in the built site: fit, zoom, pan, pinch-free wheel zoom, full screen, sticky lane names,
role highlight, the step panel, links back from the step texts, keyboard use, axe at desktop and phone size,
the page without JavaScript, and printing to A4 landscape (PDF read back with pdftotext)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.axe import assert_accessible
from tests.diagrams.conftest import REPO_ROOT, load_graph

PROCESS = "prosessit/padasjoki-padaspaletti/"
PID = "padasjoki-padaspaletti"
STEP = "tyokokeilu"
GRAPH = load_graph(REPO_ROOT)
VIEWER = ".polku-kaavio-katselin"


def zoom(page: Page) -> float:
    return float(page.locator(VIEWER).get_attribute("data-zoom") or "0")


def geometry(page: Page) -> dict[str, float]:
    result: dict[str, float] = page.evaluate("""() => {
        const box = document.querySelector('.polku-kaavio'), svg = box.querySelector('svg')
        const b = box.getBoundingClientRect(), s = svg.getBoundingClientRect()
        const fonts = [...svg.querySelectorAll('.polku-vaihe text')].map((t) => t.getBoundingClientRect().height)
        return {boxX: b.x, boxY: b.y, boxW: b.width, boxH: b.height, svgX: s.x, svgY: s.y, svgW: s.width,
                svgH: s.height, font: Math.min(...fonts), pageW: document.documentElement.scrollWidth}
    }""")
    return result


def label_px(page: Page) -> float:
    """The smallest step label's font size in CSS px as drawn: its computed font-size (SVG user units) times the
    scale the SVG is drawn at (its drawn width over its viewBox width). Exact, unlike a text box's height,
    which adds the font's ascent and descent (about 1.2 × the font size in DejaVu Sans)."""
    size: float = page.evaluate("""() => {
        const svg = document.querySelector('.polku-kaavio svg')
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
        const sizes = [...svg.querySelectorAll('.polku-vaihe text')]
            .map((t) => parseFloat(getComputedStyle(t).fontSize))
        return Math.min(...sizes) * scale
    }""")
    return size


def open_diagram(page: Page, site_url: str, width: int = 1366, height: int = 900, process: str = PROCESS) -> None:
    page.set_viewport_size({"width": width, "height": height})
    page.goto(site_url + process)
    page.locator(VIEWER).scroll_into_view_if_needed()
    page.wait_for_function("() => document.querySelector('.polku-kaavio-katselin').dataset.zoom")


@pytest.mark.browser
def test_diagram_fits_the_content_width_and_zoom_buttons_work(page: Page, site_url: str) -> None:
    open_diagram(page, site_url)
    fitted = geometry(page)
    assert fitted["svgW"] == pytest.approx(fitted["boxW"], abs=3), "the whole diagram is not in view"
    assert fitted["svgH"] <= fitted["boxH"] + 1
    start = zoom(page)
    page.get_by_role("button", name="Lähennä").click()
    assert zoom(page) == pytest.approx(start * 1.25, rel=0.01)
    page.get_by_role("button", name="Lähennä").click()
    page.get_by_role("button", name="Loitonna").click()
    assert zoom(page) == pytest.approx(start * 1.25, rel=0.01)
    page.get_by_role("button", name="Sovita").click()
    assert zoom(page) == pytest.approx(start, rel=0.001)


@pytest.mark.browser
def test_drag_pans_and_lane_names_stay_in_view(page: Page, site_url: str) -> None:
    open_diagram(page, site_url)
    lanes = page.locator(".polku-kaavio-radat")
    assert not lanes.is_visible(), "at fit the lane names are in the drawing itself"
    for _ in range(4):
        page.get_by_role("button", name="Lähennä").click()
    before = geometry(page)
    x, y = before["boxX"] + before["boxW"] / 2, before["boxY"] + before["boxH"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x - 150, y, steps=5)
    page.mouse.up()
    after = geometry(page)
    assert after["svgX"] == pytest.approx(before["svgX"] - 150, abs=2)
    assert lanes.is_visible(), "panned right, the lane names must stay at the left edge"
    names = page.locator(".polku-kaavio-radat text").all_text_contents()
    assert "Asiakas" in names
    assert "#vaihe-" not in page.url, "a drag must not follow the link under the pointer"


@pytest.mark.browser
def test_ctrl_wheel_zooms_and_plain_wheel_scrolls_the_page(page: Page, site_url: str) -> None:
    open_diagram(page, site_url)
    box = geometry(page)
    page.mouse.move(box["boxX"] + 100, box["boxY"] + 50)
    start, scrolled = zoom(page), page.evaluate("() => window.scrollY")
    page.mouse.wheel(0, 200)
    page.wait_for_function(f"() => window.scrollY > {scrolled}")
    assert zoom(page) == start
    box = geometry(page)
    page.mouse.move(box["boxX"] + 100, box["boxY"] + box["boxH"] / 2)  # the box's top may have scrolled away
    page.keyboard.down("Control")
    page.mouse.wheel(0, -300)
    page.keyboard.up("Control")
    page.wait_for_function(f"() => Number(document.querySelector('{VIEWER}').dataset.zoom) > {start}")


@pytest.mark.browser
def test_full_screen_covers_the_window_and_escape_closes_it(page: Page, site_url: str) -> None:
    open_diagram(page, site_url)
    fitted = zoom(page)
    button = page.get_by_role("button", name="Koko näyttö")
    button.click()
    root = page.locator(VIEWER).bounding_box()
    assert root == {"x": 0, "y": 0, "width": 1366, "height": 900}
    assert page.locator('[data-toiminto="koko"]').get_attribute("aria-pressed") == "true"
    assert zoom(page) > fitted, "full screen gives the diagram more room"
    page.keyboard.press("Escape")
    assert page.locator('[data-toiminto="koko"]').get_attribute("aria-pressed") == "false"
    assert zoom(page) == pytest.approx(fitted, rel=0.001)


@pytest.mark.browser
def test_role_highlight_marks_that_roles_steps(page: Page, site_url: str) -> None:
    open_diagram(page, site_url)
    process = GRAPH.processes[PID]
    role = "asiakas"
    page.get_by_label("Korosta rooli").select_option(role)
    marked = page.locator(".polku-vaihe.polku-korostettu").evaluate_all("els => els.map((e) => e.dataset.vaihe)")
    assert sorted(marked) == sorted(s.id for s in process.steps if s.responsible == role or role in s.participants)
    dimmed = page.locator(".polku-vaihe:not(.polku-korostettu)").first.evaluate(
        "e => getComputedStyle(e).opacity")
    assert float(dimmed) < 0.5
    page.get_by_label("Korosta rooli").select_option("")
    assert page.locator(".polku-korostettu").count() == 0


CHIPS = """() => [...document.querySelectorAll('.polku-osallistuja use')]
    .map((chip) => [chip.dataset.rooli, getComputedStyle(chip).opacity, getComputedStyle(chip).strokeWidth])"""


@pytest.mark.browser
def test_role_highlight_and_hover_mark_each_chip_of_its_own(page: Page, site_url: str) -> None:
    """A step's chips share one link (each a <use> of one stamp): the highlight keeps the role's chips and dims the
    others, and the pointer thickens only the chip it is on."""
    open_diagram(page, site_url)
    page.get_by_label("Korosta rooli").select_option("asiakas")
    assert {(role == "asiakas", opacity) for role, opacity, _ in page.evaluate(CHIPS)} == {(True, "1"), (False, "0.3")}
    page.get_by_label("Korosta rooli").select_option("")
    page.locator(".polku-osallistuja use").nth(1).hover()
    widths = [width for _, _, width in page.evaluate(CHIPS)]
    assert (widths[1], widths.count("1px")) == ("2.5px", len(widths) - 1)


@pytest.mark.browser
def test_clicking_a_step_opens_its_details_beside_the_diagram(page: Page, site_url: str) -> None:
    open_diagram(page, site_url)
    step = next(s for s in GRAPH.processes[PID].steps if s.id == STEP)
    page.locator(f"#kaavio-vaihe-{STEP} a").click()
    panel = page.locator(".polku-kaavio-paneeli")
    assert panel.is_visible()
    assert panel.locator("h3").inner_text() == step.title.fi
    assert "Vastuu:" in panel.inner_text()
    assert "#vaihe-" not in page.url, "the click shows the details instead of leaving the diagram"
    diagram, side = page.locator(".polku-kaavio").bounding_box(), panel.bounding_box()
    assert diagram is not None and side is not None and side["x"] >= diagram["x"] + diagram["width"]
    assert page.locator(f"#kaavio-vaihe-{STEP}").get_attribute("class") is not None
    assert "polku-valittu" in (page.locator(f"#kaavio-vaihe-{STEP}").get_attribute("class") or "")
    panel.get_by_role("link", name="Lue vaiheen koko kuvaus").click()
    page.wait_for_url(f"**/{PROCESS}#vaihe-{STEP}")
    heading = page.locator(f"#vaihe-{STEP}").bounding_box()
    assert heading is not None and 0 <= heading["y"] < 450


@pytest.mark.browser
def test_keyboard_zooms_pans_and_opens_a_step(page: Page, site_url: str) -> None:
    open_diagram(page, site_url)
    page.locator(".polku-kaavio").focus()
    start = zoom(page)
    page.keyboard.press("+")
    page.keyboard.press("+")
    assert zoom(page) == pytest.approx(start * 1.5625, rel=0.01)
    before = geometry(page)["svgX"]
    page.keyboard.press("ArrowRight")
    assert geometry(page)["svgX"] == pytest.approx(before - 60, abs=1)
    page.keyboard.press("0")
    assert zoom(page) == pytest.approx(start, rel=0.001)
    page.keyboard.press("Tab")  # the first step link inside the diagram
    focused = page.evaluate("() => document.activeElement.closest('.polku-vaihe').dataset.vaihe")
    assert focused == GRAPH.processes[PID].steps[0].id
    page.keyboard.press("Enter")
    assert page.locator(".polku-kaavio-paneeli").is_visible()
    assert page.evaluate("() => document.activeElement.tagName") == "H3"


@pytest.mark.browser
def test_step_texts_link_back_to_the_diagram(page: Page, site_url: str) -> None:
    open_diagram(page, site_url)
    for _ in range(3):
        page.get_by_role("button", name="Lähennä").click()
    page.locator(f"#vaihe-{STEP}").scroll_into_view_if_needed()
    page.locator(f'a[href="#kaavio-vaihe-{STEP}"]').click()
    group = page.locator(f"#kaavio-vaihe-{STEP}")
    assert "polku-valittu" in (group.get_attribute("class") or "")
    assert page.evaluate("() => document.activeElement.closest('.polku-vaihe')?.dataset.vaihe") == STEP
    box, step = page.locator(".polku-kaavio").bounding_box(), group.locator("rect, polygon").first.bounding_box()
    assert box is not None and step is not None
    assert box["x"] <= step["x"] and step["x"] + step["width"] <= box["x"] + box["width"]
    assert box["y"] <= step["y"] and step["y"] + step["height"] <= box["y"] + box["height"]
    assert 0 <= box["y"] < 900


READABLE_PX = 11  # the smallest step label a reader is expected to read without zooming
SCREEN_STEPS = 20  # a process of up to this many steps must be readable whole in the desktop's first view
# Processes known to miss the desktop target, with the numbers (none now). The last was Etelä-Pohjanmaa's
# kuntouttava työtoiminta: stacking its chains (layout.runs) took it from 1819 × 666 px (6.2 px labels at fit)
# to 1308 × 895 px (8.6 px), narrower condition labels and tighter chips to 1279 × 871 px (8.8 px), small
# decision diamonds with the question under them to 1199 × 819 px, 9.4 px in the content column's box of
# 1023 × 762 px; a diagram the column would shrink now has its tools beside it, and the left navigation's
# place too when it needs the width (kaaviot.js Viewer.chooseWidth), a box of 1218 × 850 px at most: 11.2 px.
TOO_WIDE: dict[str, str] = {}
SHORT = [pytest.param(pid, marks=pytest.mark.xfail(reason=TOO_WIDE[pid], strict=True)) if pid in TOO_WIDE else pid
         for pid, process in sorted(GRAPH.processes.items()) if len(process.steps) <= SCREEN_STEPS]


def whole_in_view(page: Page) -> None:
    """The fitted view draws the whole SVG inside its box, and the viewer fits under the header in the window."""
    fitted = geometry(page)
    natural = page.evaluate("() => document.querySelector('.polku-kaavio svg').viewBox.baseVal.width")
    assert fitted["svgW"] == pytest.approx(natural * zoom(page), rel=0.002), "the fit draws the whole SVG"
    assert fitted["boxX"] <= fitted["svgX"] and fitted["svgX"] + fitted["svgW"] <= fitted["boxX"] + fitted["boxW"] + 1
    assert fitted["boxY"] <= fitted["svgY"] and fitted["svgY"] + fitted["svgH"] <= fitted["boxY"] + fitted["boxH"] + 1
    room = page.evaluate("() => innerHeight - document.querySelector('.md-header').offsetHeight")
    assert page.locator(VIEWER).evaluate("e => e.getBoundingClientRect().height") <= room


@pytest.mark.browser
@pytest.mark.parametrize("pid", SHORT)
def test_desktop_first_view_shows_the_whole_process_with_readable_labels(page: Page, site_url: str,
                                                                          pid: str) -> None:
    open_diagram(page, site_url, 1366, 900, f"prosessit/{pid}/")
    whole_in_view(page)
    assert label_px(page) >= READABLE_PX


WIDE_PROCESS = "prosessit/etela-pohjanmaa-kuntouttava-tyotoiminta/"  # 1199 × 819 px


@pytest.mark.browser
@pytest.mark.parametrize("size", [(1366, 900), (1700, 900)], ids=["wider-than-the-column", "too-tall-for-it"])
def test_a_diagram_the_column_would_shrink_takes_the_navigations_place_with_its_tools_beside(
        page: Page, site_url: str, size: tuple[int, int]) -> None:
    """At 1366 px the content column's box is 1023 × 762 px, at 1700 px 1224 px wide but as low: the column would
    shrink this diagram (9.4 and 10.1 px labels). It is given the window's width from 0.6rem off its left edge,
    over the left navigation, with its tools in a column to the left of the box so that the box has the
    window's height under the header; the page does not scroll sideways. Full screen and back returns to the
    same view."""
    open_diagram(page, site_url, *size, WIDE_PROCESS)
    fitted = geometry(page)
    tools, viewer = page.locator(".polku-kaavio-tyokalut").bounding_box(), page.locator(VIEWER).bounding_box()
    navigation = page.locator(".md-sidebar--primary").bounding_box()
    assert tools is not None and viewer is not None and navigation is not None
    assert 0 < viewer["x"] < navigation["x"] and viewer["x"] + viewer["width"] <= size[0], "over the navigation"
    assert tools["x"] + tools["width"] <= fitted["boxX"] and tools["y"] == fitted["boxY"]
    assert fitted["pageW"] == size[0]
    assert label_px(page) >= READABLE_PX
    start = zoom(page)
    page.get_by_role("button", name="Koko näyttö").click()
    assert page.locator(VIEWER).bounding_box() == {"x": 0, "y": 0, "width": size[0], "height": size[1]}
    page.keyboard.press("Escape")
    assert zoom(page) == pytest.approx(start, rel=0.001)
    assert page.locator(VIEWER).bounding_box() == viewer


@pytest.mark.browser
def test_the_wide_view_makes_room_for_the_keyboard_in_the_navigation(page: Page, site_url: str) -> None:
    """A link of the left navigation focused from the keyboard is never under the diagram: the viewer returns to
    the column while the focus is there, and takes the wide view again when the focus leaves."""
    open_diagram(page, site_url, 1366, 900, WIDE_PROCESS)
    page.locator(".md-sidebar--primary a[href]:visible").last.focus()
    # the focus scrolled the window; Material sizes its sidebar to the new scroll position in the next animation
    # frame. A reader's next key press comes long after that: so does this one (without the wait, the headless
    # shell could take Shift+Tab first, and Material's resize then left the focused link outside the sidebar's view)
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(null))))")
    page.keyboard.press("Shift+Tab")
    covering = page.evaluate("""() => {
        const link = document.activeElement, r = link.getBoundingClientRect()
        return [link.closest('.md-sidebar--primary') !== null,
                link.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2))]
    }""")
    assert covering == [True, True], "the focused link is on top"
    column = page.locator(".md-content__inner > h1").bounding_box()
    viewer = page.locator(VIEWER).bounding_box()
    assert column is not None and viewer is not None and viewer["x"] == column["x"]
    page.locator(".polku-kaavio").focus()
    page.wait_for_function(f"() => document.querySelector('{VIEWER}').getBoundingClientRect().x === 12")
    assert label_px(page) >= READABLE_PX


@pytest.mark.browser
def test_a_narrow_diagram_limited_by_its_height_gets_the_toolbar_beside_it_in_the_column(
        page: Page, site_url: str) -> None:
    """Satakunta (524 × 615 px) at 1280 × 720: under the toolbar the column's box is 584 px high (10.4 px
    labels). The tools move to a column beside the box, which then has the window's height under the header; the
    diagram does not need the navigation's width, so the viewer stays in the content column."""
    open_diagram(page, site_url, 1280, 720, "prosessit/satakunta-sosiaalihuollon-tyollistymista-tukeva-palvelupolku/")
    fitted = geometry(page)
    column = page.locator(".md-content__inner > h1").bounding_box()
    viewer, tools = page.locator(VIEWER).bounding_box(), page.locator(".polku-kaavio-tyokalut").bounding_box()
    assert column is not None and viewer is not None and tools is not None
    assert viewer["x"] == column["x"]
    assert tools["x"] + tools["width"] <= fitted["boxX"] and tools["y"] == fitted["boxY"]
    assert label_px(page) >= READABLE_PX


@pytest.mark.browser
@pytest.mark.parametrize(("process", "size"), [(PROCESS, (1366, 900)), (WIDE_PROCESS, (1100, 900))],
                         ids=["fits-the-column", "window-without-navigation"])
def test_the_viewer_keeps_its_toolbar_above_a_diagram_that_fits_or_on_a_narrower_window(
        page: Page, site_url: str, process: str, size: tuple[int, int]) -> None:
    """Padasjoki (967 × 676 px) fits the column at 1366 × 900; at 1100 px Material shows no left navigation
    and the column is the window's. The viewer stays in the column, its toolbar above the diagram."""
    open_diagram(page, site_url, *size, process)
    column = page.locator(".md-content__inner > h1").bounding_box()
    viewer, tools = page.locator(VIEWER).bounding_box(), page.locator(".polku-kaavio-tyokalut").bounding_box()
    assert column is not None and viewer is not None and tools is not None
    assert viewer["x"] == column["x"]
    assert tools["y"] + tools["height"] <= geometry(page)["boxY"], "the toolbar above the box"


@pytest.mark.browser
def test_a_tall_diagram_fills_the_window_under_the_header(page: Page, site_url: str) -> None:
    """A diagram limited by its height is drawn as tall as the window under the site's header allows, less only
    the viewer's toolbar: toolbar and diagram together fill the first screen."""
    open_diagram(page, site_url, 1366, 900, "prosessit/satakunta-sosiaalihuollon-tyollistymista-tukeva-palvelupolku/")
    fitted = geometry(page)
    assert fitted["svgH"] == pytest.approx(fitted["boxH"] - 2, abs=1), "the height limits this diagram"
    room = page.evaluate("() => innerHeight - document.querySelector('.md-header').offsetHeight")
    viewer = page.locator(VIEWER).evaluate("e => e.getBoundingClientRect().height")
    assert room - 6 <= viewer <= room


@pytest.mark.browser
@pytest.mark.parametrize("pid", [pid for pid, process in sorted(GRAPH.processes.items())
                                 if len(process.steps) <= SCREEN_STEPS])
def test_phone_shows_the_whole_process_and_zoom_reaches_readable_text(page: Page, site_url: str, pid: str) -> None:
    open_diagram(page, site_url, 390, 844, f"prosessit/{pid}/")
    whole_in_view(page)
    assert geometry(page)["pageW"] <= 390, "the page itself must not scroll sideways"
    while label_px(page) < READABLE_PX and zoom(page) < 4:
        page.get_by_role("button", name="Lähennä").click()
    assert label_px(page) >= READABLE_PX


@pytest.mark.browser
@pytest.mark.parametrize("size", [(1366, 900), (390, 844)], ids=["desktop", "phone"])
def test_viewer_passes_axe_with_the_panel_open(page: Page, site_url: str, size: tuple[int, int]) -> None:
    open_diagram(page, site_url, *size)
    page.get_by_label("Korosta rooli").select_option("asiakas")
    page.locator(f"#kaavio-vaihe-{STEP} a").click()
    assert_accessible(page)


@pytest.mark.browser
@pytest.mark.parametrize("path", [PROCESS, "prosessit/etela-pohjanmaa-kuntouttava-tyotoiminta/",
                                  "palvelut/tyollistymista-tukeva-toiminta/", "alueet/satakunta/"])
def test_diagram_pages_have_no_axe_violations(page: Page, site_url: str, path: str) -> None:
    page.goto(site_url + path)
    assert page.locator(".polku-kaavio svg[role=graphics-document]").count() == 1
    assert_accessible(page)


@pytest.mark.browser
def test_without_javascript_the_diagram_shows_and_scrolls(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + PROCESS)
    sizes = page.evaluate("""() => {
        const box = document.querySelector('.polku-kaavio'), svg = box.querySelector('svg')
        return {box: box.clientWidth, scroll: box.scrollWidth, svg: svg.getBoundingClientRect().height,
                right: box.getBoundingClientRect().right}
    }""")
    assert page.locator(".polku-kaavio-tyokalut").is_hidden(), "buttons that cannot work are not shown"
    assert sizes["scroll"] > sizes["box"] and sizes["svg"] > 100 and sizes["right"] <= 390
    page.locator(f"#kaavio-vaihe-{STEP} a").click()
    page.wait_for_url(f"**/{PROCESS}#vaihe-{STEP}")
    context.close()


def _landscape_text(pdf: Path) -> str:
    """Text of the PDF's landscape pages (the diagram's page), in drawing order, hyphenated lines joined."""
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    pages = [i + 1 for i, p in enumerate(reader.pages) if float(p.mediabox.width) > float(p.mediabox.height)]
    assert pages, "the diagram is not on an A4 landscape page"
    text = ""
    for number in pages:
        text += subprocess.run(["pdftotext", "-raw", "-f", str(number), "-l", str(number), str(pdf), "-"],
                               capture_output=True, text=True, check=True).stdout
    return _squash(text)


def _squash(text: str) -> str:
    """Without white space and hyphens: a title matches however its box broke the lines."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


@pytest.mark.browser
@pytest.mark.parametrize("pid", sorted(GRAPH.processes))
def test_printing_puts_every_step_on_an_a4_landscape_page(page: Page, site_url: str, tmp_path: Path,
                                                          pid: str) -> None:
    page.goto(site_url + f"prosessit/{pid}/")
    page.wait_for_function("() => document.querySelector('.polku-kaavio-katselin').dataset.zoom")
    page.get_by_role("button", name="Lähennä").click()  # a zoomed view must not leak into print
    pdf = tmp_path / "kaavio.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    text = _landscape_text(pdf)
    for step in GRAPH.processes[pid].steps:
        assert _squash(step.title.fi) in text, step.title.fi

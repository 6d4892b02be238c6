"""Diagrams in the built site: a click on a step scrolls to its section; diagram pages pass axe-core."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.axe import assert_accessible

PROCESS = "prosessit/padasjoki-padaspaletti/"
STEP = "tyokokeilu"


@pytest.mark.browser
def test_clicking_a_step_scrolls_to_its_section(page: Page, site_url: str) -> None:
    page.goto(site_url + PROCESS)
    step = page.locator(f'.polku-kaavio #kaavio-vaihe-{STEP} a[href="#vaihe-{STEP}"]')
    step.scroll_into_view_if_needed()
    step.click()
    page.wait_for_url(f"**/{PROCESS}#vaihe-{STEP}")
    heading = page.locator(f"#vaihe-{STEP}")
    box = heading.bounding_box()
    viewport = page.viewport_size
    assert box is not None and viewport is not None
    assert 0 <= box["y"] < viewport["height"] / 2, "the step's heading is not near the top after the click"


@pytest.mark.browser
def test_diagram_fits_a_phone_by_scrolling_not_shrinking(page: Page, site_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + PROCESS)
    sizes = page.evaluate("""() => {
        const box = document.querySelector('.polku-kaavio');
        const svg = box.querySelector('svg');
        return {box: box.clientWidth, svg: svg.getBoundingClientRect().width,
                font: svg.querySelector('text').getBoundingClientRect().height, page: document.body.scrollWidth};
    }""")
    assert sizes["svg"] > sizes["box"], "the diagram should scroll inside its box"
    assert sizes["page"] <= 390, "the page itself must not scroll sideways"
    assert sizes["font"] >= 9, "labels shrank below a readable size"


@pytest.mark.browser
@pytest.mark.parametrize("path", [PROCESS, "prosessit/etela-pohjanmaa-kuntouttava-tyotoiminta/",
                                  "palvelut/tyollistymista-tukeva-toiminta/", "alueet/satakunta/"])
def test_diagram_pages_have_no_axe_violations(page: Page, site_url: str, path: str) -> None:
    page.goto(site_url + path)
    assert page.locator(".polku-kaavio svg[role=graphics-document]").count() == 1
    assert_accessible(page)

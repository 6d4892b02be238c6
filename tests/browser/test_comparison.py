"""The comparison page in a browser: narrowing to chosen regions, no-JavaScript fallback, phone and print."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.axe import assert_accessible

TTT = "vertailu/tyollistymista-tukeva-toiminta/"
FOUR = ["huittinen", "keski-uusimaa", "padasjoki", "satakunta"]


def visible_region_columns(page: Page) -> list[str]:
    """Region ids whose column header is shown in the phase table."""
    heads = page.locator('table[aria-label="Vaiheet alueittain"] thead th[data-alue]')
    return [h.get_attribute("data-alue") or "" for h in heads.all() if h.is_visible()]


def region_boxes(page: Page) -> dict[str, bool]:
    boxes = page.get_by_role("group", name="Vertailtavat alueet").get_by_role("checkbox")
    return {box.get_attribute("value") or "": box.is_checked() for box in boxes.all()}


@pytest.mark.browser
def test_narrowing_to_two_regions_hides_the_others_and_stays_accessible(page: Page, site_url: str) -> None:
    page.goto(site_url + TTT)
    assert set(FOUR) <= set(region_boxes(page))
    for region in region_boxes(page):
        if region not in ("huittinen", "padasjoki"):
            page.get_by_role("group", name="Vertailtavat alueet").locator(f'input[value="{region}"]').uncheck()
    assert visible_region_columns(page) == ["huittinen", "padasjoki"]
    assert page.locator('td[data-alue="satakunta"]').first.is_hidden()
    assert page.locator('tr[data-alue="satakunta"]').is_hidden()  # its coverage row too
    assert page.locator('td[data-alue="padasjoki"]').first.is_visible()
    status = page.get_by_role("group", name="Vertailtavat alueet").get_by_role("status")
    assert status.inner_text() == "Näytetään 2 aluetta 5:stä."
    assert "alueet=huittinen%2Cpadasjoki" in page.url or "alueet=huittinen,padasjoki" in page.url
    assert_accessible(page)


@pytest.mark.browser
def test_a_shared_link_opens_the_narrowed_view_and_all_can_be_restored(page: Page, site_url: str) -> None:
    page.goto(site_url + TTT + "?alueet=satakunta,keski-uusimaa")
    assert visible_region_columns(page) == ["keski-uusimaa", "satakunta"]
    assert [r for r, checked in region_boxes(page).items() if checked] == ["keski-uusimaa", "satakunta"]
    page.get_by_role("button", name="Näytä kaikki alueet").click()
    assert set(FOUR) <= set(visible_region_columns(page))
    assert "alueet=" not in page.url


@pytest.mark.browser
def test_the_last_region_cannot_be_unticked(page: Page, site_url: str) -> None:
    page.goto(site_url + TTT + "?alueet=huittinen")
    page.locator('input[value="huittinen"]').click()
    assert page.locator('input[value="huittinen"]').is_checked()
    assert visible_region_columns(page) == ["huittinen"]
    status = page.get_by_role("group", name="Vertailtavat alueet").get_by_role("status")
    assert "Vähintään yhden alueen" in status.inner_text()


@pytest.mark.browser
def test_without_javascript_every_region_shows(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(site_url + TTT + "?alueet=huittinen,padasjoki")
        assert set(FOUR) <= set(visible_region_columns(page))
        assert page.locator("fieldset").count() == 0
        assert page.locator("[data-vertailu-suodatin]").inner_text() == ""
    finally:
        context.close()


@pytest.mark.browser
def test_on_a_phone_the_table_scrolls_and_row_labels_stay(page: Page, site_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + TTT)
    wrapper = page.get_by_role("region", name="Vaiheet alueittain")
    assert wrapper.evaluate("el => el.scrollWidth > el.clientWidth")
    label = wrapper.locator("tbody th").first
    before = label.bounding_box()
    wrapper.evaluate("el => { el.scrollLeft = 300; }")
    after = label.bounding_box()
    assert before is not None and after is not None and after["x"] == before["x"]
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # the page itself does not


@pytest.mark.browser
def test_print_hides_the_filter_and_shows_the_chosen_columns(page: Page, site_url: str) -> None:
    page.goto(site_url + TTT + "?alueet=huittinen,padasjoki")
    page.emulate_media(media="print")
    assert page.get_by_role("group", name="Vertailtavat alueet").is_hidden()
    assert visible_region_columns(page) == ["huittinen", "padasjoki"]
    wrapper = page.get_by_role("region", name="Vaiheet alueittain")
    assert wrapper.evaluate("el => el.scrollWidth <= el.clientWidth")  # nothing cut off on paper


@pytest.mark.browser
def test_page_without_descriptions_is_honest(page: Page, site_url: str) -> None:
    page.goto(site_url + "vertailu/avotyotoiminta/")
    assert page.locator("article .aukko").first.inner_text() == "ei kuvauksia"
    assert page.locator("article table").count() == 0
    assert_accessible(page)

"""The comparison for a meeting, in Chromium: the page's CSV and XLSX downloads hold the page's rows, the row
toggles hide and show the right rows, and on a phone the header row stays in view."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Page

from tests.browser.axe import assert_accessible

SERVICES = ["kuntouttava-tyotoiminta", "tyollistymista-tukeva-toiminta"]
TTT = "vertailu/tyollistymista-tukeva-toiminta/"
# page table (aria-label) → workbook sheet
TABLES = {"Vaiheet alueittain": "Vaiheet", "Kysymykset ja vastaukset": "Kysymykset", "Kuka tekee mitä":
          "Kuka tekee mitä", "Säädösperusteet": "Säädösperusteet", "Lomakkeet": "Lomakkeet"}


def page_rows(page: Page, label: str) -> list[str]:
    """Row labels of a page table (phase heading rows excluded)."""
    table = page.locator(f'table[aria-label="{label}"]')
    if not table.count():
        return []
    return [" ".join(t.split()) for t in table.locator("tbody tr:not(.vertailu-ryhma) > th").all_inner_texts()]


def download(page: Page, name: str) -> bytes:
    with page.expect_download() as info:
        page.get_by_role("link", name=name).click()
    path = info.value.path()
    assert path is not None
    return path.read_bytes()


@pytest.mark.browser
@pytest.mark.parametrize("service", SERVICES)
def test_downloads_open_and_hold_the_rows_of_the_page(page: Page, site_url: str, service: str) -> None:
    page.goto(site_url + f"vertailu/{service}/")
    workbook = load_workbook(io.BytesIO(download(page, "Lataa vertailu Excel-taulukkona (XLSX)")))
    csv_bytes = download(page, "Lataa vertailu CSV-tiedostona (puolipiste-eroteltu, avautuu Excelissä)")
    assert csv_bytes.startswith(b"\xef\xbb\xbf")
    csv_rows = list(csv.reader(io.StringIO(csv_bytes.decode("utf-8-sig")), delimiter=";"))
    csv_labels = {" ".join(row[0].split()) for row in csv_rows if row}
    for label, sheet in TABLES.items():
        on_page = page_rows(page, label)
        in_book = [" ".join(str(r[0]).split()) for r in workbook[sheet].iter_rows(min_row=2, values_only=True)]
        if on_page:
            assert in_book == on_page, sheet
            assert set(on_page) <= csv_labels, sheet
    regions = [r[0] for r in workbook["Kattavuus"].iter_rows(min_row=2, values_only=True)]
    assert regions == page.locator('table[aria-label="Alueet ja kattavuus"] tbody th').all_inner_texts()


def shown_rows(page: Page, label: str) -> list[str]:
    rows = page.locator(f'table[aria-label="{label}"] tbody tr:not(.vertailu-ryhma)')
    return [" ".join(r.locator("th").inner_text().split()) for r in rows.all() if r.is_visible()]


@pytest.mark.browser
def test_toggles_hide_and_show_the_right_rows(page: Page, site_url: str) -> None:
    page.goto(site_url + TTT + "?alueet=huittinen,padasjoki")
    everything = shown_rows(page, "Kysymykset ja vastaukset")
    expected_gaps = []
    for row in page.locator('table[aria-label="Kysymykset ja vastaukset"] tbody tr:not(.vertailu-ryhma)').all():
        cells = [row.locator(f'td[data-alue="{r}"]') for r in ("huittinen", "padasjoki")]
        if any(c.get_attribute("data-aukko") is not None for c in cells):
            expected_gaps.append(" ".join(row.locator("th").inner_text().split()))
    page.get_by_label("näytä vain vastaamattomat").check()
    assert shown_rows(page, "Kysymykset ja vastaukset") == expected_gaps
    assert 0 < len(expected_gaps) < len(everything)
    assert page.get_by_text("Näytetään ").last.is_visible()
    page.get_by_label("näytä vain vastaamattomat").uncheck()
    assert shown_rows(page, "Kysymykset ja vastaukset") == everything
    page.get_by_label("näytä vain erot").check()
    differing = shown_rows(page, "Vaiheet alueittain")
    for row in page.locator('table[aria-label="Vaiheet alueittain"] tbody tr').all():
        values = {row.locator(f'td[data-alue="{r}"]').get_attribute("data-arvo") for r in ("huittinen", "padasjoki")}
        label = " ".join(row.locator("th").inner_text().split())
        assert (label in differing) == (len(values) > 1), label
    assert_accessible(page)


@pytest.mark.browser
def test_on_a_phone_the_header_stays_in_view_and_two_regions_fit(page: Page, site_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + TTT)
    box = page.locator('.vertailu-vieritys[aria-label="Kysymykset ja vastaukset"]')
    box.scroll_into_view_if_needed()
    box.evaluate("el => { el.scrollTop = 600; }")
    header = box.locator("thead th").first.bounding_box()
    frame = box.bounding_box()
    assert header is not None and frame is not None
    assert abs(header["y"] - frame["y"]) < 2, (header, frame)  # stuck to the top of the scrolled box
    label = box.locator("tbody tr:not(.vertailu-ryhma) th").nth(3).bounding_box()
    second_region = box.locator("thead th[data-alue]").nth(1).bounding_box()
    assert label is not None and second_region is not None
    assert second_region["x"] + second_region["width"] <= 390, "two regions fit beside the labels"
    assert_accessible(page)

"""Every comparison page offers each compared region its questionnaire, and the downloaded file is that
region's workbook."""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import urljoin

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Page

from tests.browser.axe import assert_accessible

KTT = "vertailu/kuntouttava-tyotoiminta/"


@pytest.mark.browser
def test_comparison_page_offers_each_regions_questionnaire(page: Page, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url + KTT)
    section = page.locator("h2#kyselyt")
    assert section.inner_text().startswith("Täydennä alueesi kuvausta")
    links = page.locator("h2#kyselyt ~ ul").first.get_by_role("link")
    names = [name.split(" (XLSX")[0] for name in links.all_inner_texts()]
    region_headers = page.locator('table[aria-label="Vaiheet alueittain"] thead th[data-alue]').all_inner_texts()
    assert names == [f"Kyselylomake: {header.split(chr(10))[0]}" for header in region_headers]
    for link in links.all():
        assert link.get_attribute("download") is not None
        href = link.get_attribute("href") or ""
        assert href.startswith("../kyselyt/kuntouttava-tyotoiminta-") and href.endswith(".xlsx")
        body = page.request.get(urljoin(page.url, href)).body()
        record = load_workbook(io.BytesIO(body))["_pohja"]
        region = href.removeprefix("../kyselyt/kuntouttava-tyotoiminta-").removesuffix(".xlsx")
        assert (record["B2"].value, record["A3"].value, record["B3"].value) == (
            "kuntouttava-tyotoiminta", "alue", region)
    section.scroll_into_view_if_needed()
    page.screenshot(path=str(tmp_path / "kyselyt.png"))
    assert_accessible(page)

"""Form pages in the browser: both downloads work, the page is accessible, print hides the buttons."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.axe import assert_accessible
from tests.forms.conftest import form_ids

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


@pytest.mark.browser
@pytest.mark.parametrize("form_id", form_ids())
def test_both_downloads_answer_with_the_right_type(page: Page, site_url: str, form_id: str) -> None:
    page.goto(f"{site_url}lomakkeet/{form_id}/")
    for extension, content_type in CONTENT_TYPES.items():
        link = page.locator(f'a.md-button[href$="{form_id}.{extension}"]')
        assert link.is_visible()
        response = page.request.get(page.url + link.get_attribute("href"))  # type: ignore[operator]
        assert response.status == 200
        assert response.headers["content-type"].split(";")[0] == content_type
        body = response.body()
        assert len(body) > 1000
        assert body.startswith(b"%PDF" if extension == "pdf" else b"PK")


@pytest.mark.browser
def test_clicking_the_pdf_button_downloads_the_file(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}lomakkeet/ktt-sopimus/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Lataa täytettävä PDF").click()
    assert download.value.suggested_filename == "ktt-sopimus.pdf"


@pytest.mark.browser
def test_form_page_is_accessible_and_reachable_from_its_step(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}prosessit/etela-pohjanmaa-kuntouttava-tyotoiminta/")
    page.locator("#vaihe-ilmoitus-paaluottamusmiehelle ~ ul a[href*='lomakkeet/']").first.click()
    assert page.locator("h1").inner_text().startswith("Ilmoitus pääluottamusmiehelle kuntouttavan työtoiminnan")
    assert_accessible(page)


@pytest.mark.browser
def test_print_view_hides_the_download_buttons(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}lomakkeet/asiakkaan-palaute/")
    assert page.locator(".polku-lataukset").is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".polku-lataukset").is_visible()
    assert page.locator("table").first.is_visible()

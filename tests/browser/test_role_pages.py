"""Role pages per region in Chromium: only that region's work, a checklist that prints on at most two A4 pages
and keeps its ticks across a reload, and a role index in Finnish alphabetical order."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import Page
from pypdf import PdfReader

from generator.render.collation import finnish_key
from tests.browser.axe import assert_accessible

HUITTINEN = "roolit/tyovalmentaja/huittinen/"


@pytest.mark.browser
def test_huittinen_tyovalmentaja_sees_only_huittinen(page: Page, site_url: str) -> None:
    page.goto(site_url + HUITTINEN)
    steps = page.locator("article h3 + p + ul a[href*='#vaihe-']")
    hrefs = [a.get_attribute("href") or "" for a in steps.all()]
    assert hrefs and all("prosessit/huittinen-avotyotoiminnasta-palkkatyohon/" in h for h in hrefs)
    article = page.locator("article").inner_text()
    assert "kuntouttava" not in article.lower().replace("kuntouttavan työtoiminnan ohjaaja", "")
    assert "Padaspaletti" not in article and "Etelä-Pohjanmaa" not in article
    assert page.locator("article a[href*='saadokset/ktt-laki']").count() == 0
    assert_accessible(page)


@pytest.mark.browser
def test_checklist_ticks_survive_a_reload_and_can_be_cleared(page: Page, site_url: str) -> None:
    page.goto(site_url + HUITTINEN)
    first = page.get_by_label("Kykyviisari")
    first.check()
    page.reload()
    assert page.get_by_label("Kykyviisari").is_checked()
    date_cell = page.locator("tr", has=page.get_by_label("Kykyviisari")).locator("td.polku-paivays")
    assert date_cell.inner_text().count(".") == 2  # d.m.yyyy of the tick
    assert not page.get_by_label("Osaamiskartoitus", exact=True).is_checked()
    page.get_by_role("button", name="Tyhjennä rastit").click()
    page.reload()
    assert not page.get_by_label("Kykyviisari").is_checked()


@pytest.mark.browser
@pytest.mark.parametrize("path", [HUITTINEN, "roolit/asiakas/etela-pohjanmaa/"])
def test_checklist_prints_on_at_most_two_a4_pages(page: Page, site_url: str, path: str) -> None:
    page.goto(site_url + path)
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert 1 <= len(pdf.pages) <= 2
    printed = "".join(p.extract_text() for p in pdf.pages)
    assert "Tarkistuslista" in printed and "Perehdyttäjä" in printed and "Päivämäärä" in printed
    assert "Mitä teen" not in printed  # only the checklist is printed


@pytest.mark.browser
def test_role_index_is_in_finnish_order_with_idle_roles_apart(page: Page, site_url: str) -> None:
    page.goto(site_url + "roolit/")
    names = page.locator("article table tbody tr td:first-child a").all_inner_texts()
    assert names == sorted(names, key=finnish_key) and len(names) > 5
    idle = page.locator("article h2:has-text('Roolit, joille ei ole kuvattu tehtäviä') + p + ul li").all_inner_texts()
    assert idle and not set(i.split(" (")[0] for i in idle) & set(names)
    row = page.locator("article table tbody tr", has=page.get_by_role("link", name="Työvalmentaja tai lähiohjaaja"))
    assert row.locator("td").nth(1).inner_text() == "Etelä-Pohjanmaa, Huittinen, Padasjoki"
    assert_accessible(page)

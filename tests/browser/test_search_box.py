"""The header search box as a reader uses it: kinds and regions on results, filters, keyboard, axe, bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.axe import assert_accessible
from tests.browser.search_box import BOX, MORE, RESULT_LINKS, STATUS, result_paths, results, search, wait_until_settled
from tests.browser.search_bytes import query_costs

KIB = 1024
PHONE = {"width": 390, "height": 844}


@pytest.mark.browser
def test_each_result_shows_its_kind_and_region(page: Page, site_url: str) -> None:
    page.goto(site_url)
    search(page, "kuntouttava työtoiminta")
    facts = {r.path: r.facts for r in results(page)}
    assert facts["palvelut/kuntouttava-tyotoiminta/"] == "Palvelu"
    assert facts["prosessit/etela-pohjanmaa-kuntouttava-tyotoiminta/"] == "Prosessi · Etelä-Pohjanmaa"
    assert facts["vertailu/kuntouttava-tyotoiminta/"] == "Vertailu"
    status = page.locator("#polku-haku-tila").inner_text()
    count = int(status.split()[0])
    assert status == f"{count} tulosta haulle ”kuntouttava työtoiminta”."
    assert count >= len(facts) == 10 and page.locator(MORE).is_visible(), "ten shown, the rest behind a button"


@pytest.mark.browser
def test_the_kind_and_region_filters_narrow_the_results(page: Page, site_url: str) -> None:
    page.goto(site_url)
    everything = search(page, "työtoiminta", everything=True)
    kinds = page.locator("#polku-haku-tyyppi option").all_inner_texts()
    assert kinds[0] == "Kaikki tyypit"
    assert kinds[1:4] == ["Prosessi", "Rooli", "Palvelu"], "readers' kinds first"
    assert "Ylläpito" in kinds

    page.locator("#polku-haku-tyyppi").select_option("Prosessi")
    wait_until_settled(page)
    processes = results(page)
    assert processes and all(r.facts.split(" · ")[0] == "Prosessi" for r in processes)
    assert len(processes) < len(everything)

    page.locator("#polku-haku-tyyppi").select_option("")
    page.locator("#polku-haku-alue").select_option("Huittinen")
    wait_until_settled(page)
    in_huittinen = results(page)
    assert in_huittinen and all(r.facts.endswith(" · Huittinen") for r in in_huittinen)
    assert {r.path for r in in_huittinen} >= {"alueet/huittinen/",
                                              "prosessit/huittinen-avotyotoiminnasta-palkkatyohon/"}


@pytest.mark.browser
def test_the_search_is_keyboard_operable(page: Page, site_url: str) -> None:
    page.goto(site_url)
    box = page.locator(BOX)
    box.focus()
    page.keyboard.type("osaamiskartoitus")
    wait_until_settled(page)
    expect(page.locator("#polku-haku-paneeli")).to_be_visible()
    links = page.locator(RESULT_LINKS)
    page.keyboard.press("ArrowDown")
    expect(links.nth(0)).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(links.nth(1)).to_be_focused()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    expect(box).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator("#polku-haku-paneeli")).to_be_hidden()
    expect(box).to_be_focused()
    page.keyboard.press("Enter")  # Enter in the box goes to the first result
    expect(links.nth(0)).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}lomakkeet/osaamiskartoitus/")


@pytest.mark.browser
def test_the_box_has_a_finnish_name_and_the_filters_finnish_labels(page: Page, site_url: str) -> None:
    page.goto(site_url)
    expect(page.get_by_role("search", name="Sivuston haku")).to_be_visible()
    expect(page.get_by_role("searchbox", name="Hae")).to_have_attribute("placeholder", "Hae sivustolta")
    search(page, "Kela")
    expect(page.get_by_label("Sivun tyyppi")).to_be_visible()
    expect(page.get_by_label("Alue", exact=True)).to_be_visible()


@pytest.mark.browser
@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
def test_open_search_with_results_is_accessible(page: Page, site_url: str, phone: bool) -> None:
    if phone:
        page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    page.goto(site_url)
    search(page, "työtoiminta")
    expect(page.locator("#polku-haku-paneeli")).to_be_visible()
    assert_accessible(page)


@pytest.mark.browser
def test_a_query_downloads_only_what_it_needs(fresh_page: Page, site_url: str, site_dir: Path) -> None:
    """The first query loads Pagefind and the index chunks it needs; the second reuses them. A first visit: the
    worker's shared page may have Pagefind cached from an earlier test."""
    first, second = query_costs(fresh_page, site_url, ["päätös", "osaamiskartoitus"])
    assert first.results and second.results
    fetched = [url.removeprefix(site_url) for url in first.files]
    assert "pagefind/pagefind.js" in fetched
    assert any(name.startswith("pagefind/pagefind-entry.json") for name in fetched)
    assert any(name.startswith("pagefind/index/") for name in fetched), "an index chunk"
    assert any(name.startswith("pagefind/fragment/") for name in fetched), "the shown results' fragments"
    assert not any("search_index.json" in name for name in fetched), "no whole-site index any more"
    index_bytes = sum(p.stat().st_size for p in (site_dir / "pagefind").rglob("*") if p.is_file())
    assert first.bytes < index_bytes, "the first query must not fetch the whole index"
    assert first.bytes <= 300 * KIB, f"first query fetched {first.bytes} bytes: {first.files}"
    assert second.bytes <= 100 * KIB, f"second query fetched {second.bytes} bytes: {second.files}"
    assert "pagefind/pagefind.js" not in [url.removeprefix(site_url) for url in second.files]


@pytest.mark.browser
def test_typing_while_the_index_still_loads_ends_on_what_was_typed(fresh_page: Page, site_url: str) -> None:
    """A reader on a slow connection types a whole word before Pagefind has loaded. Every keystroke waits for
    the same load, so the list settles on the last query instead of staying at "Haetaan…". On a page of its own:
    the slow connection stays with the page's DevTools session."""
    page = fresh_page
    page.goto(site_url)
    expected = search(page, "palkkatuki")
    expected_status = page.locator(STATUS).inner_text()
    assert expected and expected_status.endswith(" haulle ”palkkatuki”.")
    page.goto(site_url)  # a fresh page: nothing of Pagefind loaded yet
    network = page.context.new_cdp_session(page)
    network.send("Network.enable")
    network.send("Network.emulateNetworkConditions", {"offline": False, "latency": 300,
                                                      "downloadThroughput": 200 * KIB, "uploadThroughput": -1})
    page.locator(BOX).focus()  # focusing starts the load
    for letter in "palkkatuki":
        page.keyboard.type(letter)
        page.wait_for_timeout(40)  # a brisk typist: each letter arrives while the previous search waits
    status, hrefs = wait_until_settled(page)
    assert (status, result_paths(hrefs)) == (expected_status, expected)

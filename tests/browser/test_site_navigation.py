"""What a visitor does with the pages: abbreviations explain themselves, role pages lead into the processes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page

from tests.browser.serving import REPO_ROOT


def _glossary_expansions() -> dict[str, str]:
    terms = yaml.safe_load((REPO_ROOT / "process_models/catalog/sanasto.yaml").read_text(encoding="utf-8"))
    entries = terms["glossary"] if isinstance(terms, dict) else terms
    return {e["abbreviation"]: e["term"] if isinstance(e["term"], str) else e["term"]["fi"]
            for e in entries if e.get("abbreviation")}


@pytest.mark.browser
@pytest.mark.parametrize("path", ["prosessit/etela-pohjanmaa-kuntouttava-tyotoiminta/", "sanasto/",
                                  "palvelut/kuntouttava-tyotoiminta/"])
def test_an_abbreviation_shows_its_expansion_on_hover(page: Page, site_url: str, path: str) -> None:
    expansions = _glossary_expansions()
    page.goto(site_url + path)
    abbreviation = page.locator("article abbr").first
    short = abbreviation.inner_text()
    assert short in expansions, f"{short} is not a glossary abbreviation"
    abbreviation.scroll_into_view_if_needed()
    abbreviation.hover()
    tooltip_id = abbreviation.get_attribute("aria-describedby")
    assert tooltip_id, "the abbreviation must be tied to its tooltip for screen readers"
    tooltip = page.locator(f"#{tooltip_id}")
    tooltip.wait_for(state="visible")
    assert " ".join(tooltip.inner_text().split()) == " ".join(expansions[short].split())


def _unmarked_text(html: str) -> str:
    """The article's visible text outside <abbr>, code and tags (where an abbreviation must not remain bare)."""
    article = html.split('<article class="md-content__inner md-typeset">', 1)[-1].split("</article>", 1)[0]
    for pattern in (r"<svg\b.*?</svg>", r"<abbr\b.*?</abbr>", r"<pre\b.*?</pre>", r"<code\b.*?</code>", r"<[^>]+>"):
        article = re.sub(pattern, " ", article, flags=re.DOTALL)
    return article


def test_every_page_marks_glossary_abbreviations(site_dir: Path) -> None:
    """Hand-written and generated pages alike: a glossary abbreviation in running text is an <abbr>."""
    words = {short: re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])") for short in _glossary_expansions()}
    unmarked = []
    for html_file in sorted(site_dir.rglob("*.html")):
        text = _unmarked_text(html_file.read_text(encoding="utf-8"))
        page = html_file.relative_to(site_dir)
        unmarked += [f"{page}: {short}" for short, word in words.items() if word.search(text)]
    assert not unmarked, unmarked


@pytest.mark.browser
def test_role_page_leads_to_the_step_in_the_process(page: Page, site_url: str) -> None:
    page.goto(site_url + "roolit/sosiaaliohjaaja/")
    page.get_by_role("link", name="Etelä-Pohjanmaa").first.click()  # the role page lists its regions first
    page.wait_for_url("**/roolit/sosiaaliohjaaja/etela-pohjanmaa/")
    step_link = page.locator("article a[href*='prosessit/'][href*='#vaihe-']").first
    step_title = step_link.inner_text()
    step_link.click()
    page.wait_for_url("**/prosessit/**#vaihe-*")
    anchor = page.url.split("#", 1)[1]
    heading = page.locator(f"[id='{anchor}']")
    assert heading.inner_text().replace("¶", "").strip() == step_title
    assert heading.is_visible()
    box = heading.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"], "the step is scrolled into view"  # type: ignore[index]


@pytest.mark.browser
@pytest.mark.parametrize(("door", "heading"), [("Olen uusi työntekijä", "Olen uusi työntekijä"),
                                                ("Vertailen alueita", "Alueiden vertailu"),
                                                ("Ylläpidän kuvauksia", "Ylläpitäjän opas")])
def test_each_home_door_leads_to_its_page(page: Page, site_url: str, door: str, heading: str) -> None:
    page.goto(site_url)
    card = page.locator(".grid.cards li", has_text=door)
    card.locator("a").first.click()
    assert page.locator("article h1").inner_text().replace("¶", "").strip() == heading

"""Search at national scale, measured in Debian's Chromium over the built bench site: bytes the first and a second
query download, and how many of a held-out query list find their page in the first screenful of results.

The held-out queries were written for the bench, after the ranking was set, against the real catalogue pages the
bench corpus copies (roles, forms, acts, services); they are not the browser test's 38 queries and nothing was
tuned on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.search_box import search
from tests.browser.search_bytes import query_costs
from tests.browser.serving import serve_directory
from tests.conftest import CHROMIUM, CHROMIUM_ARGS

FIRST_QUERY, SECOND_QUERY = "päätös", "työtoimintapaikka"
HELD_OUT: dict[str, str] = {
    "oppilaitos": "roolit/ammatillinen-oppilaitos/",
    "kehittämishanke": "roolit/hanke/",
    "järjestö": "roolit/kolmas-sektori/",
    "yhdistys": "roolit/kolmas-sektori/",
    "palveluntuottaja": "roolit/palveluntuottaja/",
    "terveydenhuolto": "roolit/terveydenhuolto/",
    "työnohjaaja": "roolit/tyonohjaaja/",
    "työtoimintapaikka": "roolit/tyotoimintapaikka/",
    "työvoimaviranomainen": "roolit/tyovoimaviranomainen/",
    "lähiohjaaja": "roolit/tyovalmentaja/",
    "palautelomake": "lomakkeet/asiakkaan-palaute/",
    "ilmoitus pääluottamusmiehelle": "lomakkeet/ilmoitus-paaluottamusmiehelle/",
    "suostumus": "lomakkeet/suostumus-arviointitutkimus/",
    "seurantatutkimus": "lomakkeet/suostumus-arviointitutkimus/",
    "digitaalinen palvelu": "saadokset/digipalvelulaki/",
    "kehitysvammaisten erityishuolto": "saadokset/kehitysvammalaki-2/",
    "erityishuolto": "saadokset/kehitysvammalaki-2/",
    "vammaispalvelulaki": "saadokset/vammaispalvelulaki-2023/",
    "monialainen edistäminen": "saadokset/monialainen-laki-2023/",
    "yrityspalvelu": "saadokset/tyovoimapalvelulaki-2012/",
    "yhteispalvelu": "saadokset/typ-laki-2014/",
    "sosiaalihuoltolaki": "saadokset/sosiaalihuoltolaki-2014-17/",
    "avotyötoiminta": "palvelut/avotyotoiminta/",
    "palkkatuettu työ": "palvelut/palkkatuki/",
    "työhönvalmennus": "palvelut/kehitysvammaisten-tyotoiminta/",
    "tuettu työllistyminen": "palvelut/tyollistymista-tukeva-toiminta/",
    "avoimet työmarkkinat": "palvelut/avoimet-tyomarkkinat/",
    "työkokeilu": "palvelut/tyokokeilu/",
}


@dataclass(frozen=True, slots=True)
class SearchFigures:
    first_query_bytes: int
    second_query_bytes: int
    held_out_found: int
    held_out_total: int
    held_out_misses: tuple[str, ...]


def search_figures(site: Path) -> SearchFigures:
    with serve_directory(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fi-FI").new_page()
            first, second = query_costs(page, url, [FIRST_QUERY, SECOND_QUERY])
            misses = tuple(query for query, path in HELD_OUT.items() if path not in search(page, query))
        finally:
            browser.close()
    return SearchFigures(first.bytes, second.bytes, len(HELD_OUT) - len(misses), len(HELD_OUT), misses)

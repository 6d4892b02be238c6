"""The built site says what the statutes say today (FACTS §0 corrections, each with its amending act), shows a
repealed section as repealed and a bill as pending, never shows "Tarkistettu: kyllä" without a verification
record, and carries no real person's details from the source documents. Reads the HTML of the one strict
`mkdocs build` the browser suite shares (`site_dir`); no browser needed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html

from generator.project import Project
from tests.content.test_personal_data_guard import details

REPO = Path(__file__).resolve().parents[2]


def article(site_dir: Path, page: str) -> html.HtmlElement:
    tree = html.fromstring((site_dir / page / "index.html").read_text(encoding="utf-8"))
    [node] = tree.xpath("//article")
    return node


def text_of(node: html.HtmlElement) -> str:
    return re.sub(r"\s+", " ", node.text_content()).strip()


def facts(site_dir: Path, basis_id: str) -> dict[str, str]:
    """The 'Tieto | Arvo' table of a legal page."""
    node = article(site_dir, f"saadokset/{basis_id}")
    [table] = [t for t in node.xpath(".//table") if text_of(t.xpath(".//th")[0]) == "Tieto"]
    return {text_of(r.xpath("./td")[0]): text_of(r.xpath("./td")[1]) for r in table.xpath(".//tbody/tr")}


def page_text(site_dir: Path, page: str) -> str:
    return text_of(article(site_dir, page))


# basis id → (Pykälä row, Tila, Muutossäädökset, sentences the page must say)
LEGAL_FACTS = {
    "ktt-laki-13": ("13 § – Kuntouttavan työtoiminnan palveluiden tuottaminen", "voimassa",
                    "142/2015, 702/2020, 591/2022",
                    ["Toimintaa ei saa hankkia yritykseltä; yritykseltä saa hankkia vain osallistujalle annettavan "
                     "tuen ja ohjauksen.", "Jakson pituutta ja päivien määrää koskevat säännöt ovat 13 b §:ssä.",
                     "palveluiden tuottamiseen sovelletaan hyvinvointialueesta annetun lain (611/2021) 9 §:ää"]),
    "ktt-laki-13a": ("13 a § – Kuntouttavan työtoiminnan sisältö", "voimassa", "702/2020",
                     ["Siihen sisältyy aina henkilön tarvitsema tuki ja ohjaus"]),
    "ktt-laki-13b": ("13 b § – Toteuttaminen", "voimassa", "702/2020",
                     ["Toimintaa järjestetään 3–24 kuukauden jaksoissa kerrallaan, vähintään 1 ja enintään 4 päivänä "
                      "kalenteriviikossa ja vähintään 4 tuntia päivässä.",
                      "Jakson päättyessä suunnitelma on uusittava."]),
    "ktt-laki-14": ("14 § – Kuntouttavan työtoiminnan rajoitukset", "voimassa", "881/2019, 702/2020, 591/2022",
                    ["henkilö voi osallistua kuntouttavaan työtoimintaan enintään 178 päivänä 12 kuukauden aikana"]),
    "ktt-laki-16": ("16 § – Ilmoitus kuntouttavan työtoiminnan alkamisesta", "voimassa", "1372/2014, 591/2022",
                    ["hyvinvointialueen on ilmoitettava siitä pääluottamusmiehelle",
                     "Ilmoitusvelvollisuutta ei ole rajattu omana tuotantona järjestettyyn toimintaan.",
                     "hyvinvointialue saa (ei ole velvollinen) salassapidon estämättä kertoa henkilön nimen ja "
                     "9 §:n 1 momentin 1–3 kohdan tiedot"]),
    "kehitysvammalaki-2": ("2 §", "voimassa", "676/2023",
                           ["Laki 676/2023 kirjoitti pykälän uudelleen 1.1.2025 alkaen",
                            "Kehitysvammaisten henkilöiden työtoiminnan peruste on 1.1.2025 alkaen vammaispalvelulain "
                            "675/2023 27 §."]),
    "kehitysvammalaki-35": ("35 § 2 mom. – Työhönvalmennus, työtoiminta ja muu virikettä antava toiminta", "kumottu",
                            "–", ["Laki 676/2023 kumosi 34–36 §:n (siis myös 35 §:n) 1.1.2025 alkaen."]),
    "vammaispalvelulaki-2023-27": ("27 § – Kehitysvammaisten henkilöiden työtoiminta", "voimassa", "–",
                                   ["jos sosiaalihuoltolain (710/1982) 27 e §:n mukainen työtoiminta tai 27 d §:n "
                                    "mukainen työllistymistä tukeva toiminta ei vastaa hänen yksilöllisiin "
                                    "tarpeisiinsa"]),
}


@pytest.mark.parametrize("basis_id", sorted(LEGAL_FACTS))
def test_legal_page_states_the_current_statute_with_its_amending_acts(site_dir: Path, basis_id: str) -> None:
    section, state, amended, sentences = LEGAL_FACTS[basis_id]
    row = facts(site_dir, basis_id)
    assert (row["Pykälä"], row["Tila"], row["Muutossäädökset"]) == (section, state, amended)
    assert row["Tarkistettu"].startswith("kyllä, 2.12.2026: alkuperäi")
    text = page_text(site_dir, f"saadokset/{basis_id}")
    for sentence in sentences:
        assert sentence in text


def test_the_repealed_work_activity_section_names_its_repeal_and_replacement(site_dir: Path) -> None:
    row = facts(site_dir, "kehitysvammalaki-35")
    assert row["Kumottu"] == "1.1.2025 lailla 676/2023"
    assert row["Korvaava säädös"] == "Vammaispalvelulaki 27 § (675/2023)"
    banner = article(site_dir, "saadokset/kehitysvammalaki-35").xpath(".//div[contains(@class, 'danger')]")
    assert [text_of(b) for b in banner] == [
        "Kumottu säädös Laki kehitysvammaisten erityishuollosta 35 § 2 mom. (519/1977) on kumottu 1.1.2025 alkaen "
        "lailla 676/2023. Nykyinen peruste: Vammaispalvelulaki 27 § (675/2023)."]
    [link] = article(site_dir, "saadokset/kehitysvammalaki-35").xpath(".//a[text()='676/2023']")[:1]
    assert link.get("href") == "https://www.finlex.fi/fi/laki/alkup/2023/20230676"
    assert facts(site_dir, "vammaispalvelulaki-2023-27")["Voimassa alkaen"] == "1.1.2025"
    assert facts(site_dir, "ktt-laki-13b")["Voimassa alkaen"] == "1.1.2021"  # 702/2020 added it


def test_the_service_page_says_what_the_2023_source_says_and_what_the_law_is_now(site_dir: Path) -> None:
    text = page_text(site_dir, "palvelut/kehitysvammaisten-tyotoiminta")
    assert "Mitä lähde sanoo (2023): Satakunnan Innokylä-kuvaus (muokattu 4.4.2023)" in text
    assert "kehitysvammalain (519/1977) 2 §:n työtoiminnan sekä 35 §:n 2 momentin" in text
    assert "Mikä laki on nyt: 1.1.2025 alkaen laki 676/2023 kumosi kehitysvammalain 34–36 §:n" in text
    assert "Vammaispalvelulaki 27 § (675/2023)" in text
    assert "kumottu" not in text.split("Säädösperusteet")[-1], "the service cites only sections in force"


def test_a_pending_bill_is_shown_as_pending_never_as_law(site_dir: Path) -> None:
    row = facts(site_dir, "he-109-2025")
    assert (row["Esitys"], row["Tila"], row["Voimassa alkaen"]) == (
        "Hallituksen esitys HE 109/2025", "vireillä oleva esitys, ei voimassa", "ei voimassa")
    index = article(site_dir, "saadokset")
    [line] = [text_of(r) for r in index.xpath(".//tr") if "HE 109/2025" in text_of(r)]
    assert line == "Hallituksen esitys HE 109/2025 koko säädös vireillä oleva esitys, ei voimassa ei"


def test_no_page_shows_checked_for_an_entry_without_a_verification_record(site_dir: Path) -> None:
    bases = {b.id: b for c in Project.at(REPO).validate().models.catalogs for b in c.model.legal_bases}
    unverified = [i for i, b in bases.items() if b.verification is None]
    assert {"ktt-laki-2", "ktt-laki-18", "ktt-laki-22", "he-109-2025"} <= set(unverified)
    for basis_id, basis in bases.items():
        shown = facts(site_dir, basis_id)["Tarkistettu"]
        if basis.verification is None:
            assert shown == "ei – tarkistettava Finlexistä", basis_id
        else:
            day = basis.verification.verified_on
            assert shown.startswith(f"kyllä, {day.day}.{day.month}.{day.year}: "), basis_id
    index = article(site_dir, "saadokset")
    for row in index.xpath(".//tbody/tr"):
        cells = [text_of(c) for c in row.xpath("./td")]
        href = row.xpath("./td[1]/a/@href")[0]
        basis_id = href.rstrip("/").split("/")[-1]
        assert cells[3].startswith("kyllä") == (bases[basis_id].verification is not None), basis_id


def test_the_content_check_page_lists_the_records_and_the_open_questions(site_dir: Path) -> None:
    text = page_text(site_dir, "yllapito/sisallon-tarkistus")
    assert "Tarkistetut säädöstiedot (14)" in text and "Tarkistamattomat säädöstiedot (13)" in text
    assert ("Laki kuntouttavasta työtoiminnasta 13 b § (189/2001) 2.12.2026 alkuperäinen muutossäädös 702/2020 "
            "(Finlex, säädöskokoelma)") in text
    assert "Mallin omistaja: lähteet eivät nimeä omistajaa." in text
    assert "Missä polun kohdassa asiakas ohjataan arviointitiimiin" in text


def test_the_notice_form_says_which_fields_the_law_requires_and_which_it_only_permits(site_dir: Path) -> None:
    node = article(site_dir, "lomakkeet/ilmoitus-paaluottamusmiehelle")
    rows = {text_of(r.xpath("./td")[0]): text_of(r.xpath("./td")[2]) for r in node.xpath(".//tbody/tr")
            if len(r.xpath("./td")) == 4}
    assert rows["Ilmoittaja (hyvinvointialue) *"] == "laki edellyttää (189/2001 16 §)"
    assert rows["Ilmoituksen päivämäärä *"] == "käytäntö"
    assert rows["Osallistujan nimi"] == "laki sallii (189/2001 16 §)"
    assert rows["Kuntouttavan työtoiminnan tavoite"] == "laki sallii (189/2001 16 §, 189/2001 9 §)"
    assert "älä kirjaa" not in text_of(node).lower()


def test_the_regional_model_pages_show_the_corrections(site_dir: Path) -> None:
    ep = page_text(site_dir, "prosessit/etela-pohjanmaa-kuntouttava-tyotoiminta")
    assert "Ilmoitusvelvollisuutta ei ole rajattu omana tuotantona järjestettyyn toimintaan" in ep
    assert "tämä ei ole Etelä-Pohjanmaan oma lomake" in ep
    assert "Kyllä: Työnyrkissä" not in ep
    padasjoki = page_text(site_dir, "prosessit/padasjoki-padaspaletti")
    assert "Tarvitaanko arviointitiimiä?" not in padasjoki
    assert "Lähde esittää ohjauksen tavoitteena polun rinnalla, ei polulta poistumisena" in padasjoki
    satakunta = page_text(site_dir, "prosessit/satakunta-sosiaalihuollon-tyollistymista-tukeva-palvelupolku")
    assert "laki 676/2023 kumosi kehitysvammalain 35 §:n" in satakunta


def test_no_real_contact_details_from_the_seeds_in_the_built_site(site_dir: Path) -> None:
    patterns = details()
    hits = []
    for path in site_dir.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".md", ".json", ".js", ".svg", ".xml", ".txt", ".csv"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            name = path.relative_to(site_dir).as_posix()
            hits += [(name, kind) for kind, pattern in patterns if pattern.search(text)]
    assert hits == []

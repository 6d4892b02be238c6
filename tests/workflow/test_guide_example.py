"""The guide's worked example (content/yllapito/esimerkki.md) is a fixture: its YAML blocks are added to a
copy of the repository exactly as the page tells a maintainer to, the copy validates with no diagnostic,
the real site is built with `mkdocs build --strict`, and the pages a maintainer would check show what the
example describes. `polku diff` of the same change is the PR comment the reviewer reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html

from generator.cli import main
from generator.project import Project
from tests.browser.serving import copy_repo
from tests.workflow.guide_example import MODEL, apply_example, blocks, example_build


@pytest.fixture(scope="module")
def example_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of its own (cheap): the tests that read models need not wait for the shared build."""
    root = copy_repo(tmp_path_factory.mktemp("esimerkki") / "repo")
    apply_example(root)
    return root


@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The same change built once per run (tests/workflow/guide_example.py)."""
    return example_build(tmp_path_factory, worker_id).site


def page(site: Path, path: str) -> html.HtmlElement:
    return html.fromstring((site / path / "index.html").read_text(encoding="utf-8")).find(".//article")


def text(element: html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def test_the_page_has_every_block_the_test_applies() -> None:
    assert [(path, key) for path, key, _ in blocks()] == [
        ("process_models/catalog/lahteet.yaml", "sources"),
        ("process_models/catalog/alueet.yaml", "regions"),
        ("process_models/catalog/alueet.yaml", "organisations"),
        (MODEL, None),
    ]


def test_the_example_validates_without_a_single_diagnostic(example_repo: Path) -> None:
    result = Project.at(example_repo).validate()
    assert result.diagnostics == []
    process = next(p.model for p in result.models.processes if p.model.id == "esimerkkila-kuntouttava-tyotoiminta")
    assert [s.id for s in process.steps] == ["tarpeen-tunnistaminen", "palvelutarpeen-arviointi", "ohjaus",
                                             "aktivointisuunnitelma", "sopimus", "jakso", "jatko"]


def test_process_page_shows_steps_decisions_form_law_answers_and_next_service(example_site: Path) -> None:
    article = page(example_site, "prosessit/esimerkkila-kuntouttava-tyotoiminta")
    steps = [text(h).rstrip("¶") for h in article.findall(".//h4")]
    assert steps == ["Palvelun tarpeen tunnistaminen", "Palvelutarpeen arviointi",
                     "Ohjataanko kuntouttavaan työtoimintaan?", "Aktivointisuunnitelman laatiminen",
                     "Työtoimintapaikka ja sopimus", "Kuntouttavan työtoiminnan jakso", "Jakson arviointi ja jatko"]
    body = text(article)
    for condition in ("Ei, asiakas ohjataan muuhun palveluun", "Työtoiminta jatkuu uudella sopimuksella",
                      "Asiakas siirtyy työkokeiluun", "Palvelu päättyy"):
        assert condition in body, condition
    links = {a.get("href", "") for a in article.iter("a")}
    for target in ("lomakkeet/ktt-sopimus/", "saadokset/ktt-laki-9/", "palvelut/tyokokeilu/",
                   "roolit/sosiaaliohjaaja/"):
        assert any(href.endswith(target) for href in links), target
    for answer in ("Sosiaaliohjaaja asiakastapaamisessa.", "Yksilövalmentaja yhdessä asiakkaan kanssa.",
                   "Yksilövalmentaja kuntouttavan työtoiminnan sopimuslomakkeella."):
        assert answer in body, answer
    assert article.xpath("count(.//svg)") >= 1, "the swimlane is drawn"


def test_catalogue_pages_show_the_ids_the_example_uses_with_copy_buttons(example_site: Path) -> None:
    def ids(path: str) -> list[str]:
        return [b.get("data-tunniste") for b in page(example_site, path).xpath(".//button[@class='polku-kopioi']")]

    assert ids("alueet/esimerkkila")[:1] == ["esimerkkila"]
    assert "esimerkkilan-kunta" in ids("alueet/esimerkkila")
    assert ids("roolit/yksilovalmentaja") == ["yksilovalmentaja"]
    assert ids("lomakkeet/ktt-sopimus") == ["ktt-sopimus"]
    assert ids("saadokset/ktt-laki-9") == ["ktt-laki-9"]
    service = ids("palvelut/kuntouttava-tyotoiminta")
    assert service[0] == "kuntouttava-tyotoiminta"
    assert {"tunnistaminen", "toteutus", "kuka-tunnistaa", "kuka-etsii-paikan"} <= set(service)
    assert "esimerkkila-palvelukuvaus" in ids("lahteet")


def test_pr_comment_for_the_example_lists_it_for_the_reviewer(example_repo: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    base = copy_repo(tmp_path / "ennen")
    capsys.readouterr()
    assert main(["--root", str(example_repo), "diff", str(base), str(example_repo)]) == 0
    out = capsys.readouterr().out
    section = out.split("### Prosessi: ")[1].split("\n### ")[0]
    bullets = [re.sub(r"\\(\S)", r"\1", line[2:]) for line in section.splitlines() if line.startswith("- ")]
    assert bullets[:4] == [
        "Uusi prosessimalli *Kuntouttava työtoiminta Esimerkkilässä* (alue Esimerkkilä, palvelu Kuntouttava "
        "työtoiminta).",
        "Tila: luonnos, versio 1.0, omistaja Esimerkkilän kunta, voimaantulopäivä ei merkitty.",
        "Uimaradat ylhäältä alas: Asiakas, Sosiaaliohjaaja tai sosiaalityöntekijä, Yksilövalmentaja tai "
        "kuntouttavan työtoiminnan ohjaaja, Työtoimintapaikka, Työvoimaviranomainen.",
        "Vaihe 1/7 *Palvelun tarpeen tunnistaminen*: palvelun vaihe Tunnistaminen ja asiakasohjaus; vastuu "
        "Sosiaaliohjaaja tai sosiaalityöntekijä; osallistuvat Asiakas; lähteet Esimerkkilän kuntouttavan "
        "työtoiminnan palvelukuvaus (kuvitteellinen); jatkuu: vaihe Palvelutarpeen arviointi.",
    ]
    assert [b.split(":")[0] for b in bullets[4:]] == [
        "Vaihe 2/7 *Palvelutarpeen arviointi*", "Vaihe 3/7 *Ohjataanko kuntouttavaan työtoimintaan?*",
        "Päätöskohta *Ohjataanko kuntouttavaan työtoimintaan?*", "Vaihe 4/7 *Aktivointisuunnitelman laatiminen*",
        "Vaihe 5/7 *Työtoimintapaikka ja sopimus*", "Vaihe 6/7 *Kuntouttavan työtoiminnan jakso*",
        "Vaihe 7/7 *Jakson arviointi ja jatko*", "Päätöskohta *Jakson arviointi ja jatko*",
        "Kysymykseen *Kuka/missä tunnistetaan palvelun tarve?* vastataan",
        "Kysymykseen *Kuka etsii kuntouttavan työtoiminnan paikan?* vastataan",
        "Kysymykseen *Kuka hoitaa kuntouttavan työtoiminnan sopimukset? Kuka tekee asiakaskohtaiset sopimukset? "
        "Kuka tekee ns. tuottajasopimukset (esim. yhdistyksen kanssa)?* vastataan",
        "Vastaamatta jäävät (sivulla aukkoina)", "Mallin lähteet",
    ]
    assert bullets[11] == ("Päätöskohta *Jakson arviointi ja jatko*: Miten asiakas jatkaa jakson jälkeen? Polut: "
                           "”Työtoiminta jatkuu uudella sopimuksella” → vaihe Työtoimintapaikka ja sopimus; "
                           "”Asiakas siirtyy työkokeiluun” → palvelu Työkokeilu; ”Palvelu päättyy” → prosessin loppu.")
    assert "lomakkeet Kuntouttavan työtoiminnan sopimus" in bullets[8]
    assert "säädösperusteet Laki kuntouttavasta työtoiminnasta 5 § (189/2001), Laki kuntouttavasta " \
           "työtoiminnasta 9 § (189/2001)" in bullets[7]

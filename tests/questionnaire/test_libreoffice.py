"""LibreOffice opens the questionnaire (converted to PDF, read back with pypdf, first pages drawn as PNG), and a
workbook a region fills and saves in LibreOffice imports exactly like one saved by Excel/openpyxl."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.questionnaire.conftest import Fill, polku
from tests.questionnaire.test_round_trip import FILLED

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (libreoffice-calc) puuttuu: scripts/setup.sh test")


def soffice(source: Path, out_dir: Path, target: str, profile: Path) -> Path:
    """Convert with a private LibreOffice profile, so parallel tests and a running LibreOffice do not collide."""
    assert SOFFICE is not None
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target,
                    "--outdir", str(out_dir), str(source)], check=True, capture_output=True, timeout=180)
    converted = out_dir / f"{source.stem}.{target.split(':')[0]}"
    assert converted.is_file(), f"LibreOffice did not write {converted.name}"
    return converted


def test_libreoffice_opens_the_questionnaire(questionnaire: Path, tmp_path: Path) -> None:
    pdf = soffice(questionnaire, tmp_path / "pdf", "pdf", tmp_path / "lo-profiili")
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    header = "Tunniste Vaihe Kysymys Nykyinen vastaus Nykyiset roolit Vastaus Rooli Toinen rooli Lähde tai huomio\n"
    assert pages[0].startswith("Kysely: Kuntouttava työtoiminta\nMitä täytetään\n")
    assert pages[1].startswith("Rooli Laji Kuvaus\nAmmatillinen oppilaitos organisaatio")
    title = "Kuntouttava työtoiminta – Etelä-Pohjanmaa: kysymykset\n"
    first = next(i for i, text in enumerate(pages) if text.startswith(title))
    assert first in (2, 3), "the role list takes one or two pages"
    assert pages[first].startswith(f"{title}{header}kuka-tunnistaa ")
    questions = pages[first:-1]
    assert all(page.startswith(header) for page in questions[1:]), "the header row is printed on every page"
    assert "Jatkopoluttaminen tehdään palvelutarpeen" in questions[-1], "the last answer is printed too"
    assert pages[-1].startswith("Kuntouttava työtoiminta – Etelä-Pohjanmaa: vaiheiden vastuut\nKuvaus Vaiheen "
                                "tunniste Palvelun vaihe Vaihe Nykyinen vastuurooli Vastuurooli Lähde tai huomio\n"
                                "tarpeen-tunnistaminen ")
    # the pages as images, for a person to look at (kept in the test's tmp folder)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "sivu")], check=True, timeout=120)
    assert len(list(tmp_path.glob("sivu-*.png"))) == len(pages)


def test_a_workbook_saved_by_libreoffice_imports_like_any_other(repo: Path, questionnaire: Path, fill: Fill,
                                                                tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    filled = fill(questionnaire, {}, by_id=FILLED)
    resaved = soffice(filled, tmp_path / "lo", "xlsx:Calc MS Excel 2007 XML", tmp_path / "lo-profiili")
    capsys.readouterr()
    assert polku(repo, "tuo", str(filled), "--lahde", "Kysely", "--kuiva") == 0
    by_openpyxl = capsys.readouterr().out
    assert polku(repo, "tuo", str(resaved), "--lahde", "Kysely", "--kuiva") == 0
    assert capsys.readouterr().out == by_openpyxl
    assert by_openpyxl.startswith("Muutokset:\n")

"""`polku build --out DIR`: the complete docs tree for any engine, hand-written and generated pages together."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.browser.serving import REPO_ROOT

POLKU = Path(sys.executable).parent / "polku"


def test_build_out_writes_hand_written_and_generated_pages(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    done = subprocess.run([str(POLKU), "build", "--out", str(out)], cwd=REPO_ROOT, capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    for page in ["index.md", "palaute.md", "saavutettavuusseloste.md", "sanasto.md", "yllapito/virhekoodit.md",
                 "prosessit/keski-uusimaa-fokus.md", "roolit/asiakas.md", "assets/polku/polku.css"]:
        assert (out / page).is_file(), page
    process = (out / "prosessit/keski-uusimaa-fokus.md").read_text(encoding="utf-8")
    assert process.startswith("---\ntitle: ") and "## Vaiheet" in process
    assert "*[KTT]: kuntouttava työtoiminta" in process, "abbreviations travel with every page"

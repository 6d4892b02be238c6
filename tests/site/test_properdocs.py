"""The `polku` MkDocs plugin runs unchanged under ProperDocs 1.6, the maintained MkDocs 1.x fork."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.browser.serving import REPO_ROOT, mkdocs_env

PROPERDOCS = Path(sys.executable).parent / "properdocs"


def test_properdocs_builds_the_site_with_the_plugin(tmp_path: Path) -> None:
    out = tmp_path / "site"
    done = subprocess.run([str(PROPERDOCS), "build", "--strict", "-f", "mkdocs.yml", "-d", str(out)], cwd=REPO_ROOT,
                          env=mkdocs_env(), capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr
    # Only the plugin generates process pages; their swimlane and the glossary tooltips show it ran whole.
    process = (out / "prosessit" / "padasjoki-padaspaletti" / "index.html").read_text(encoding="utf-8")
    assert process.count('role="graphics-document"') == 1
    assert '<abbr title="' in process
    assert (out / "lomakkeet" / "ktt-sopimus.docx").read_bytes()[:2] == b"PK"

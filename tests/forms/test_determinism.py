"""Two builds give the same bytes: in this process and in a fresh `polku export forms` process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.render.content import RenderOptions
from generator.render.forms.export import export_forms
from generator.resolve import KnowledgeGraph
from tests.forms.conftest import ROOT, form_ids

POLKU = [sys.executable, "-c", "import sys; from generator.cli import main; sys.exit(main())"]


def test_rendering_twice_gives_identical_bytes(graph: KnowledgeGraph, files: dict[str, bytes]) -> None:
    again = export_forms(graph, RenderOptions(repo_root=str(ROOT)))
    assert again.keys() == files.keys()
    assert [name for name in files if files[name] != again[name]] == []


def test_export_command_writes_the_same_bytes_as_the_site(tmp_path: Path, files: dict[str, bytes]) -> None:
    completed = subprocess.run([*POLKU, "--root", str(ROOT), "export", "forms",
                                "--out", str(tmp_path)], capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr
    written = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert sorted(written) == sorted(f"{i}.{ext}" for i in form_ids() for ext in ("docx", "pdf"))
    assert [name for name in written if written[name] != files[name]] == []


def test_export_refuses_to_write_into_the_models(tmp_path: Path) -> None:
    completed = subprocess.run([*POLKU, "--root", str(ROOT), "export", "forms",
                                "--out", str(ROOT / "process_models" / "x")], capture_output=True, text=True,
                               check=False)
    assert completed.returncode == 1
    assert "process_models" in completed.stderr
    assert not (ROOT / "process_models" / "x").exists()

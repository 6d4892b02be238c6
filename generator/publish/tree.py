"""`polku build --out DIR`: the complete docs tree (hand-written + generated) for any site engine."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.publish.abbreviations import abbreviation_lines
from generator.publish.build import BuildResult, static_assets


def write_tree(result: BuildResult, content_dir: Path, out: Path) -> int:
    """Write every page and asset under `out`; returns the number of files written."""
    assert result.content is not None and result.graph is not None
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(content_dir, out)
    abbreviations = abbreviation_lines(result.graph)
    count = sum(1 for p in out.rglob("*") if p.is_file())
    for page in result.content.pages:
        _write(out / page.path, f"{page.content}\n\n{abbreviations}\n".encode())
        count += 1
    assets = {a.path: a.data for a in result.content.assets}
    assets.update(static_assets())
    for path, data in assets.items():
        _write(out / path, data)
        count += 1
    return count


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)

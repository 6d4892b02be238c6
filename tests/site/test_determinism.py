"""Same input → byte-identical site: two strict builds of the repository produce the same bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.browser.serving import REPO_ROOT, build_site


def _digests(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for out in (first, second):
        built = build_site(REPO_ROOT, out, strict=True)
        assert built.returncode == 0, built.stderr
    a, b = _digests(first), _digests(second)
    assert a.keys() == b.keys()
    assert [name for name in a if a[name] != b[name]] == []
    assert "search/search_index.json" in a and len(a) > 100

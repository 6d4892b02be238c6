"""Same input → byte-identical site: two strict builds of the repository produce the same bytes."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from tests.browser.serving import REPO_ROOT, build_site

# Pagefind writes its filter and metadata indexes from hash maps, so their bytes (and the hashed names the entry
# file points at) vary between runs of the same input (Pagefind issue #638: page fragments and word-index chunks
# are stable since 1.3, "other files will still change"). Their names are compared by kind, not by bytes.
UNSTABLE_SEARCH_FILES = re.compile(r"^pagefind/(filter/fi_[0-9a-f]+\.pf_filter|pagefind\.fi_[0-9a-f]+\.pf_meta"
                                   r"|pagefind-entry\.json)$")


def _digests(site: Path) -> dict[str, str]:
    digests = {}
    for path in sorted(site.rglob("*")):
        name = path.relative_to(site).as_posix()
        if path.is_file():
            unstable = UNSTABLE_SEARCH_FILES.match(name)
            key = re.sub(r"[0-9a-f]{7,}", "*", name) if unstable else name
            digests[key] = "(Pagefind, not byte-stable)" if unstable else hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def test_two_builds_are_byte_identical(site_dir: Path, tmp_path: Path) -> None:
    """The session's site (tests/browser/conftest.py; in a fresh clone the first, cold build) against a second
    build, which reads what the first left in the caches: same bytes, so a cache never changes the site."""
    second = tmp_path / "second"
    built = build_site(REPO_ROOT, second, strict=True)
    assert built.returncode == 0, built.stderr
    a, b = _digests(site_dir), _digests(second)
    assert a.keys() == b.keys()
    assert [name for name in a if a[name] != b[name]] == []
    assert "pagefind/pagefind-entry.json" in a and len(a) > 100

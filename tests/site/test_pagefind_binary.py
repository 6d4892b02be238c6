"""Which Pagefind runs: the binary that `npm ci` put under node_modules, and a Finnish error when it is missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.search import pagefind_index
from generator.search.pagefind_binary import ENVIRONMENT_OVERRIDE, PROJECT_ROOT, find_pagefind, platform_package
from generator.search.pagefind_index import SearchIndexError, build_search_index


def test_the_checkout_has_the_pinned_pagefind() -> None:
    """scripts/setup.sh installs the version package.json pins (1.6.0: index chunks sized with Finnish variants)."""
    package = PROJECT_ROOT / "node_modules" / "pagefind" / "package.json"
    assert json.loads(package.read_text(encoding="utf-8"))["version"] == "1.6.0"
    binary = find_pagefind()
    assert binary is not None
    assert binary.parent == PROJECT_ROOT / "node_modules" / platform_package() / "bin"


def test_the_platform_binary_is_found_under_node_modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The generator's own checkout first, then the checkout whose .venv runs it (a scratch copy of the repository
    has a generator folder of its own but no node_modules); the extended build before the plain one."""
    monkeypatch.delenv(ENVIRONMENT_OVERRIDE, raising=False)
    copy, checkout = tmp_path / "kopio", tmp_path / "checkout"
    assert find_pagefind((copy, checkout)) is None
    folder = checkout / "node_modules" / platform_package() / "bin"
    folder.mkdir(parents=True)
    (folder / "pagefind").write_bytes(b"")
    assert find_pagefind((copy, checkout)) == folder / "pagefind"
    (folder / "pagefind_extended").write_bytes(b"")
    assert find_pagefind((copy, checkout)) == folder / "pagefind_extended"
    own = copy / "node_modules" / platform_package() / "bin"
    own.mkdir(parents=True)
    (own / "pagefind").write_bytes(b"")
    assert find_pagefind((copy, checkout)) == own / "pagefind"
    monkeypatch.setenv(ENVIRONMENT_OVERRIDE, "/opt/pagefind")
    assert find_pagefind((copy, checkout)) == Path("/opt/pagefind")


def test_a_missing_binary_is_a_finnish_error_that_says_what_to_run(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "index.html").write_text("<html lang='fi'><body><article><h1>Etusivu</h1></article></body></html>",
                                         encoding="utf-8")
    monkeypatch.setattr(pagefind_index, "find_pagefind", lambda: None)
    with pytest.raises(SearchIndexError) as raised:
        build_search_index(tmp_path, lemmatiser=None)
    assert str(raised.value) == (
        f"Hakuhakemistoa ei voitu rakentaa, koska Pagefind-ohjelma puuttuu (npm-paketti {platform_package()}). "
        "Asenna se komennolla scripts/setup.sh site (ajaa npm ci -komennon).")

"""`polku serve` rebuilds only the pages an edit changes: the edited text shows, every other page's HTML keeps
its timestamp (checked in the folder `mkdocs serve` builds into), and the search index of the first build is
kept instead of being rebuilt on every save."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.browser.serving import copy_repo, free_port, mkdocs_env

POLKU = Path(sys.executable).parent / "polku"
MODEL = "process_models/keski-uusimaa/fokus-opinnoista-tyoelamaan.yaml"
PAGE = "prosessit/keski-uusimaa-fokus/"
OLD_TITLE = "Fokus: osatyökykyisten opiskelijoiden ohjaus valmistumisen jälkeen"
NEW_TITLE = "Muokattu otsikko palvelimen ollessa käynnissä"
LIMIT_SECONDS = 180.0
ENGLISH = re.compile(r"\b(?:the|is|are|being|with|build|building|built|documentation|serving|watching|files?)\b",
                     re.IGNORECASE)


@dataclass(frozen=True)
class Served:
    repo: Path
    url: str
    build_root: Path  # TMPDIR of the server: `mkdocs serve` builds into a mkdocs_* folder there
    server: subprocess.Popen[bytes]
    log: Path  # what the maintainer sees in the terminal

    @property
    def site(self) -> Path:
        found = sorted(self.build_root.glob("mkdocs_*"))
        assert len(found) == 1, found
        return found[0]


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _wait_for(served: Served, path: str, wanted: str) -> None:
    deadline = time.monotonic() + LIMIT_SECONDS
    while time.monotonic() < deadline:
        assert served.server.poll() is None, "polku serve stopped"
        body = _fetch(served.url + path)
        if body is not None and wanted in body:
            return
        time.sleep(0.5)
    pytest.fail(f"{path} did not show {wanted!r} within {LIMIT_SECONDS:.0f} s")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    repo = copy_repo(tmp_path / "repo")
    build_root = tmp_path / "tmp"
    build_root.mkdir()
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("wb") as output:
        server = subprocess.Popen([str(POLKU), "serve", "--addr", f"127.0.0.1:{port}"], cwd=repo,
                                  env={**mkdocs_env(), "TMPDIR": str(build_root)},
                                  stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield Served(repo, f"http://127.0.0.1:{port}/", build_root, server, log)
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)


def _wait_for_builds(served: Served, count: int) -> str:
    """The terminal output once `count` builds have finished (each ends with "Sivusto rakennettu")."""
    deadline = time.monotonic() + LIMIT_SECONDS
    while time.monotonic() < deadline:
        output = served.log.read_text(encoding="utf-8", errors="replace")
        if output.count("Sivusto rakennettu") >= count:
            return output
        time.sleep(0.5)
    pytest.fail(f"polku serve did not finish {count} builds within {LIMIT_SECONDS:.0f} s")


def _html_times(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("index.html")}


def _pages_mentioning(store: Path, text: str) -> set[str]:
    """The HTML pages built from generated Markdown that contains `text` (x.md and x/index.md → x/index.html)."""
    found = set()
    for source in store.rglob("*.md"):
        if text in source.read_text(encoding="utf-8"):
            relative = source.relative_to(store).with_suffix("").as_posix()
            found.add("index.html" if relative == "index" else
                      relative.removesuffix("/index") + "/index.html")
    return found


def test_a_saved_model_shows_and_only_the_pages_it_changes_are_rebuilt(served: Served) -> None:
    _wait_for(served, PAGE, OLD_TITLE)
    _wait_for_builds(served, 1)
    index_entry = served.site / "pagefind" / "pagefind-entry.json"
    index_time = index_entry.stat().st_mtime_ns
    before = _html_times(served.site)
    changed = _pages_mentioning(served.repo / ".cache" / "polku" / "generated", OLD_TITLE)
    model = served.repo / MODEL
    model.write_text(model.read_text(encoding="utf-8").replace(OLD_TITLE, NEW_TITLE), encoding="utf-8")
    _wait_for(served, PAGE, NEW_TITLE)
    after = _html_times(served.site)
    rebuilt = {page for page, mtime in after.items() if before.get(page) != mtime}
    assert PAGE + "index.html" in changed
    assert rebuilt == changed
    assert len(after) - len(rebuilt) > 50  # everything else kept its timestamp
    second_build = _wait_for_builds(served, 2).split("Sivusto rakennettu")[1]
    assert ("Haku käyttää esikatselun ensimmäisen rakennuksen hakemistoa; se päivittyy, kun esikatselu "
            "käynnistetään uudelleen.") in second_build.splitlines()
    assert index_entry.stat().st_mtime_ns == index_time
    english = [line for line in _wait_for_builds(served, 2).splitlines() if ENGLISH.search(line)]
    assert english == [], "the terminal shows MkDocs' English lines"

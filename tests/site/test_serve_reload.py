"""`mkdocs serve` picks up an edit to a model file without a restart (on a private copy of the repository)."""

from __future__ import annotations

import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.serving import MKDOCS, copy_repo, free_port, mkdocs_env

MODEL = "process_models/keski-uusimaa/fokus-opinnoista-tyoelamaan.yaml"
PAGE = "prosessit/keski-uusimaa-fokus/"
OLD_TITLE = 'title: "Fokus: osatyökykyisten opiskelijoiden ohjaus valmistumisen jälkeen"'
NEW_TITLE = "Muokattu otsikko palvelimen ollessa käynnissä"
LIMIT_SECONDS = 120.0


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _wait_for(url: str, wanted: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + LIMIT_SECONDS
    while time.monotonic() < deadline:
        assert server.poll() is None, "mkdocs serve stopped"
        body = _fetch(url)
        if body is not None and wanted in body:
            return
        time.sleep(0.1)  # one local request; the rebuild ends at any moment
    pytest.fail(f"{url} did not show {wanted!r} within {LIMIT_SECONDS:.0f} s")


@pytest.fixture
def served_copy(tmp_path: Path) -> Iterator[tuple[Path, str, subprocess.Popen[bytes]]]:
    repo = copy_repo(tmp_path / "repo")
    port = free_port()
    server = subprocess.Popen([str(MKDOCS), "serve", "--livereload", "-a", f"127.0.0.1:{port}"], cwd=repo,
                              env=mkdocs_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield repo, f"http://127.0.0.1:{port}/", server
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)


def test_serve_rebuilds_when_a_model_changes(served_copy: tuple[Path, str, subprocess.Popen[bytes]]) -> None:
    repo, url, server = served_copy
    model = repo / MODEL
    text = model.read_text(encoding="utf-8")
    assert OLD_TITLE in text
    _wait_for(url + PAGE, "osatyökykyisten opiskelijoiden ohjaus", server)
    model.write_text(text.replace(OLD_TITLE, f'title: "{NEW_TITLE}"'), encoding="utf-8")
    _wait_for(url + PAGE, NEW_TITLE, server)

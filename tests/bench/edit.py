"""Edit one model: what the generator redoes, and how soon `mkdocs serve` shows the change.

Every edit is undone afterwards (the corpus is reused by later measurements).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.publish.build import BuildResult, build
from generator.render.content import Page
from tests.bench.scenarios import POLKU

CACHE = Path(".cache/polku")
NEW_STEP_TITLE = "Muokattu vaihe suorituskykytestissä"
SERVE_TIMEOUT = 300.0
_EMPTY = Page("", "")
NEW_TITLE = "Uusi otsikko suorituskykytestissa"
SAVES = 3


@dataclass(frozen=True, slots=True)
class EditOutcome:
    model: str
    subject: tuple[str, str, str]  # the edited process's id, region and service
    changed_pages: tuple[str, ...]
    # changed pages that do not show the edited step title (should be none)
    unexplained_pages: tuple[str, ...]
    extras_before: dict[str, object]
    extras_after: dict[str, object]


@contextmanager
def edited(model: Path, pattern: str, replacement: str) -> Iterator[None]:
    """Replace the first match of `pattern` (a whole line) in the model file, and restore it after."""
    original = model.read_text(encoding="utf-8")
    changed, count = re.subn(pattern, replacement, original, count=1, flags=re.MULTILINE)
    if count != 1:
        raise ValueError(f"{model}: no line matches {pattern!r}")
    model.write_text(changed, encoding="utf-8")
    try:
        yield
    finally:
        model.write_text(original, encoding="utf-8")


def step_title_edit(corpus: Path, model: Path) -> EditOutcome:
    """Rename the first step (shown in the model's diagram): only its diagrams and pages should change."""
    before = build(corpus, cache_dir=corpus / CACHE)
    with edited(model, r"^(- id: vaihe-01\n  title: ).*$", rf"\g<1>{NEW_STEP_TITLE}"):
        after = build(corpus, cache_dir=corpus / CACHE)
    build(corpus, cache_dir=corpus / CACHE)  # bring the cache back to the unedited model
    changed = _changed_pages(before, after)
    assert after.content is not None
    unexplained = tuple(p for p in changed if NEW_STEP_TITLE not in (after.content.page(p) or _EMPTY).content)
    relative = str(model.relative_to(corpus))
    return EditOutcome(relative, _subject(after, relative), changed, unexplained, _extras(before), _extras(after))


def _subject(result: BuildResult, model_file: str) -> tuple[str, str, str]:
    assert result.graph is not None
    graph = result.graph
    process = next(p for p in graph.processes.values() if graph.process_file(p.id) == model_file)
    return process.id, process.region, process.service


def _changed_pages(before: BuildResult, after: BuildResult) -> tuple[str, ...]:
    assert before.content is not None and after.content is not None
    old = {p.path: p.content for p in before.content.pages}
    return tuple(sorted(p.path for p in after.content.pages if old.get(p.path) != p.content))


def _extras(result: BuildResult) -> dict[str, object]:
    from tests.bench.probe import stage_summary

    return stage_summary(result.stages)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            body: bytes = response.read()
            return body.decode("utf-8", "replace")
    except OSError:
        return ""


def _wait_for(url: str, needle: str, deadline: float, *, present: bool = True) -> bool:
    """Whether the page came to hold `needle` (or, with present=False, to lose it) before the deadline."""
    while time.monotonic() < deadline:
        if (needle in _fetch(url)) == present:
            return True
        time.sleep(0.2)
    return False


def serve_latency(root: Path, model: Path, page: str) -> float | None:
    """Seconds from saving a new model title until `polku serve` (what a maintainer runs: MkDocs with --dirty)
    serves it, the median of SAVES saves in one session (a single save's wall time varies by half on a shared
    machine); None if one never showed. The server's first full build is not counted, and each save starts once
    the rebuild that restored the title has finished."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/{page}"
    log = (root / "serve.log").open("w")
    server = subprocess.Popen(
        [str(POLKU), "--root", str(root), "serve", "--addr", f"127.0.0.1:{port}"],
        cwd=root, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        if not _wait_for(url, "</html>", time.monotonic() + SERVE_TIMEOUT):
            return None
        _settle(root / "serve.log")
        seconds = []
        for save in range(1, SAVES + 1):
            title = f"{NEW_TITLE} {save}"
            with edited(model, r"^title: .*$", f"title: {title}"):
                started = time.monotonic()
                if not _wait_for(url, title, started + SERVE_TIMEOUT):
                    return None
                seconds.append(time.monotonic() - started)
            if not _wait_for(url, title, time.monotonic() + SERVE_TIMEOUT, present=False):
                return None
            _settle(root / "serve.log")
        return statistics.median(seconds)
    finally:
        _stop(server)
        log.close()


def _settle(log: Path, quiet_seconds: float = 3.0) -> None:
    """Wait until the first build has finished writing (its log stops growing), so the edit starts a rebuild of
    its own instead of landing in the first one."""
    size, still_since = -1, time.monotonic()
    while time.monotonic() - still_since < quiet_seconds:
        now = log.stat().st_size
        if now != size:
            size, still_since = now, time.monotonic()
        time.sleep(0.2)


def real_repository_copy(repo: Path, target: Path) -> Path:
    """The real repository's site (pages, models, generator) in a scratch folder, for an edit that must not
    touch the working tree."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copy2(repo / "mkdocs.yml", target / "mkdocs.yml")
    for folder in ("content", "process_models", "diagrams"):
        if (repo / folder).is_dir():
            shutil.copytree(repo / folder, target / folder)
    (target / "generator").symlink_to(repo / "generator", target_is_directory=True)
    return target


def _stop(server: subprocess.Popen[bytes]) -> None:
    """Stop the server we started (its own process group, by its id)."""
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
    except ProcessLookupError:
        pass

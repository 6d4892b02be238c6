"""Build a Polku site with the real `mkdocs` and serve a directory over loopback (shared by the browser fixtures
and by tests that need a site built from a modified copy of the repository)."""

from __future__ import annotations

import functools
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
MKDOCS = Path(sys.executable).parent / "mkdocs"
AXE_PATH = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Every site the tests serve also answers this one test path with axe-core (tests/browser/axe.py), so Chromium caches
# axe's compiled code as it does the site's own scripts. Injected inline, its 650 kB were compiled again on every
# page: 0.12 CPU-s of each accessibility check.
AXE_URL_PATH = "/__testit/axe.min.js"
# origins being served by serve_directory() right now: axe.py loads axe from the test path only there
SERVED_ORIGINS: set[str] = set()


def mkdocs_env() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build_site(repo: Path, out: Path, *, strict: bool = True) -> subprocess.CompletedProcess[str]:
    """`mkdocs build [--strict] -d out` run from `repo`; the caller decides what a failure means."""
    command = [str(MKDOCS), "build", "-d", str(out)] + (["--strict"] if strict else [])
    return subprocess.run(command, cwd=repo, env=mkdocs_env(), capture_output=True, text=True, timeout=600,
                          check=False)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Request logs would drown pytest's output."""

    def translate_path(self, path: str) -> str:
        return str(AXE_PATH) if path == AXE_URL_PATH else super().translate_path(path)

    def handle(self) -> None:
        """A browser that navigates away mid-download closes the socket; that is not a test failure."""
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            return


@contextmanager
def serve_directory(directory: Path) -> Iterator[str]:
    """Serve `directory` on a free loopback port; yields "http://127.0.0.1:<port>/"."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    SERVED_ORIGINS.add(origin)
    try:
        yield origin + "/"
    finally:
        SERVED_ORIGINS.discard(origin)
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


COPY_IGNORE = shutil.ignore_patterns(".git", ".venv", "node_modules", "site", ".cache", "__pycache__", "tests",
                                     "*.egg-info", ".pytest_cache", ".mypy_cache", ".ruff_cache")


# The content-addressed caches (keyed by input and renderer code, never by path): a copy starts from what earlier
# builds of the repository rendered, so a test pays only for what it changed. Not `generated` (the preview's
# page timestamps) and not `haku` (search documents of one site).
SHARED_CACHES = ("parsed", "findings", "kaaviot", "kaaviot-valmiit", "lomakkeet", "kyselyt", "vertailut")


def copy_repo(target: Path) -> Path:
    """A private copy of the repository (models, content, config, overrides) that a test may edit freely."""
    shutil.copytree(REPO_ROOT, target, ignore=COPY_IGNORE)
    copy_caches(target, SHARED_CACHES)
    return target


def copy_caches(target: Path, names: tuple[str, ...]) -> None:
    """The repository's caches `names` (of SHARED_CACHES), as far as it has them, into the copy at `target`."""
    for name in names:
        cache = REPO_ROOT / ".cache" / "polku" / name
        if cache.is_dir():
            shutil.copytree(cache, target / ".cache" / "polku" / name, dirs_exist_ok=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])

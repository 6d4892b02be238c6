"""Fixtures shared by every test folder: the built site and the browser (tests/browser, tests/security, tests/site).

`site_dir` is the repository built ONCE with `mkdocs build --strict` into a tmp dir; under pytest-xdist the workers
share that one build (tests/run_folder.py: the first builds it under a file lock, the others wait).

`browser` and `worker_page` live here, once: a session fixture defined in two conftests would start a second
Playwright in a worker that runs both folders, and Playwright's sync API refuses to start inside another's event loop.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.browser.serving import REPO_ROOT, build_site
from tests.browser.worker_page import TEST_FAILED, WorkerPage
from tests.run_folder import built_once

# Debian's Chromium as its headless shell (package chromium-headless-shell, the same source and version as the
# `chromium` package): the same Blink and V8 without the full browser's UI machinery, as Playwright itself runs headless
# Chromium. The browser tests take about a third less CPU than with /usr/bin/chromium in its "new" headless mode.
CHROMIUM = "/usr/lib/chromium/chromium-headless-shell"
# --proxy-server: every request to another host goes to a closed loopback port and fails, while the sites the tests
# serve on 127.0.0.1 bypass the proxy (Chromium never proxies loopback): nothing a page asks for leaves the machine
# (the `page` fixture also fails a test that asks), without intercepting each request.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--proxy-server=http://127.0.0.1:9"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup.sh (Debian package 'chromium-headless-shell')")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def worker_page(browser: Browser) -> Iterator[WorkerPage]:
    """The page the worker's browser tests take turns on (tests/browser/worker_page.py); here beside `browser` for
    the same reason: one per worker, whichever folders it runs."""
    shared = WorkerPage(browser)
    yield shared
    shared.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None],
                              ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Marks a test whose setup or call failed, so the `page` fixture replaces the page it leaves behind."""
    report: pytest.TestReport = yield
    if report.failed:
        item.stash[TEST_FAILED] = True
    return report


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    return built_once(tmp_path_factory, worker_id, "site", _build)


def _build(out: Path) -> None:
    built = build_site(REPO_ROOT, out, strict=True)
    assert built.returncode == 0, f"mkdocs build --strict failed:\n{built.stdout}\n{built.stderr}"

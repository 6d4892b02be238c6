"""axe-core accessibility check for a Playwright page: zero WCAG 2.1 A/AA violations allowed."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from playwright.sync_api import Page

from tests.browser.serving import AXE_PATH, AXE_URL_PATH, SERVED_ORIGINS
from tests.browser.worker_page import web_origin

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# axe measures the page at rest: a CSS transition under way (Material's tooltip fading out after the focus left it)
# has colours between two states, and its contrast would be a finding about a frame, not the page. Two frames first
# (Material switches a tooltip's class on the next one), then every transition and finite animation ends; an endless
# one (a spinner) is measured as it is.
AT_REST = """async () => {
    await new Promise(frame => requestAnimationFrame(() => requestAnimationFrame(frame)));
    await Promise.all(document.getAnimations()
        .filter(animation => animation.effect && isFinite(animation.effect.getComputedTiming().endTime))
        .map(animation => animation.finished.catch(() => null)));
}"""


@cache
def _axe_source() -> str:
    return AXE_PATH.read_text(encoding="utf-8")


def accessibility_violations(page: Page) -> list[dict[str, Any]]:
    """Inject axe-core into the loaded page and return its WCAG 2.1 A/AA violations. From the test path of the
    page's own test server where there is one (serving.AXE_URL_PATH: cached and compiled once), else inline."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        origin = web_origin(page.url)
        if origin in SERVED_ORIGINS:
            page.add_script_tag(url=origin + AXE_URL_PATH)
        else:
            page.add_script_tag(content=_axe_source())
    page.evaluate(AT_REST)
    result: dict[str, Any] = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS)
    return list(result["violations"])


def _describe(violations: list[dict[str, Any]]) -> str:
    summary = [{"id": v["id"], "impact": v["impact"], "help": v["help"],
                "nodes": [{"target": n["target"], "html": n["html"][:200], "why": n.get("failureSummary", "")}
                          for n in v["nodes"][:5]]} for v in violations]
    return json.dumps(summary, ensure_ascii=False, indent=1)


def assert_accessible(page: Page) -> None:
    violations = accessibility_violations(page)
    assert not violations, f"axe-core violations on {page.url}:\n{_describe(violations)}"

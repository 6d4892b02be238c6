"""axe-core accessibility check for a Playwright page: zero WCAG 2.1 A/AA violations allowed."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from playwright.sync_api import Page

from tests.browser.serving import REPO_ROOT

AXE_PATH = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@cache
def _axe_source() -> str:
    return AXE_PATH.read_text(encoding="utf-8")


def accessibility_violations(page: Page) -> list[dict[str, Any]]:
    """Inject axe-core (inline, no request) into the loaded page and return its WCAG 2.1 A/AA violations."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=_axe_source())
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

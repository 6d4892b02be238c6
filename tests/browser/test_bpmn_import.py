"""Every exported BPMN file imported into bpmn-js (the npm package, served from this machine) in Debian's
Chromium: no import warnings, and the lanes, tasks, gateways, events and flows bpmn-js sees match the model."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from generator.render.content import RenderOptions
from generator.render.diagrams.export import export_bpmn
from tests.browser.serving import REPO_ROOT, serve_directory
from tests.diagrams.bpmn_facts import expected
from tests.diagrams.conftest import load_graph

BPMN_JS = REPO_ROOT / "node_modules" / "bpmn-js" / "dist"
GRAPH = load_graph(REPO_ROOT)
PAGE = """<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>bpmn-js</title>
<link rel="stylesheet" href="assets/diagram-js.css"><link rel="stylesheet" href="assets/bpmn-js.css">
<script src="bpmn-viewer.production.min.js"></script></head>
<body><div id="kaavio" style="width:1360px;height:880px"></div></body></html>"""
IMPORT = """async (file) => {
  const xml = await (await fetch(file)).text()
  const viewer = new BpmnJS({container: '#kaavio'})
  const result = await viewer.importXML(xml)
  viewer.get('canvas').zoom('fit-viewport')
  const registry = viewer.get('elementRegistry')
  const count = (type) => registry.filter((e) => e.type === type && !e.labelTarget).length
  return {warnings: result.warnings.map((w) => w.message),
          lanes: count('bpmn:Lane'), participants: count('bpmn:Participant'), tasks: count('bpmn:Task'),
          gateways: count('bpmn:ExclusiveGateway'), flows: count('bpmn:SequenceFlow'),
          starts: count('bpmn:StartEvent'), ends: count('bpmn:EndEvent')}
}"""


@pytest.fixture(scope="module")
def bpmn_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not (BPMN_JS / "bpmn-viewer.production.min.js").is_file():
        pytest.fail("bpmn-js is missing: run scripts/setup.sh test (npm ci)")
    root = tmp_path_factory.mktemp("bpmn-site")
    files = export_bpmn(GRAPH, RenderOptions(repo_root=str(REPO_ROOT), cache_dir=str(root / ".cache")))
    for name, data in files.items():
        (root / name).write_bytes(data)
    shutil.copy(BPMN_JS / "bpmn-viewer.production.min.js", root)
    shutil.copytree(BPMN_JS / "assets", root / "assets")
    (root / "index.html").write_text(PAGE, encoding="utf-8")
    with serve_directory(root) as url:
        yield url


@pytest.fixture
def allowed_origin(bpmn_site: str) -> str:
    return bpmn_site


@pytest.mark.browser
@pytest.mark.parametrize("pid", sorted(GRAPH.processes))
def test_bpmn_js_imports_the_export_without_warnings(page: Page, bpmn_site: str, pid: str) -> None:
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(bpmn_site + "index.html")
    seen = page.evaluate(IMPORT, f"prosessi-{pid}.bpmn")
    want = expected(GRAPH.processes[pid])
    assert seen["warnings"] == []
    assert {k: v for k, v in seen.items() if k != "warnings"} == {
        "lanes": want.lanes, "participants": 1, "tasks": want.tasks, "gateways": want.gateways,
        "flows": want.flows, "starts": want.start_events, "ends": want.end_events}, json.dumps(seen)
    # every drawn shape is inside the visible canvas after "fit": the diagram interchange is complete
    assert page.locator(".djs-element.djs-shape").count() >= want.tasks + want.gateways + want.lanes + 1

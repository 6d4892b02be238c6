"""The scripts' texts come from the message catalogue: the generated assets/polku/viestit.js holds them, every
page loads it before any other script on both engines, and every id a script asks for is in it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.messages import catalogue
from generator.publish.build import page_scripts, plugin_scripts, static_assets
from generator.publish.script_messages import SCRIPT, messages_script, script_messages, theme_messages
from generator.publish.site_config import EngineInputs, zensical_config

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
SCRIPTS = [*sorted((GENERATOR / "publish" / "assets").glob("*.js")), GENERATOR / "render" / "diagrams" / "kaaviot.js"]
# every string literal that names a catalogue id of the scripts' own area (also those chosen by a condition)
JS_ID = re.compile(r"""["'](js\.[a-z0-9_.]+)["']""")
COUNTED = re.compile(r"""\bpolkuViestiN\(\s*["']([a-z0-9_.]+)["']""")


def test_every_id_a_script_asks_for_is_in_the_generated_texts() -> None:
    texts = script_messages()
    sources = "\n".join(path.read_text(encoding="utf-8") for path in SCRIPTS)
    counted = set(COUNTED.findall(sources))
    single = set(JS_ID.findall(sources)) - counted
    assert {"js.copy.copied", "js.copy.failed_button"} <= single, "the scan finds ids chosen by a condition"
    assert counted == {"js.search.results"}
    assert single - set(texts) == set()
    assert {f"{key}.{form}" for key in counted for form in ("one", "other")} - set(texts) == set()
    # haku.js orders the type filter by every page kind the search index names
    kinds = re.search(r"KIND_ORDER = \[([^\]]*)\]", sources)
    assert kinds is not None
    assert {f"search.kinds.{k}" for k in re.findall(r'"([a-z]+)"', kinds.group(1))} == {
        key for key in texts if key.startswith("search.kinds.")}


def test_the_generated_texts_are_the_catalogues() -> None:
    finnish = catalogue("fi")
    assert script_messages()["js.search.searching"] == finnish["js.search.searching"] == "Haetaan…"
    assert script_messages()["search.kinds.process"] == "Prosessi"
    assert all(key.startswith(("js.", "search.")) for key in script_messages())
    assert theme_messages()["theme.search.placeholder"] == "Hae sivustolta"
    assert static_assets()[SCRIPT] == messages_script()


def test_the_texts_load_before_every_other_script_on_both_engines() -> None:
    assert page_scripts(["assets/polku/kaaviot.js"]) == [
        SCRIPT, "assets/polku/kaaviot.js", "assets/polku/polku.js", "assets/polku/vertailu.js",
        "assets/polku/tarkistuslista.js", "assets/polku/haku.js"]
    inputs = EngineInputs([], (), plugin_scripts(), {"polku_viestit": theme_messages()})
    config = zensical_config({"extra_javascript": ["assets/polku/kaaviot.js"], "extra": {"generator": False}},
                             inputs, docs_dir="docs", site_dir="site", custom_dir="overrides")
    assert config["extra_javascript"] == page_scripts(["assets/polku/kaaviot.js"])
    assert config["extra"] == {"generator": False, "polku_viestit": theme_messages()}


NODE = shutil.which("node")
CALLS = """
const vm = require("vm");
const window = {};
vm.runInNewContext(process.argv[1], { window, Object });
const out = [
  window.polkuViesti("js.search.no_results", { query: "ktt" }),
  window.polkuViestiN("js.search.results", 1, { query: "ktt" }),
  window.polkuViestiN("js.search.results", 12, { query: "ktt" }),
  window.polkuViesti("js.comparison.regions_shown", { shown: 2, total: 45 }),
  Object.isFrozen(window.POLKU_VIESTIT),
];
try { window.polkuViesti("js.search.nonexistent") } catch (error) { out.push(String(error.message)) }
try { window.polkuViesti("js.search.no_results") } catch (error) { out.push(String(error.message)) }
console.log(JSON.stringify(out));
"""


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed (scripts/setup.sh installs it for the site tools)")
def test_the_browser_side_fills_placeholders_and_counts_like_python() -> None:
    assert NODE is not None
    source = messages_script().decode("utf-8")
    done = subprocess.run([NODE, "-e", CALLS, source], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == [
        "Ei tuloksia haulle ”ktt”.",
        "1 tulos haulle ”ktt”.",
        "12 tulosta haulle ”ktt”.",
        "Näytetään 2 aluetta 45:stä.",
        True,
        "polkuViesti: unknown message id js.search.nonexistent",
        "polkuViesti: js.search.no_results needs {query}",
    ]


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed (scripts/setup.sh installs it for the site tools)")
def test_literal_braces_stay_braces() -> None:
    """`{{`/`}}` in a catalogue text are literal braces, as in Python's str.format."""
    assert NODE is not None
    text = "{{x}} {count}"
    script = messages_script().decode("utf-8").replace(
        '"js.checklist.clear": "Tyhjennä rastit"', f'"js.checklist.clear": "{text}"')
    calls = ("const vm = require('vm'); const window = {}; vm.runInNewContext(process.argv[1], { window, Object });"
             "console.log(window.polkuViesti('js.checklist.clear', { count: 3 }))")
    done = subprocess.run([NODE, "-e", calls, script], capture_output=True, text=True, check=True)
    assert done.stdout == "{x} 3\n" == text.format(count=3) + "\n"

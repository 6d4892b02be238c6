"""`polku validate` starts fast because no command imports the renderers until it runs (generator/cli/).

Not a timing test: it checks which heavy libraries a process has loaded after building the whole command
line parser and running `polku validate --help`, in a fresh interpreter.
"""

from __future__ import annotations

import json
import subprocess
import sys

from generator.cli.cmd_export import DIAGRAM_FORMATS
from generator.render.diagrams.export import FORMATS

# Libraries and our own modules that only building the site or writing a file needs.
HEAVY = ("openpyxl", "docx", "reportlab", "pypdf", "mkdocs", "generator.publish.build", "generator.render.site",
         "generator.render.forms", "generator.questionnaire.writer", "generator.compare.export")

PROBE = f"""
import json, sys
from generator.cli import build_parser
build_parser()
heavy = {HEAVY!r}
print(json.dumps(sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy))))
"""


def test_building_the_command_line_imports_no_renderer() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []


def test_validate_runs_without_importing_a_renderer() -> None:
    probe = PROBE.replace("build_parser()", "from generator.cli import main\nmain(['validate', '--format', 'json'])")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == []


def test_the_export_command_offers_the_diagram_formats_the_exporter_writes() -> None:
    assert DIAGRAM_FORMATS == FORMATS

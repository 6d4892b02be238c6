"""`polku publish`: the finished, reader-ready site from one of the supported site engines.

MkDocs (+ Material) runs the `polku` plugin itself. Zensical runs no third-party plugins, so the core
writes the docs tree first (`write_tree`, as `polku build --out` does) and a config that carries what
the plugin would have added (navigation, stylesheets, scripts); theme overrides that only Material on
MkDocs understands are left out of Zensical's way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.messages import message
from generator.project import Project
from generator.publish.build import BuildResult, build, plugin_scripts, plugin_stylesheets
from generator.publish.engine_kind import Engine
from generator.publish.nav import build_nav
from generator.publish.script_messages import THEME_EXTRA_KEY, theme_messages
from generator.publish.site_config import (
    MKDOCS_ONLY_OVERRIDES,
    EngineInputs,
    copy_overrides,
    read_mkdocs_config,
    write_yaml,
    zensical_config,
)
from generator.publish.tree import write_tree
from generator.search.pagefind_index import SearchIndexError, build_search_index

OVERRIDES_DIR = Path(__file__).parent / "overrides"


@dataclass(frozen=True, slots=True)
class PublishOutcome:
    """What happened: `ok`, the engine's own output (shown to the maintainer only when it failed),
    and the core's result when the engine needed it (Zensical), for its diagnostics."""

    ok: bool
    output: str
    build: BuildResult | None = None


def engine_command(engine: Engine) -> Path | None:
    """The engine's program in this Python environment, or None when its extra is not installed."""
    program = Path(sys.executable).parent / engine.value
    return program if program.is_file() else None


def publish(project: Project, engine: Engine, out: Path) -> PublishOutcome:
    if engine is Engine.MKDOCS:
        return _run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project.root / "mkdocs.yml"),
                     "-d", str(out)], cwd=project.root)
    return _publish_with_zensical(project, out)


def _publish_with_zensical(project: Project, out: Path) -> PublishOutcome:
    program = engine_command(Engine.ZENSICAL)
    if program is None:
        return PublishOutcome(False, MISSING_ZENSICAL)
    result = build(project.root, cache_dir=project.cache_dir)
    if not result.ok or result.graph is None or result.content is None:
        return PublishOutcome(False, "", result)
    # Zensical wants docs_dir and site_dir inside the folder of its config: one scratch project.
    with tempfile.TemporaryDirectory(prefix="polku-zensical-") as scratch_name:
        scratch = Path(scratch_name)
        write_tree(result, project.root / "content", scratch / "docs")
        copy_overrides(OVERRIDES_DIR, scratch / "overrides", leave_out=MKDOCS_ONLY_OVERRIDES)
        inputs = EngineInputs(build_nav(result.graph, result.content), plugin_stylesheets(), plugin_scripts(),
                              {THEME_EXTRA_KEY: theme_messages()})
        config = zensical_config(read_mkdocs_config(project.root / "mkdocs.yml"), inputs,
                                 docs_dir="docs", site_dir="site", custom_dir="overrides")
        write_yaml(config, scratch / "mkdocs.yml")
        outcome = _run([str(program), "build", "--clean", "--strict", "-f", str(scratch / "mkdocs.yml")], cwd=scratch)
        if not outcome.ok:
            return PublishOutcome(False, outcome.output, result)
        # The plugin indexes the MkDocs site after its build; Zensical runs no plugin, so the same index here.
        try:
            build_search_index(scratch / "site")
        except SearchIndexError as error:
            return PublishOutcome(False, str(error), result)
        _replace(out, scratch / "site")
    return PublishOutcome(True, outcome.output, result)


def _run(command: list[str], *, cwd: Path) -> PublishOutcome:
    # Material 9.7 prints a banner about MkDocs 2.0 on every run; it is noise for maintainers.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    return PublishOutcome(done.returncode == 0, done.stdout + done.stderr)


def _replace(target: Path, built: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(built), str(target))


MISSING_ZENSICAL = message("publish.missing_zensical")

"""One measured run in its own process, reported as one JSON line on stdout.

`python -m tests.bench.probe cmd -- ARGV…` runs a command as a child and reports its wall time, CPU
time and peak memory. `python -m tests.bench.probe mkdocs CONFIG SITE_DIR` runs `mkdocs build` in
this process with timers around the generator's stages (and the diagram stage), so the generator's
share of a build can be told apart from MkDocs' own work and from `dot`.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the probe imports the generator only after timing starts
    from generator.render.diagrams.dot_runner import RenderStats
    from generator.render.stages import StageOutputs

Stats = dict[str, Any]


def _usage() -> Stats:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu_self": me.ru_utime + me.ru_stime, "cpu_children": kids.ru_utime + kids.ru_stime,
            "maxrss_self_kb": me.ru_maxrss, "maxrss_children_kb": kids.ru_maxrss}


def run_command(argv: list[str]) -> Stats:
    started = time.perf_counter()
    completed = subprocess.run(argv, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    return {"wall": wall, "returncode": completed.returncode, "stdout_tail": completed.stdout[-400:],
            **_usage()}


def _timed_stage(record: Stats, name: str, stage: Callable[..., object]) -> Callable[..., object]:
    @functools.wraps(stage)
    def run(*args: Any) -> object:
        before, started = _usage()["cpu_children"], time.perf_counter()
        value = stage(*args)
        record[name] = {"wall": time.perf_counter() - started, "cpu_children": _usage()["cpu_children"] - before}
        return value
    return run


STAGE_FUNCTIONS = ("contribute_forms", "contribute_history", "contribute_diagrams", "contribute_questionnaires")


def _instrument_stages(record: Stats) -> None:
    """Wraps each stage that `run_stages` calls (looked up on its module at call time) with a timer."""
    from generator.render import stages

    for attribute in STAGE_FUNCTIONS:
        stage = getattr(stages, attribute)
        setattr(stages, attribute, _timed_stage(record, f"{stage.__module__}.{stage.__name__}", stage))


def _instrument_search_index(record: Stats) -> None:
    """Record what the Pagefind step of the build took and wrote (the plugin calls it through the module): its
    time after the last page (`seconds`), and apart from it the documents a worker made while MkDocs was building
    (`made_early`, `early_cpu_seconds`: that work overlaps the build and is in the run's children CPU time)."""
    from generator.search import pagefind_index

    original = pagefind_index.build_search_index

    @functools.wraps(original)
    def timed(*args: Any, **kwargs: Any) -> Any:
        index = original(*args, **kwargs)
        record.update(seconds=index.seconds, bytes_on_disk=index.bytes_on_disk, files=index.files,
                      pages=index.pages, pages_with_keywords=index.pages_with_keywords,
                      reused=index.reused, pagefind_seconds=index.pagefind_seconds, made_early=index.made_early,
                      early_cpu_seconds=index.early_cpu_seconds, early_wait_seconds=index.early_wait_seconds)
        return index

    pagefind_index.build_search_index = timed


def run_mkdocs(config_file: str, site_dir: str) -> Stats:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    stages: Stats = {}
    search: Stats = {}
    _instrument_stages(stages)
    _instrument_search_index(search)
    started = time.perf_counter()
    config = load_config(config_file, site_dir=site_dir)
    build(config)
    plugin = config.plugins.get("polku")
    if plugin is None:  # the floor: the engine's own search index over the same pages, as any site needs one
        search.update(_plain_pagefind(site_dir))
    wall = time.perf_counter() - started
    result = getattr(plugin, "result", None)
    timings = dict(result.timings) if result is not None else {}
    stats = getattr(plugin, "diagram_stats", None)  # the plugin lets go of the stage outputs once MkDocs has them
    extras = diagram_summary(stats) if stats is not None else {}
    return {"wall": wall, "generator": timings, "stages": stages, "extras": extras, "search": search, **_usage()}


def _plain_pagefind(site_dir: str) -> Stats:
    """Pagefind over the finished site with its defaults: what a site without Polku's keywords would run."""
    from generator.search.pagefind_binary import find_pagefind

    binary = find_pagefind()
    assert binary is not None, "Pagefind is installed by scripts/setup.sh (npm ci)"
    started = time.perf_counter()
    subprocess.run([str(binary), "--site", site_dir, "--force-language", "fi", "--silent"],
                   check=True, capture_output=True)
    return {"seconds": time.perf_counter() - started}


def stage_summary(outputs: StageOutputs | None) -> Stats:
    """Which diagrams the diagram stage drew, which came from the cache, and each swimlane's cold time (ms)."""
    return diagram_summary(outputs.diagrams.output.stats) if outputs is not None else {}


def diagram_summary(stats: RenderStats) -> Stats:
    return {"diagram_stats.rendered": _jsonable(stats.rendered), "diagram_stats.cached": _jsonable(stats.cached),
            "diagram_stats.swimlane_ms": dict(stats.swimlane_ms)}


def _jsonable(value: object) -> object:
    if isinstance(value, int | float | str | bool):
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return sorted(str(v) for v in value)
    return {k: _jsonable(v) for k, v in vars(value).items()} if hasattr(value, "__dict__") else str(value)


def main(argv: list[str]) -> int:
    if argv[0] == "cmd":
        stats = run_command(argv[argv.index("--") + 1:])
    else:
        os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
        stats = run_mkdocs(argv[1], argv[2])
    sys.stdout.write(json.dumps(stats) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The measurements of one corpus size: validate, cold and warm builds, the floor, and the site's weight.

Each run is a separate process (tests.bench.probe), so peak memory and CPU are per run; figures are
medians over `runs` runs.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.bench.corpus import CorpusSpec, make_corpus
from tests.bench.floor import write_floor_config
from tests.bench.search_figures import SearchFigures, search_figures
from tests.bench.site_stats import SiteStats, site_stats

REPO = Path(__file__).resolve().parents[2]
POLKU = Path(sys.executable).parent / "polku"
Stats = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Runs:
    validate: int = 5
    builds: int = 3
    cold: int = 3  # cold builds draw every diagram again: the slowest runs


@dataclass(slots=True)
class ScaleResult:
    spec: CorpusSpec
    validate: list[Stats] = field(default_factory=list)
    cold: list[Stats] = field(default_factory=list)
    warm: list[Stats] = field(default_factory=list)
    floor: list[Stats] = field(default_factory=list)
    site: SiteStats | None = None
    search: SearchFigures | None = None
    # `polku publish --engine E` with warm caches, measured on the 1× corpus: engine name → run
    publish: dict[str, Stats] = field(default_factory=dict)

    def median(self, runs: str, key: str = "wall") -> float:
        return float(statistics.median(_value(run, key) for run in getattr(self, runs)))

    def generator_seconds(self, runs: str) -> float:
        """load+validate+resolve+render inside the build, minus the time spent waiting for `dot`.

        A warm build runs no `dot`; in a cold one the diagram stage's extra time over a warm one is `dot`.
        """
        warm_stage = statistics.median(diagram_stage(r)["wall"] for r in self.warm) if self.warm else 0.0
        return float(statistics.median(
            sum(r["generator"].values()) - max(0.0, diagram_stage(r)["wall"] - warm_stage) if runs == "cold"
            else sum(r["generator"].values()) for r in getattr(self, runs)))

    def cpu(self, runs: str) -> float:
        """CPU seconds of a run, this process and its children: less sensitive to other load than wall time."""
        return float(statistics.median(r["cpu_self"] + r["cpu_children"] for r in getattr(self, runs)))

    def search_index_seconds(self, runs: str) -> float:
        """The Pagefind step of a build after its last page (0 when the build did not report it)."""
        return float(statistics.median(r.get("search", {}).get("seconds", 0.0) for r in getattr(self, runs)))

    def search_early_cpu(self, runs: str) -> float:
        """CPU seconds of the search documents made beside MkDocs, before the step (not in its seconds)."""
        return float(statistics.median(r.get("search", {}).get("early_cpu_seconds", 0.0)
                                       for r in getattr(self, runs)))

    def run_counts(self) -> str:
        return "/".join(str(len(getattr(self, runs))) for runs in ("validate", "cold", "warm", "floor"))

    def peak_rss_mb(self) -> float:
        runs = self.validate + self.cold + self.warm + self.floor
        return float(max(max(r["maxrss_self_kb"], r["maxrss_children_kb"]) for r in runs)) / 1024

    def build_rss_mb(self) -> tuple[float, float]:
        """(the build process, its largest child: Pagefind or a worker) over the cold and warm builds."""
        runs = self.cold + self.warm
        return (max(r["maxrss_self_kb"] for r in runs) / 1024, max(r["maxrss_children_kb"] for r in runs) / 1024)


ENGINES = ("mkdocs", "zensical")


def _value(run: Stats, key: str) -> float:
    value: Any = run
    for part in key.split("."):
        value = value[part]
    return float(value)


def diagram_stage(run: Stats) -> Stats:
    """The contributor whose module name mentions diagrams (zeros if there is none yet)."""
    for name, stage in run.get("stages", {}).items():
        if "diagram" in name:
            return dict(stage)
    return {"wall": 0.0, "cpu_children": 0.0}


def _probe(*args: str) -> Stats:
    completed = subprocess.run([sys.executable, "-m", "tests.bench.probe", *args], cwd=REPO,
                               capture_output=True, text=True, check=False)
    if completed.returncode != 0 or not completed.stdout.strip():
        raise RuntimeError(f"probe {args} failed:\n{completed.stderr[-3000:]}")
    stats: Stats = json.loads(completed.stdout.strip().splitlines()[-1])
    return stats


def _validate(corpus: Path) -> Stats:
    stats = _probe("cmd", "--", str(POLKU), "--root", str(corpus), "validate")
    if stats["returncode"] != 0:
        raise RuntimeError(f"the synthetic corpus does not validate:\n{stats['stdout_tail']}")
    return stats


def _build(config: Path, site: Path, *, cold: bool) -> Stats:
    if cold:
        shutil.rmtree(config.parent / ".cache", ignore_errors=True)
    return _probe("mkdocs", str(config), str(site))


def measure_scale(workdir: Path, spec: CorpusSpec, runs: Runs, log: Callable[[str], None]) -> tuple[ScaleResult, Path]:
    corpus = make_corpus(REPO, workdir / f"korpus-{spec.scale}x", spec)
    result = ScaleResult(spec)
    site = workdir / f"sivusto-{spec.scale}x"
    floor_config = _floor_tree(corpus, workdir, spec)
    # The cold builds and the floor alternate (cold, floor, cold, floor, …): the ratio of their medians is the
    # target, and this machine's speed for the same work drifts by a fifth within half an hour (one day's floor
    # medians 50.6 and 42.7 s), so runs of one kind measured together and the other's minutes later compared two
    # machines. The warm builds follow the last cold build, whose caches they use.
    floor_site = workdir / f"lattia-{spec.scale}x"

    def record(name: str, count: int, stats: Stats) -> None:
        getattr(result, name).append(stats)
        log(f"  {spec.scale}×  {name} {len(getattr(result, name))}/{count}: {stats['wall']:.2f} s")

    for _ in range(runs.validate):
        record("validate", runs.validate, _validate(corpus))
    for i in range(max(runs.cold, runs.builds)):
        if i < runs.cold:
            record("cold", runs.cold, _build(corpus / "mkdocs.yml", site, cold=True))
        if i < runs.builds:
            record("floor", runs.builds, _probe("mkdocs", str(floor_config), str(floor_site)))
    for _ in range(runs.builds):
        record("warm", runs.builds, _build(corpus / "mkdocs.yml", site, cold=False))
    result.site = site_stats(site)
    if spec.scale == 1:
        for engine in ENGINES:
            result.publish[engine] = _probe("cmd", "--", str(POLKU), "--root", str(corpus), "publish", "--engine",
                                            engine, "--out", str(workdir / f"julkaisu-{engine}"))
            log(f"  {spec.scale}×  publish --engine {engine}: {result.publish[engine]['wall']:.2f} s "
                f"(exit {result.publish[engine]['returncode']})")
    log(f"  {spec.scale}×  search in Chromium …")
    result.search = search_figures(site)
    return result, corpus


def _floor_tree(corpus: Path, workdir: Path, spec: CorpusSpec) -> Path:
    """The floor's MkDocs config over the Markdown and diagram files `polku build --out` writes (the cold builds
    remove the corpus' cache before each run, so this build warms nothing for them)."""
    tree = workdir / f"puu-{spec.scale}x"
    subprocess.run([str(POLKU), "--root", str(corpus), "build", "--out", str(tree)], check=True,
                   capture_output=True)
    return write_floor_config(corpus, tree)

"""Running Graphviz: an on-disk cache, a thread pool of `dot` subprocesses, and failures as diagnostics.

A job's cache key is the hash of everything that decides its output: the DOT text (layout and hand-off
edges), the output format, the style file and the Graphviz version. A failure never raises: a missing
`dot` (B001), a non-zero exit (B002) and a run over the time limit (B003) become diagnostics that name
the model file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TypeVar

from generator import codes
from generator.diagnostics import Diagnostic, make
from generator.messages import message

DOT_TIMEOUT_SECONDS = 60.0
_T = TypeVar("_T")
CACHE_VERSION = b"polku-diagrams-3"  # bump when the drawing pipeline changes what a source becomes


@dataclass(frozen=True, slots=True)
class DotJob:
    """One Graphviz run: a map drawn as SVG/PNG, or a swimlane's node order as JSON (`fmt="json"`)."""

    name: str  # stable file stem, e.g. "prosessi-<id>"
    source: str
    model_file: str  # the file a maintainer fixes when this diagram fails
    fmt: str = "svg"


@dataclass(frozen=True, slots=True)
class RenderStats:
    """Which diagrams were drawn by Graphviz in this build and which came from the cache."""

    rendered: tuple[str, ...] = ()
    cached: tuple[str, ...] = ()
    # milliseconds per swimlane, drawn from scratch (dot + geometry + SVG), for `make bench`
    swimlane_ms: tuple[tuple[str, float], ...] = ()


@dataclass(slots=True)
class RenderResult:
    outputs: dict[str, bytes] = field(default_factory=dict)  # job name → Graphviz output
    seconds: dict[str, float] = field(default_factory=dict)  # job name → wall time of its dot run (drawn only)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    stats: RenderStats = field(default_factory=RenderStats)


class _Failure(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


@dataclass(frozen=True, slots=True)
class DotRunner:
    cache_dir: Path | None
    style_bytes: bytes
    workers: int = 2
    timeout: float = DOT_TIMEOUT_SECONDS
    dot: str = "dot"

    def render(self, jobs: Sequence[DotJob]) -> RenderResult:
        result = RenderResult()
        for _ in self.stream(jobs, lambda job: job, result):
            pass
        return result

    def stream(self, items: Iterable[_T], job_of: Callable[[_T], DotJob],
               result: RenderResult) -> Iterator[tuple[_T, bytes | None]]:
        """Each item with its job's output (None when it failed: the diagnostic is in `result`), in item order.

        Every job is handed to the `dot` threads as soon as its item is taken from `items`, and the first output
        is yielded only after all are handed over: the caller's work on one output (a swimlane's geometry and
        SVG, all Python) then overlaps the `dot` runs of the others instead of waiting for the slowest."""
        executable = shutil.which(self.dot)
        if executable is None:
            first = next(iter(items), None)
            if first is not None:
                result.diagnostics.append(make(codes.B001, job_of(first).model_file, 1, 1))
            return
        version = graphviz_version(executable)
        rendered: list[str] = []
        cached: list[str] = []
        with ThreadPoolExecutor(max_workers=max(1, self.workers)) as pool:
            queued: list[tuple[_T, DotJob, str, bytes | Future[tuple[bytes | Diagnostic, float]]]] = []
            for item in items:
                job = job_of(item)
                key = self._key(job, version)
                hit = self._cached(key)
                queued.append((item, job, key, hit if hit is not None else pool.submit(self._timed_draw, executable,
                                                                                          job)))
            for item, job, key, found in queued:
                yield item, self._collect(job, key, found, result, rendered if isinstance(found, Future) else cached)
        result.outputs = dict(sorted(result.outputs.items()))
        result.stats = RenderStats(tuple(sorted(rendered)), tuple(sorted(cached)))

    def _collect(self, job: DotJob, key: str, found: bytes | Future[tuple[bytes | Diagnostic, float]],
                 result: RenderResult, tally: list[str]) -> bytes | None:
        tally.append(job.name)
        if isinstance(found, bytes):
            result.outputs[job.name] = found
            return found
        outcome, seconds = found.result()
        result.seconds[job.name] = seconds
        if isinstance(outcome, Diagnostic):
            result.diagnostics.append(outcome)
            return None
        self._store(key, outcome)
        result.outputs[job.name] = outcome
        return outcome

    def _key(self, job: DotJob, version: str) -> str:
        digest = hashlib.sha256(CACHE_VERSION)
        for part in (job.source, job.fmt, version):
            digest.update(b"\0" + part.encode("utf-8"))
        digest.update(b"\0" + self.style_bytes)
        return digest.hexdigest()

    def _cached(self, key: str) -> bytes | None:
        if self.cache_dir is None:
            return None
        path = self.cache_dir / "kaaviot" / f"{key}.out"
        return path.read_bytes() if path.is_file() else None

    def _store(self, key: str, data: bytes) -> None:
        if self.cache_dir is None:
            return
        target = self.cache_dir / "kaaviot" / f"{key}.out"
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.{id(data)}.tmp")  # unique across processes too
        partial.write_bytes(data)
        partial.replace(target)  # atomic: a parallel build never reads half a file

    def _timed_draw(self, executable: str, job: DotJob) -> tuple[bytes | Diagnostic, float]:
        started = time.perf_counter()
        outcome = self._draw(executable, job)
        return outcome, time.perf_counter() - started

    def _draw(self, executable: str, job: DotJob) -> bytes | Diagnostic:
        try:
            return self._run([executable, f"-T{job.fmt}"], job.source, job)
        except _Failure as failure:
            return failure.diagnostic

    def _run(self, command: list[str], source: str, job: DotJob) -> bytes:
        try:
            done = subprocess.run(command, input=source.encode("utf-8"), capture_output=True,
                                  timeout=self.timeout, check=False)
        except subprocess.TimeoutExpired:
            raise _Failure(make(codes.B003, job.model_file, 1, 1, diagram=job.name,
                                seconds=f"{self.timeout:g}")) from None
        except OSError as error:
            raise _Failure(make(codes.B002, job.model_file, 1, 1, diagram=job.name, detail=str(error))) from None
        if done.returncode != 0 or not done.stdout:
            detail = _first_error_line(done.stderr) or message("diagrams.failure.exit_status", status=done.returncode)
            raise _Failure(make(codes.B002, job.model_file, 1, 1, diagram=job.name, detail=detail))
        return done.stdout


def _first_error_line(stderr: bytes) -> str:
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    errors = [line for line in lines if not line.startswith("Warning")]
    return (errors or lines or [""])[0][:200]


@cache
def graphviz_version(executable: str) -> str:
    """`dot -V` (written to stderr), part of every cache key."""
    try:
        done = subprocess.run([executable, "-V"], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"  # part of a cache key only
    return done.stderr.decode("utf-8", "replace").strip()

"""The diagram stage's `dot` runs overlap its own work: every job is handed to Graphviz before the first output is
taken, outputs come back in the order of the items, and a failed job comes back as None with its diagnostic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from generator.render.diagrams.dot_runner import DotJob, DotRunner, RenderResult

JOBS = [DotJob(f"prosessi-{i}", f"digraph {{ a{i} -> b{i} }}", f"process_models/x/{i}.yaml", "json")
        for i in range(6)]
BROKEN = DotJob("prosessi-rikki", "digraph { a -> ", "process_models/x/rikki.yaml")


def test_every_job_is_handed_over_before_the_first_output(tmp_path: Path) -> None:
    events: list[str] = []

    def items() -> Iterator[DotJob]:
        for job in JOBS:
            events.append(f"taken {job.name}")
            yield job

    for job, output in DotRunner(tmp_path, b"{}").stream(items(), lambda job: job, RenderResult()):
        events.append(f"output {job.name} {output is not None}")
    assert events == [f"taken {job.name}" for job in JOBS] + [f"output {job.name} True" for job in JOBS]


def test_a_failed_job_comes_back_in_its_place_as_none(tmp_path: Path) -> None:
    result = RenderResult()
    runner = DotRunner(tmp_path, b"{}")
    got = [(name, output is None) for name, output in
           runner.stream([JOBS[0].name, BROKEN.name, JOBS[1].name],
                         {j.name: j for j in (*JOBS, BROKEN)}.__getitem__, result)]
    assert got == [("prosessi-0", False), ("prosessi-rikki", True), ("prosessi-1", False)]
    assert [d.code for d in result.diagnostics] == ["B002"]
    assert result.stats.rendered == ("prosessi-0", "prosessi-1", "prosessi-rikki")
    assert list(result.outputs) == ["prosessi-0", "prosessi-1"]


def test_a_second_stream_takes_the_outputs_from_the_cache(tmp_path: Path) -> None:
    DotRunner(tmp_path, b"{}").render(JOBS[:2])
    result = RenderResult()
    outputs = list(DotRunner(tmp_path, b"{}").stream(JOBS[:3], lambda job: job, result))
    assert [job.name for job, output in outputs if output] == ["prosessi-0", "prosessi-1", "prosessi-2"]
    assert (result.stats.cached, result.stats.rendered) == (("prosessi-0", "prosessi-1"), ("prosessi-2",))
    assert list(result.seconds) == ["prosessi-2"]

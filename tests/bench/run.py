"""`make bench`: build the synthetic national corpus at 1×, 2× and 4×, measure, print the table and
write content/suorituskyky.md.

Not a test module (pytest collects only test_*.py). Usage:
    python -m tests.bench.run [--scales 1,2,4] [--runs 3] [--no-page] [--keep]
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import sys
import tempfile
from pathlib import Path

from tests.bench.corpus import CorpusSpec
from tests.bench.edit import EditOutcome, real_repository_copy, serve_latency, step_title_edit
from tests.bench.explanations import WHY
from tests.bench.report import machine, print_table, scale_rows, write_page
from tests.bench.scenarios import REPO, Runs, ScaleResult, measure_scale
from tests.bench.targets import Findings, evaluate

PAGE = REPO / "content" / "suorituskyky.md"
EDITED_MODEL = Path("process_models/synteettinen-alue-01/kuntouttava-tyotoiminta.yaml")
EDITED_PAGE = "prosessit/synteettinen-alue-01-kuntouttava-tyotoiminta/"
REAL_EDITED_MODEL = Path("process_models/paijat-hame/padasjoki-padaspaletti.yaml")
REAL_EDITED_PAGE = "prosessit/padasjoki-padaspaletti/"


def log(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__)
    parser.add_argument("--scales", default="1,2,4", help="corpus sizes, comma-separated (1 is required)")
    parser.add_argument("--runs", type=int, default=3, help="builds per measurement on the 1× corpus")
    parser.add_argument("--cold-runs", type=int, default=3, help="cold builds on the 1× corpus (slowest)")
    parser.add_argument("--no-page", action="store_true", help="print only; do not write content/suorituskyky.md")
    parser.add_argument("--keep", action="store_true", help="keep the tmp corpora and sites")
    parser.add_argument("--save", type=Path, help="also save the measurements to this file (pickle)")
    parser.add_argument("--load", type=Path, help="do not measure: rewrite the table from a --save file")
    return parser.parse_args(argv)


def _edit_scenarios(corpus: Path) -> tuple[EditOutcome, float | None]:
    log("  1×  editing one model …")
    edit = step_title_edit(corpus, corpus / EDITED_MODEL)
    log(f"  1×  changed pages: {len(edit.changed_pages)}; polku serve …")
    seconds = serve_latency(corpus, corpus / EDITED_MODEL, EDITED_PAGE)
    log(f"  1×  save → page: {seconds if seconds is None else round(seconds, 2)} s")
    return edit, seconds


def _real_serve(workdir: Path) -> float | None:
    log("real repository: polku serve …")
    root = real_repository_copy(REPO, workdir / "oikea")
    seconds = serve_latency(root, root / REAL_EDITED_MODEL, REAL_EDITED_PAGE)
    log(f"  real  save → page: {seconds if seconds is None else round(seconds, 2)} s")
    return seconds


def measure(workdir: Path, scales: list[int], runs: int, cold_runs: int) -> Findings:
    results: dict[int, ScaleResult] = {}
    edit, serve = None, None
    for scale in scales:
        log(f"{scale}× corpus …")
        plan = Runs(validate=5, builds=runs, cold=cold_runs) if scale == 1 else Runs(validate=3, builds=1, cold=1)
        results[scale], corpus = measure_scale(workdir, CorpusSpec(scale=scale), plan, log)
        if scale == 1:
            edit, serve = _edit_scenarios(corpus)
    return Findings(results, edit, serve, machine(), serve_real_seconds=_real_serve(workdir))


def _measure_in_tmp(args: argparse.Namespace) -> Findings:
    scales = sorted({int(s) for s in args.scales.split(",")} | {1})
    workdir = Path(tempfile.mkdtemp(prefix="polku-bench-"))
    try:
        return measure(workdir, scales, args.runs, args.cold_runs)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    findings = pickle.loads(args.load.read_bytes()) if args.load else _measure_in_tmp(args)
    if args.save:
        args.save.write_bytes(pickle.dumps(findings))
    rows, targets = scale_rows(findings.scales), evaluate(findings, WHY)
    sys.stdout.write(print_table(findings, rows, targets))
    if not args.no_page:
        write_page(PAGE, findings, rows, targets)
        log(f"wrote {PAGE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

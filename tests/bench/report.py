"""The benchmark's one table: printed to the terminal and written to content/suorituskyky.md (Finnish)."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import os
import platform
import statistics
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from tests.bench.before import BEFORE, MEASURED_ON, SERVE_BEFORE
from tests.bench.scenarios import ENGINES, ScaleResult, diagram_stage
from tests.bench.search_figures import SearchFigures
from tests.bench.targets import KIB, Findings, Target, diagrams_rendered, fi

TEMPLATE = "suorituskyky.md.jinja"
MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    values: tuple[str, ...]


def _seconds(runs: str) -> Callable[[ScaleResult], str]:
    return lambda r: f"{fi(r.median(runs))} s" if getattr(r, runs) else "–"


def _rendered(runs: str) -> Callable[[ScaleResult], str]:
    def show(r: ScaleResult) -> str:
        counts = [diagrams_rendered(run.get("extras", {})) for run in getattr(r, runs)]
        return str(counts[0]) if counts and counts[0] is not None else "ei tietoa"
    return show


def _diagram_times(r: ScaleResult) -> str:
    stage = diagram_stage(r.cold[0])
    return f"{fi(stage['wall'])} s / {fi(stage['cpu_children'])} s"


def swimlane_ms(r: ScaleResult) -> list[float]:
    """Milliseconds per swimlane in the first cold build (dot + geometry + SVG), as the diagram stage reports."""
    found = r.cold[0].get("extras", {}).get("diagram_stats.swimlane_ms", {}) if r.cold else {}
    return sorted(float(v) for v in found.values()) if isinstance(found, dict) else []


def _swimlane_times(r: ScaleResult) -> str:
    times = swimlane_ms(r)
    if not times:
        return "ei tietoa"
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return f"{fi(statistics.median(times), 0)} ms / {fi(p95, 0)} ms"


def _publish(engine: str) -> Callable[[ScaleResult], str]:
    def show(r: ScaleResult) -> str:
        run = r.publish.get(engine)
        if run is None:
            return "–"
        return f"{fi(run['wall'])} s" if run["returncode"] == 0 else f"epäonnistui ({fi(run['wall'])} s)"
    return show


def _share(r: ScaleResult, runs: str) -> str:
    seconds = r.generator_seconds(runs)
    return f"{fi(seconds)} s = {fi(100 * seconds / r.median(runs), 1)} %"


def _search_build(r: ScaleResult) -> str:
    """The step after the last page; the documents a worker made beside MkDocs are told apart, not hidden."""
    seconds, early = r.search_index_seconds("cold"), r.search_early_cpu("cold")
    if not seconds:
        return "–"
    shown = f"{fi(seconds)} s = {fi(100 * seconds / r.median('cold'), 1)} %"
    if not early:
        return shown
    return f"{shown} viimeisen sivun jälkeen; sivujen rinnalla tehdyt hakudokumentit {fi(early)} s CPU"


def _search(r: ScaleResult, show: Callable[[SearchFigures], str]) -> str:
    return show(r.search) if r.search is not None else "–"


def _site(show: Callable[[ScaleResult], str]) -> Callable[[ScaleResult], str]:
    return lambda r: show(r) if r.site is not None else "–"


ROWS: tuple[tuple[str, Callable[[ScaleResult], str]], ...] = (
    ("Prosessimalleja", lambda r: str(r.spec.model_count)),
    ("HTML-sivuja", _site(lambda r: str(r.site.html_pages if r.site else 0))),
    ("polku validate (seinäaika, CPU-aika)",
     lambda r: f"{fi(r.median('validate'))} s (CPU {fi(r.median('validate', 'cpu_children'))} s)"),
    ("Kylmä täysi rakennus, tyhjä kaaviovälimuisti", _seconds("cold")),
    ("Lämmin rakennus, ei muutoksia", _seconds("warm")),
    ("Lattia: MkDocs + Material + Pagefind samoista sivuista", _seconds("floor")),
    ("Kylmä / lattia", lambda r: f"{fi(r.median('cold') / r.median('floor'))} ×"),
    ("Lämmin / lattia", lambda r: f"{fi(r.median('warm') / r.median('floor'))} ×"),
    ("Generaattorin oma osuus (kylmä, ilman dot-aikaa)", lambda r: _share(r, "cold")),
    ("Generaattorin oma osuus (lämmin)", lambda r: _share(r, "warm")),
    ("Kaavioita piirretty: kylmä / lämmin", lambda r: f"{_rendered('cold')(r)} / {_rendered('warm')(r)}"),
    ("Kaavioiden piirto, seinäaika / lasten CPU-aika (kylmä)", _diagram_times),
    ("Uimaratakaavio kylmänä: mediaani / p95 (dot + geometria + SVG)", _swimlane_times),
    *((f"polku publish --engine {engine} (lämmin välimuisti)", _publish(engine)) for engine in ENGINES),
    ("Muistin huippu (ru_maxrss)", lambda r: f"{fi(r.peak_rss_mb(), 0)} MiB"),
    ("Muisti rakennuksessa: rakennusprosessi / suurin lapsiprosessi",
     lambda r: " / ".join(f"{fi(mib, 0)} MiB" for mib in r.build_rss_mb())),
    ("Sivuston koko", _site(lambda r: f"{fi(r.site.total_bytes / MIB, 1)} MiB" if r.site else "")),
    ("Suurin HTML-sivu", _site(lambda r: f"{fi(r.site.largest_bytes / KIB, 0)} kt" if r.site else "")),
    ("HTML-sivun mediaani", _site(lambda r: f"{fi(r.site.median_bytes / KIB, 0)} kt" if r.site else "")),
    ("Prosessisivun mediaani", _site(lambda r: f"{fi(r.site.median_process_bytes / KIB, 0)} kt" if r.site else "")),
    ("Navigaation osuus prosessisivusta", _site(lambda r: f"{fi(100 * r.site.nav_share, 0)} %" if r.site else "")),
    ("Hakuhakemiston rakennus (Pagefind, kylmä)", lambda r: _search_build(r)),
    ("Hakuhakemisto levyllä (pagefind/)",
     _site(lambda r: f"{fi(r.site.search_index_bytes / MIB, 1)} MiB, {r.site.search_index_files} tiedostoa"
           if r.site else "")),
    ("Ensimmäinen haku lataa (Chromium)", lambda r: _search(r, lambda s: f"{fi(s.first_query_bytes / KIB, 0)} kt")),
    ("Toinen haku lataa (Chromium)", lambda r: _search(r, lambda s: f"{fi(s.second_query_bytes / KIB, 0)} kt")),
    ("Erillinen hakulista: sivu 10 ensimmäisen joukossa",
     lambda r: _search(r, lambda s: f"{s.held_out_found}/{s.held_out_total}")),
)


def scale_rows(scales: dict[int, ScaleResult]) -> list[Row]:
    ordered = [scales[s] for s in sorted(scales)]
    return [Row(label, tuple(show(r) for r in ordered)) for label, show in ROWS]


def _command_version(argv: list[str]) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=10)
    except OSError:
        return "ei asennettu"
    return (done.stdout + done.stderr).strip().splitlines()[0] if (done.stdout + done.stderr).strip() else "?"


def _ram_gib() -> str:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return fi(int(line.split()[1]) / 1024 / 1024, 1)
    return "?"


def machine() -> dict[str, str]:
    return {
        "Päivämäärä": dt.date.today().isoformat(),
        "Ytimiä": str(os.cpu_count()),
        "Muistia": f"{_ram_gib()} GiB",
        "Käyttöjärjestelmä": platform.platform(),
        "Python": platform.python_version(),
        "Graphviz": _command_version(["dot", "-V"]),
        "MkDocs": importlib.metadata.version("mkdocs"),
        "Material for MkDocs": importlib.metadata.version("mkdocs-material"),
        "Kuormitus lopussa (load average 1/5/15 min)": " / ".join(fi(x) for x in os.getloadavg()),
    }


def print_table(findings: Findings, rows: list[Row], targets: list[Target]) -> str:
    header = ["Mittari", *(f"{s}×" for s in sorted(findings.scales))]
    table = [header, *([row.label, *row.values] for row in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) for line in table]
    lines += ["", "Tavoitteet:"]
    lines += [f"  [{_mark(t.met)}] {t.name}: {t.measured} (tavoite {t.limit})" for t in targets]
    return "\n".join(lines) + "\n"


def _mark(met: bool | None) -> str:
    return {True: "OK", False: "EI", None: "??"}[met]


def _before_rows(findings: Findings, rows: list[Row]) -> list[tuple[str, str, str, str, str]]:
    """(label, before 1×, now 1×, before 4×, now 4×) for each row the previous round also measured."""
    scales = sorted(findings.scales)
    now = {row.label: dict(zip(scales, row.values, strict=True)) for row in rows}
    return [(b.label, b.one, now.get(b.label, {}).get(1, "–"), b.four, now.get(b.label, {}).get(4, "–"))
            for b in BEFORE]


def write_page(path: Path, findings: Findings, rows: list[Row], targets: list[Target]) -> None:
    env = Environment(loader=FileSystemLoader(Path(__file__).parent), undefined=StrictUndefined,
                      keep_trailing_newline=True, autoescape=False)
    env.filters["fi"] = fi
    env.filters["mark"] = lambda met: {True: "kyllä", False: "**ei**", None: "ei mitattu"}[met]
    page = env.get_template(TEMPLATE).render(
        machine=findings.machine or machine(), scales=sorted(findings.scales), rows=rows, targets=targets,
        edit=findings.edit, serve_seconds=findings.serve_seconds, serve_real_seconds=findings.serve_real_seconds,
        before=_before_rows(findings, rows), before_date=MEASURED_ON, serve_before=SERVE_BEFORE,
        run_counts={scale: r.run_counts() for scale, r in findings.scales.items()},
        specs={s: r.spec for s, r in findings.scales.items()})
    path.write_text(page, encoding="utf-8")

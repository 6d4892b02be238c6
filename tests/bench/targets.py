"""The issue's targets, each with its measured figure, whether it is met, and (when not) why and what would help."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.bench.edit import EditOutcome
from tests.bench.scenarios import ScaleResult, diagram_stage

KIB = 1024


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    limit: str
    measured: str
    met: bool | None  # None: could not be measured
    why: str = ""


@dataclass(frozen=True, slots=True)
class Findings:
    scales: dict[int, ScaleResult]
    edit: EditOutcome | None
    serve_seconds: float | None  # `polku serve`, 1× corpus: save → the edited page served
    machine: dict[str, str] = field(default_factory=dict)  # recorded when the measurements end
    serve_real_seconds: float | None = None  # the same on a copy of the real repository


def fi(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


def _ratio(name: str, limit: float, value: float, why: str, *, unit: str = "×") -> Target:
    return Target(name, f"≤ {fi(limit)} {unit}", f"{fi(value)} {unit}", value <= limit, "" if value <= limit else why)


def rendered_names(extras: dict[str, object]) -> list[str] | None:
    """Names of the diagrams Graphviz drew in a build (from the diagram stage's stats), if it reports them."""
    found = [v for k, v in extras.items() if k.endswith(".rendered") and isinstance(v, list)]
    return [str(name) for names in found for name in names] if found else None


def diagrams_rendered(extras: dict[str, object]) -> int | None:
    names = rendered_names(extras)
    return len(names) if names is not None else None


def related_to(name: str, model: str, region: str, service: str) -> bool:
    """A diagram that shows the model: its own, or its region's or service's overview map."""
    return model in name or name.endswith(f"-{region}") or name.endswith(f"-{service}")


def evaluate(findings: Findings, why: dict[str, str]) -> list[Target]:
    one = findings.scales[1]
    return [
        _ratio("Kylmä täysi rakennus / lattia (1×)", 1.5, one.median("cold") / one.median("floor"), why["cold"]),
        _warm(one, why["warm"]),
        _ratio("Generaattorin oma osuus kylmästä rakennuksesta (1×)", 10,
               100 * one.generator_seconds("cold") / one.median("cold"), why["share"], unit="%"),
        _parallel(one, why["parallel"]),
        _edit(findings, why["edit"]),
        _serve("Tallennuksesta esikatseluun, polku serve (1×)", 5.0, findings.serve_seconds, why["serve"]),
        _serve("Tallennuksesta esikatseluun, polku serve (oikea tietopankki)", 2.0, findings.serve_real_seconds,
               why["serve"]),
        Target("polku validate koko korpukselle (1×)", "≤ 2,00 s", f"{fi(one.median('validate'))} s",
               one.median("validate") <= 2.0, why["validate"] if one.median("validate") > 2.0 else ""),
        *_growth(findings.scales, why),
        _memory(findings.scales, why["memory"]),
        _page_size(findings.scales, why["page"]),
        *_search(findings.scales, why),
        _process_page(findings.scales, why["process_page"]),
    ]


def _warm(one: ScaleResult, why: str) -> Target:
    ratio = one.median("warm") / one.median("floor")
    rendered = [diagrams_rendered(run.get("extras", {})) for run in one.warm]
    counted = [r for r in rendered if r is not None]
    zero = bool(counted) and max(counted) == 0
    measured = f"{fi(ratio)} ×, kaavioita piirretty {max(counted) if counted else 'ei tietoa'}"
    met = ratio <= 1.15 and zero
    return Target("Lämmin rakennus / lattia (1×), ei yhtään kaaviota piirretty", "≤ 1,15 × ja 0 kaaviota",
                  measured, met, "" if met else why)


def _parallel(one: ScaleResult, why: str) -> Target:
    stage = diagram_stage(one.cold[0])  # the 1× corpus, as the issue asks; other sizes are in the table
    if stage["cpu_children"] <= 0:
        return Target("Kaavioiden piirto: seinäaika / CPU-aika (kylmä, 1×)", "≤ 0,60", "ei mitattavissa", None, why)
    share = stage["wall"] / stage["cpu_children"]
    return Target("Kaavioiden piirto: seinäaika / CPU-aika (kylmä, 1×)", "≤ 0,60",
                  f"{fi(share)} ({fi(stage['wall'])} s / {fi(stage['cpu_children'])} s)", share <= 0.6,
                  "" if share <= 0.6 else why)


def _edit(findings: Findings, why: str) -> Target:
    edit = findings.edit
    if edit is None:
        return Target("Yhden mallin muokkaus", "vain sen kaaviot ja sivut", "ei mitattu", None, why)
    names = rendered_names(edit.extras_after)
    unrelated = [n for n in names or [] if not related_to(n, *edit.subject)]
    diagrams_ok = bool(names) and not unrelated
    measured = (f"kaavioita piirretty {len(names) if names is not None else 'ei tietoa'}"
                f" ({', '.join(names or [])}), muihin malleihin liittyviä {len(unrelated)}; "
                f"muuttuneita sivuja {len(edit.changed_pages)}, joista muokkausta näyttämättömiä "
                f"{len(edit.unexplained_pages)}")
    met = diagrams_ok and not edit.unexplained_pages
    return Target("Yhden mallin muokkaus piirtää vain sen kaaviot ja sitä näyttävät sivut", "kyllä", measured,
                  met, "" if met else why)


def _serve(name: str, limit: float, seconds: float | None, why: str) -> Target:
    if seconds is None:
        return Target(name, f"≤ {fi(limit)} s", "ei mitattu", None, why)
    return Target(name, f"≤ {fi(limit)} s", f"{fi(seconds)} s", seconds <= limit, "" if seconds <= limit else why)


def _growth(scales: dict[int, ScaleResult], why: dict[str, str]) -> list[Target]:
    """Growth in CPU time (robust when other work shares the machine); wall-time growth is shown beside it."""
    if 4 not in scales:
        return [Target("Kasvu 1× → 4×", "≤ 4,50 ×", "4× ei mitattu", None, why["growth"])]
    one, four = scales[1], scales[4]
    assert one.site is not None and four.site is not None
    measured = (("kylmä rakennus", "cold", "growth"), ("lämmin rakennus", "warm", "growth"),
                ("polku validate", "validate", "validate"))
    rows = [_cpu_growth(f"Kasvu 1× → 4×: {label}", one, four, runs, why[key]) for label, runs, key in measured]
    return [*rows, _ratio("Kasvu 1× → 4×: sivuston koko", 4.5, four.site.total_bytes / one.site.total_bytes,
                          why["growth"])]


def _cpu_growth(name: str, one: ScaleResult, four: ScaleResult, runs: str, why: str) -> Target:
    ratio = four.cpu(runs) / one.cpu(runs)
    wall = four.median(runs) / one.median(runs)
    return Target(name, "≤ 4,50 × (CPU-aika)", f"{fi(ratio)} × (seinäaika {fi(wall)} ×)", ratio <= 4.5,
                  "" if ratio <= 4.5 else why)


def _memory(scales: dict[int, ScaleResult], why: str) -> Target:
    largest = max(scales)
    peak = scales[largest].peak_rss_mb()
    own, child = scales[largest].build_rss_mb()
    return Target(f"Muistin huippu ({largest}×)", "≤ 1024 MiB",
                  f"{fi(peak, 0)} MiB (rakennusprosessi {fi(own, 0)} MiB, suurin lapsiprosessi {fi(child, 0)} MiB)",
                  peak <= 1024, "" if peak <= 1024 else why)


def _page_size(scales: dict[int, ScaleResult], why: str) -> Target:
    parts, met = [], True
    for scale, result in sorted(scales.items()):
        assert result.site is not None
        site = result.site
        met = met and site.largest_bytes <= 300 * KIB
        parts.append(f"{scale}×: suurin {fi(site.largest_bytes / KIB, 0)} kt ({site.largest_page}), "
                     f"mediaani {fi(site.median_bytes / KIB, 0)} kt, yli 300 kt: {site.pages_over_300k} sivua")
    return Target("Yksikään HTML-sivu ei ylitä 300 kt", "≤ 300 kt", "; ".join(parts), met, "" if met else why)


def _largest(scales: dict[int, ScaleResult]) -> tuple[int, ScaleResult]:
    scale = max(scales)
    return scale, scales[scale]


def _search(scales: dict[int, ScaleResult], why: dict[str, str]) -> list[Target]:
    """The issue's search targets, judged at the largest size measured (the issue names 4×)."""
    scale, result = _largest(scales)
    search, one = result.search, scales[1]
    if search is None:
        return [Target("Haku", "mitattu", "ei mitattu", None, why["search_first"])]
    build_share = 100 * one.search_index_seconds("cold") / one.median("cold")
    held_out = search.held_out_found / search.held_out_total
    misses = f" (ei löytynyt: {', '.join(search.held_out_misses)})" if search.held_out_misses else ""
    return [
        _ratio(f"Ensimmäinen haku lataa ({scale}×)", 300, search.first_query_bytes / KIB, why["search_first"],
               unit="kt"),
        _ratio(f"Toinen haku lataa ({scale}×)", 100, search.second_query_bytes / KIB, why["search_second"],
               unit="kt"),
        _ratio("Hakuhakemiston rakennus kylmästä rakennuksesta (1×)", 10, build_share, why["search_index"],
               unit="%"),
        Target(f"Erillinen hakulista ({scale}×)", "≥ 90 %",
               f"{search.held_out_found}/{search.held_out_total} = {fi(100 * held_out, 0)} %{misses}",
               held_out >= 0.9, "" if held_out >= 0.9 else why["search_recall"]),
    ]


def _process_page(scales: dict[int, ScaleResult], why: str) -> Target:
    scale, result = _largest(scales)
    assert result.site is not None
    median = result.site.median_process_bytes / KIB
    return Target(f"Prosessisivun mediaani ({scale}×)", "≤ 80 kt",
                  f"{fi(median, 0)} kt, navigaation osuus {fi(100 * result.site.nav_share, 0)} %", median <= 80,
                  "" if median <= 80 else why)

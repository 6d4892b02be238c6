"""`polku compare SERVICE`: one service side by side across regions, as Markdown, CSV or XLSX for a meeting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.compare.formats import FORMATS, ExportFormat
from generator.project import Project
from generator.report import EXIT_ERRORS, format_diagnostics

SEPARATORS = {",": ",", ";": ";", "tab": "\t"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "compare", help="vertaile palvelun kuvauksia alueittain (md, csv, xlsx)",
        description="Kirjoittaa palvelun alueellisen vertailun tiedostoon: kattavuus, vaiheet, kysymykset, "
                    "kuka tekee mitä, säädösperusteet ja lomakkeet. Esim. polku compare "
                    "tyollistymista-tukeva-toiminta --regions satakunta,huittinen --format xlsx --out vertailu.xlsx",
    )
    parser.add_argument("service", metavar="PALVELU", help="palvelun tunniste, esim. kuntouttava-tyotoiminta")
    parser.add_argument("--regions", metavar="ALUEET",
                        help="pilkuin erotetut alueet (oletus: palvelun kuvanneet alueet ja muut alueet aukkoina)")
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="tiedostomuoto: md, csv tai xlsx (oletus: --out-tiedoston päätteestä)")
    parser.add_argument("--separator", choices=tuple(SEPARATORS), default=",", metavar="EROTIN",
                        help="CSV:n erotin: ',' (oletus), ';' (suomenkielinen Excel) tai 'tab'")
    parser.add_argument("--out", type=Path, required=True, metavar="TIEDOSTO", help="kohdetiedosto")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # heavy (openpyxl): imported only when this command runs (commands.py)
    from generator.compare import build_comparison, request_problems
    from generator.compare.export import export
    from generator.compare.select import parse_region_list
    from generator.resolve import resolve

    project = Project.at(Path(args.root))
    fmt = _format(args.format, args.out)
    problem = _output_problem(project, args.out.resolve(), fmt)
    if problem:
        return _fail(problem)
    result = project.validate()
    if not result.ok:
        sys.stdout.write(format_diagnostics(result.diagnostics, "text", files=project.file_count()))
        return _fail("Prosessimalleissa on virheitä; korjaa ne ensin.")
    graph = resolve(result.models)
    regions = parse_region_list(args.regions) if args.regions is not None else None
    problems = request_problems(graph, args.service, regions)
    if problems:
        return _fail("\n".join(problems))
    data = export(build_comparison(graph, args.service, regions), fmt, separator=SEPARATORS[args.separator])
    try:
        args.out.write_bytes(data)
    except OSError as error:
        return _fail(f"Tiedostoa {args.out} ei voitu kirjoittaa: {error.strerror or error}.")
    sys.stdout.write(f"Vertailu kirjoitettu tiedostoon {args.out}\n")
    return 0


def _format(requested: str | None, out: Path) -> ExportFormat:
    suffix = out.suffix.lower().lstrip(".")
    for fmt in FORMATS:
        if requested == fmt or (requested is None and suffix == fmt):
            return fmt
    return "md"


def _output_problem(project: Project, out: Path, fmt: ExportFormat) -> str | None:
    if out.is_relative_to(project.models_dir) or out.is_relative_to(project.root / "content"):
        return "Vertailua ei kirjoiteta kansioihin process_models/ tai content/; valitse toinen kohde."
    if not out.parent.is_dir():
        return f"Kansiota {out.parent} ei ole olemassa."
    if out.is_dir():
        return f"{out} on kansio; anna tiedoston nimi, esim. {out / ('vertailu.' + fmt)}."
    return None


def _fail(message: str) -> int:
    sys.stderr.write(f"polku compare: {message}\n")
    return EXIT_ERRORS

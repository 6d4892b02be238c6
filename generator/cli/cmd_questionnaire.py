"""`polku kysely` (a questionnaire workbook for regions) and `polku tuo` (import a filled one)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator.project import Project
from generator.report import EXIT_ERRORS, EXIT_OK, format_diagnostics

if TYPE_CHECKING:
    from generator.questionnaire.importer import ImportResult
    from generator.resolve import KnowledgeGraph

# The questionnaire code (openpyxl) is imported inside the commands: every `polku` command builds the whole
# parser, and `polku validate` must not pay for it (see commands.py).


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ask = sub.add_parser(
        "kysely", help="tee alueille kyselylomake (XLSX), jolla ne täydentävät kuvauksensa",
        description="Kirjoittaa Excel-työkirjan: Ohje, Kysymykset (palvelun kysymykset, alueen nykyiset vastaukset "
                    "ja täytettävät sarakkeet) ja Vastuut (alueen kuvauksen vaiheet ja vastuuroolit). Esim. polku "
                    "kysely kuntouttava-tyotoiminta --region etela-pohjanmaa --out kysely.xlsx")
    ask.add_argument("service", metavar="PALVELU", help="palvelun tunniste, esim. kuntouttava-tyotoiminta")
    ask.add_argument("--region", action="append", required=True, metavar="ALUE",
                     help="alueen tunniste; toista valitsin, jos kysyt usealta alueelta (välilehdet alueittain)")
    ask.add_argument("--out", type=Path, required=True, metavar="TIEDOSTO", help="kohdetiedosto (.xlsx)")
    ask.set_defaults(run=run_questionnaire)
    bring = sub.add_parser(
        "tuo", help="tuo alueen täyttämä kysely malleihin",
        description="Tarkistaa täytetyn kyselyn jokaisen solun ja kirjoittaa vastaukset, roolit ja vastuut alueen "
                    "prosessimalliin tekstimuokkauksina (kommentit säilyvät). Yksikin virhe: mitään ei kirjoiteta.")
    bring.add_argument("file", type=Path, metavar="TIEDOSTO", help="täytetty kysely (.xlsx)")
    bring.add_argument("--lahde", required=True, metavar="NIMI",
                       help="lähteen nimi lähdeluetteloon, esim. \"Etelä-Pohjanmaan kysely 2026\"")
    bring.add_argument("--kuiva", action="store_true", help="näytä muutokset kirjoittamatta mitään")
    bring.add_argument("--korvaa", action="store_true", help="korvaa olemassa olevat vastaukset ja vastuuroolit")
    bring.set_defaults(run=run_import)


def _graph(project: Project, command: str) -> KnowledgeGraph | None:
    from generator.resolve import resolve

    result = project.validate()
    if result.ok:
        return resolve(result.models)
    sys.stdout.write(format_diagnostics(result.diagnostics, "text", files=project.file_count()))
    sys.stderr.write(f"polku {command}: prosessimalleissa on virheitä; korjaa ne ensin.\n")
    return None


def run_questionnaire(args: argparse.Namespace) -> int:
    from generator.questionnaire.content import build_questionnaire
    from generator.questionnaire.errors import QuestionnaireError
    from generator.questionnaire.writer import to_xlsx

    project = Project.at(Path(args.root))
    out = args.out.resolve()
    if out.is_relative_to(project.models_dir) or out.is_relative_to(project.root / "content"):
        sys.stderr.write("polku kysely: kyselyä ei kirjoiteta kansioihin process_models/ tai content/.\n")
        return EXIT_ERRORS
    graph = _graph(project, "kysely")
    if graph is None:
        return EXIT_ERRORS
    try:
        data = to_xlsx(build_questionnaire(graph, args.service, args.region))
        out.write_bytes(data)
    except QuestionnaireError as exc:
        sys.stderr.write(f"polku kysely: {exc}\n")
        return EXIT_ERRORS
    except OSError as exc:
        sys.stderr.write(f"polku kysely: tiedostoa {args.out} ei voitu kirjoittaa: {exc.strerror or exc}.\n")
        return EXIT_ERRORS
    sys.stdout.write(f"Kysely kirjoitettu tiedostoon {args.out}\n")
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from generator.questionnaire.importer import ImportOptions, import_workbook

    project = Project.at(Path(args.root))
    if not args.file.is_file():
        sys.stderr.write(f"polku tuo: tiedostoa {args.file} ei ole.\n")
        return EXIT_ERRORS
    if not args.lahde.strip():
        sys.stderr.write("polku tuo: anna lähteen nimi valitsimella --lahde, esim. --lahde \"Alueen kysely 2026\".\n")
        return EXIT_ERRORS
    graph = _graph(project, "tuo")
    if graph is None:
        return EXIT_ERRORS
    options = ImportOptions(source_name=args.lahde, dry_run=args.kuiva, replace=args.korvaa)
    result = import_workbook(project, graph, args.file, options)
    sys.stdout.write(describe(result, project))
    return EXIT_OK if result.ok else EXIT_ERRORS


def describe(result: ImportResult, project: Project) -> str:
    """The Finnish report: problems, or the change list in `polku diff`'s sentences and what was written."""
    from generator.diff.sentences import sentence
    from generator.questionnaire.problems import format_problems

    if result.problems:
        return format_problems(result.problems)
    if result.diagnostics:
        # the edited files first: an error there explains the knock-on errors elsewhere
        edited = [d for d in result.diagnostics if d.file in result.files] or list(result.diagnostics)
        return ("Tuotu sisältö rikkoisi mallit, joten mitään ei kirjoitettu:\n"
                + format_diagnostics(edited, "text", files=project.file_count()))
    lines = []
    if result.report is None or not result.report.sections:
        lines.append("Ei muutoksia: mallit vastaavat jo kyselyn vastauksia.")
    else:
        lines.append("Muutokset:")
        for section in result.report.sections:
            lines.append(f"{section.heading} {section.name}:")
            lines.extend(f"  - {' '.join(sentence(change).split())}" for change in section.changes)
    if result.plan is not None and result.plan.notes:
        lines.append("Alueen huomiot riveillä, jotka eivät muuttaneet malleja:")
        lines.extend(f"  - {note}" for note in result.plan.notes)
    if result.written:
        lines.append("Kirjoitettu: " + ", ".join(result.files))
        lines.append("Tarkista muutokset (git diff) ja avaa niistä pull request.")
    elif result.report is not None and result.report.sections:
        lines.append("Kuivaharjoitus (--kuiva): mitään ei kirjoitettu.")
    return "\n".join(lines) + "\n"

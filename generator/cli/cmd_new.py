"""`polku new process|region`: scaffold a model that validates at once (never overwrites a file)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.messages import message
from generator.project import Project
from generator.report import EXIT_ERRORS, EXIT_OK, format_diagnostics
from generator.resolve import KnowledgeGraph, resolve
from generator.scaffold.errors import ScaffoldError
from generator.scaffold.process import plan_process, write_new
from generator.scaffold.region import REGION_KINDS, REGIONS_FILE, insert_region, region_entry


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("new", help=message("cli.new.help"), description=message("cli.new.description"))
    kinds = parser.add_subparsers(dest="kind", required=True, metavar=message("cli.metavar.what"))
    process = kinds.add_parser("process", help=message("cli.new.process_help"),
                               description=message("cli.new.process_description"))
    process.add_argument("--region", required=True, help=message("cli.new.region_id_help"))
    process.add_argument("--service", required=True, help=message("cli.new.service_help"))
    process.add_argument("--id", default=None, help=message("cli.new.process_id_help"))
    process.add_argument("--title", default=None, help=message("cli.new.title_help"))
    process.set_defaults(run=run_process)
    region = kinds.add_parser("region", help=message("cli.new.region_help"),
                              description=message("cli.new.region_description", file=REGIONS_FILE))
    region.add_argument("--id", required=True, help=message("cli.new.new_region_id_help"))
    region.add_argument("--name", required=True, help=message("cli.new.name_help"))
    region.add_argument("--kind", required=True, choices=REGION_KINDS, help=message("cli.new.kind_help"))
    region.add_argument("--part-of", default=None, help=message("cli.new.part_of_help"))
    region.set_defaults(run=run_region)


def _graph(project: Project) -> KnowledgeGraph | None:
    result = project.validate()
    if result.ok:
        return resolve(result.models)
    sys.stdout.write(message("cli.new.models_broken") + "\n")
    sys.stdout.write(format_diagnostics(result.diagnostics, "text", files=project.file_count()))
    return None


def run_process(args: argparse.Namespace) -> int:
    project = Project.at(Path(args.root))
    graph = _graph(project)
    if graph is None:
        return EXIT_ERRORS
    try:
        plan = plan_process(graph, region_id=args.region, service_id=args.service,
                            process_id=args.id, title=args.title)
        write_new(project.root, plan.path, plan.text)
    except ScaffoldError as exc:
        sys.stderr.write(message("cli.new.failed", kind="process", error=exc) + "\n")
        return EXIT_ERRORS
    sys.stdout.write(message("cli.new.created", path=plan.path) + "\n")
    return EXIT_OK


def run_region(args: argparse.Namespace) -> int:
    project = Project.at(Path(args.root))
    graph = _graph(project)
    if graph is None:
        return EXIT_ERRORS
    target = project.root / REGIONS_FILE
    try:
        entry = region_entry(graph, region_id=args.id, name=args.name, kind=args.kind, part_of=args.part_of)
    except ScaffoldError as exc:
        sys.stderr.write(message("cli.new.failed", kind="region", error=exc) + "\n")
        return EXIT_ERRORS
    original = target.read_text(encoding="utf-8") if target.exists() else ""
    target.write_text(insert_region(original, entry), encoding="utf-8")
    return _keep_if_valid(project, target, original)


def _keep_if_valid(project: Project, target: Path, original: str) -> int:
    """Re-validate after the insertion; on any error the file is put back exactly as it was."""
    result = project.validate()
    if result.ok:
        sys.stdout.write(message("cli.new.updated", file=REGIONS_FILE) + "\n")
        return EXIT_OK
    target.write_text(original, encoding="utf-8")
    sys.stdout.write(message("cli.new.region_reverted", file=REGIONS_FILE) + "\n")
    sys.stdout.write(format_diagnostics(result.diagnostics, "text", files=project.file_count()))
    return EXIT_ERRORS

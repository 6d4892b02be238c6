"""Models that would validate and still publish something wrong: a process without steps (the site would
show "Uimaratakaavio: 0 vaihetta") and a process in another region's folder (the maintainer of that
region would review it, and the file names on the site would point at the wrong place)."""

from __future__ import annotations

from pathlib import PurePosixPath

from generator import codes
from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.model.modelset import Located, ModelSet
from generator.model.process import Process
from generator.validate.context import RuleContext

MODELS_FOLDER = "process_models"
CODES = (codes.S008, codes.R014)


def check(context: RuleContext) -> list[Diagnostic]:
    return check_placement(context.models)


def check_placement(models: ModelSet) -> list[Diagnostic]:
    parents = {r.id: r.part_of for c in models.catalogs for r in c.model.regions}
    out: list[Diagnostic] = []
    for located in models.processes:
        out.extend(_steps_present(located))
        out.extend(_in_region_folder(located, parents))
    return out


def _steps_present(located: Located[Process]) -> list[Diagnostic]:
    if located.model.steps:
        return []
    pos = located.key_pos(("steps",))
    return [dg.make(codes.S008, located.file.path, pos.line, pos.column)]


def region_folder(path: str) -> str | None:
    """The first folder under process_models/ (None for a file outside a region folder)."""
    parts = PurePosixPath(path).parts
    if MODELS_FOLDER not in parts[:-1]:
        return None
    rest = parts[parts.index(MODELS_FOLDER) + 1:]
    return rest[0] if len(rest) >= 2 else None


def _in_region_folder(located: Located[Process], parents: dict[str, str | None]) -> list[Diagnostic]:
    folder = region_folder(located.file.path)
    region = located.model.region
    if folder is None or region not in parents or folder in _with_ancestors(region, parents):
        return []  # an unknown region is R008's to report
    pos = located.pos(("region",))
    return [dg.make(codes.R014, located.file.path, pos.line, pos.column, region=region, folder=folder)]


def _with_ancestors(region: str, parents: dict[str, str | None]) -> list[str]:
    chain: list[str] = []
    current: str | None = region
    while current is not None and current not in chain:
        chain.append(current)
        current = parents.get(current)
    return chain

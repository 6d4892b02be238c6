"""Legal bases that are no longer in force on the day a model takes effect."""

from __future__ import annotations

from generator import codes
from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.model.catalog import LegalBasis
from generator.model.modelset import Located
from generator.model.process import Process
from generator.validate.context import RuleContext

CODES = (codes.L001,)


def check(context: RuleContext) -> list[Diagnostic]:
    bases = context.legal_bases()
    return [d for process in context.models.processes for d in check_repealed(process, bases)]


def check_repealed(located: Located[Process], bases: dict[str, LegalBasis]) -> list[Diagnostic]:
    process = located.model
    if process.valid_from is None:
        return []
    out: list[Diagnostic] = []
    for i, step in enumerate(process.steps):
        for j, ref in enumerate(step.legal_bases):
            basis = bases.get(ref)
            if basis is None or basis.repealed_on is None or basis.repealed_on > process.valid_from:
                continue
            pos = located.pos(("steps", i, "legal_bases", j))
            out.append(dg.make(codes.L001, located.file.path, pos.line, pos.column, id=ref,
                               repealed=f"{basis.repealed_on:%-d.%-m.%Y}",
                               valid_from=f"{process.valid_from:%-d.%-m.%Y}",
                               replacement=_replacement(basis, bases)))
    return out


def _replacement(basis: LegalBasis, bases: dict[str, LegalBasis]) -> str:
    if basis.replaced_by is None:
        return " Korvaavaa säädöstä ei ole merkitty."
    replacement = bases.get(basis.replaced_by)
    if replacement is None:
        return f" Korvaava: '{basis.replaced_by}'."
    section = f" {replacement.section}" if replacement.section else ""
    return f" Korvaava: '{replacement.id}' ({replacement.act}{section}, {replacement.number})."

"""Legal validity of what models and services cite: a section repealed by the model's own start date (L001),
any repealed section (L002, naming the replacement) and a pending bill cited as law (L003)."""

from __future__ import annotations

from generator import codes
from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.messages import message
from generator.model.catalog import Catalog, LegalBasis
from generator.model.modelset import Located
from generator.model.process import Process
from generator.validate.context import RuleContext

CODES = (codes.L001, codes.L002, codes.L003)


def check(context: RuleContext) -> list[Diagnostic]:
    bases = context.legal_bases()
    out = [d for process in context.models.processes for d in check_repealed(process, bases)]
    out += [d for catalog in context.models.catalogs for d in check_service_bases(catalog, bases)]
    return out


def check_repealed(located: Located[Process], bases: dict[str, LegalBasis]) -> list[Diagnostic]:
    """L001 when a basis is repealed by the model's own valid_from; otherwise L002 for any repealed basis and
    L003 for a pending bill, so a reader never sees an old or proposed section presented as current law."""
    process = located.model
    out: list[Diagnostic] = []
    for i, step in enumerate(process.steps):
        for j, ref in enumerate(step.legal_bases):
            basis = bases.get(ref)
            if basis is None:
                continue
            pos = located.pos(("steps", i, "legal_bases", j))
            if (process.valid_from is not None and basis.repealed_on is not None
                    and basis.repealed_on <= process.valid_from):
                out.append(dg.make(codes.L001, located.file.path, pos.line, pos.column, id=ref,
                                   repealed=f"{basis.repealed_on:%-d.%-m.%Y}",
                                   valid_from=f"{process.valid_from:%-d.%-m.%Y}",
                                   replacement=_replacement(basis, bases)))
            else:
                where = message("validate.legal.where_step", id=step.id)
                out.extend(_validity(located, (pos.line, pos.column), where, basis, bases))
    return out


def check_service_bases(located: Located[Catalog], bases: dict[str, LegalBasis]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for i, service in enumerate(located.model.services):
        for j, ref in enumerate(service.legal_bases):
            basis = bases.get(ref)
            if basis is not None:
                pos = located.pos(("services", i, "legal_bases", j))
                where = message("validate.legal.where_service", id=service.id)
                out.extend(_validity(located, (pos.line, pos.column), where, basis, bases))
    return out


def _validity(located: Located[Process] | Located[Catalog], at: tuple[int, int], where: str, basis: LegalBasis,
              bases: dict[str, LegalBasis]) -> list[Diagnostic]:
    line, column = at
    if basis.pending:
        return [dg.make(codes.L003, located.file.path, line, column, where=where, id=basis.id, name=_name(basis))]
    if basis.repealed_on is None:
        return []
    by = message("validate.legal.repealed_by", law=basis.repealed_by) if basis.repealed_by else ""
    return [dg.make(codes.L002, located.file.path, line, column, where=where, id=basis.id, name=_name(basis),
                    repealed=f"{basis.repealed_on:%-d.%-m.%Y}", repealed_by=by,
                    replacement=_replacement(basis, bases))]


def _name(basis: LegalBasis) -> str:
    section = f" {basis.section}" if basis.section else ""
    return f"{basis.act}{section}, {basis.number}"


def _replacement(basis: LegalBasis, bases: dict[str, LegalBasis]) -> str:
    if basis.replaced_by is None:
        return message("validate.legal.no_replacement")
    replacement = bases.get(basis.replaced_by)
    if replacement is None:
        return message("validate.legal.replacement_id", id=basis.replaced_by)
    section = f" {replacement.section}" if replacement.section else ""
    return message("validate.legal.replacement", id=replacement.id, act=replacement.act, section=section,
                   number=replacement.number)

"""Every reference by id is checked against what the repository defines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator import codes
from generator import diagnostics as dg
from generator.codes import Code
from generator.diagnostics import Diagnostic
from generator.model.catalog import Catalog, Service
from generator.model.form import Form
from generator.model.modelset import Located, ModelSet
from generator.model.process import Process
from generator.validate.context import RuleContext
from generator.validate.index import IdIndex
from generator.validate.suggest import did_you_mean

Path_ = tuple[int | str, ...]

# index kind → diagnostic code for an unresolved reference
_REF_CODES = {
    "roles": codes.R002, "legal_bases": codes.R004, "forms": codes.R005, "services": codes.R006,
    "regions": codes.R008, "organisations": codes.R010, "sources": codes.R013,
}


@dataclass(slots=True)
class ReferenceChecker:
    index: IdIndex
    services: dict[str, Service]
    diagnostics: list[Diagnostic]

    def ref(self, located: Located[Any], kind: str, ref: str | None, path: Path_) -> bool:
        """Check one reference; True when it resolves (or is absent)."""
        if ref is None:
            return True
        known = self.index.known(kind)
        if ref in known:
            return True
        pos = located.pos(path)
        self.diagnostics.append(dg.make(_REF_CODES[kind], located.file.path, pos.line, pos.column,
                                        ref=ref, suggestion=did_you_mean(ref, known),
                                        allowed=", ".join(sorted(known)) or "–"))
        return False

    def refs(self, located: Located[Any], kind: str, refs: list[str], path: Path_) -> None:
        for position, ref in enumerate(refs):
            self.ref(located, kind, ref, (*path, position))

    def in_service(self, located: Located[Any], code: Code, service: Service, ref: str | None,
                   known: list[str], path: Path_) -> None:
        if ref is None or ref in known:
            return
        pos = located.pos(path)
        self.diagnostics.append(dg.make(code, located.file.path, pos.line, pos.column, ref=ref,
                                        service=service.id, suggestion=did_you_mean(ref, known),
                                        allowed=", ".join(known) or "–"))


CODES = (codes.R002, codes.R004, codes.R005, codes.R006, codes.R007, codes.R008, codes.R009, codes.R010,
         codes.R011, codes.R012, codes.R013, codes.K001)


def check(context: RuleContext) -> list[Diagnostic]:
    return check_references(context.models, context.index)


def check_references(models: ModelSet, index: IdIndex) -> list[Diagnostic]:
    services = {s.id: s for c in models.catalogs for s in c.model.services}
    checker = ReferenceChecker(index, services, [])
    for catalog in models.catalogs:
        _check_catalog(checker, catalog)
    for form in models.forms:
        _check_form(checker, form)
    for process in models.processes:
        _check_process(checker, process)
    return checker.diagnostics


def _check_catalog(c: ReferenceChecker, located: Located[Catalog]) -> None:
    catalog = located.model
    for kind in ("roles", "legal_bases", "services", "glossary", "sources"):
        for i, item in enumerate(getattr(catalog, kind)):
            if kind != "sources":
                c.refs(located, "sources", item.sources, (kind, i, "sources"))
    for i, basis in enumerate(catalog.legal_bases):
        c.ref(located, "legal_bases", basis.replaced_by, ("legal_bases", i, "replaced_by"))
    for i, service in enumerate(catalog.services):
        _check_service(c, located, i, service)
    for i, region in enumerate(catalog.regions):
        c.ref(located, "regions", region.part_of, ("regions", i, "part_of"))
        c.ref(located, "organisations", region.organiser, ("regions", i, "organiser"))
    for i, organisation in enumerate(catalog.organisations):
        c.ref(located, "regions", organisation.region, ("organisations", i, "region"))


def _check_service(c: ReferenceChecker, located: Located[Catalog], i: int, service: Service) -> None:
    base = ("services", i)
    phases = [p.id for p in service.phases]
    tasks = [t.id for t in service.tasks]
    c.refs(located, "legal_bases", service.legal_bases, (*base, "legal_bases"))
    for j, task in enumerate(service.tasks):
        c.in_service(located, codes.R007, service, task.phase, phases, (*base, "tasks", j, "phase"))
    for j, question in enumerate(service.questions):
        c.in_service(located, codes.R007, service, question.phase, phases, (*base, "questions", j, "phase"))
        c.in_service(located, codes.R012, service, question.task, tasks, (*base, "questions", j, "task"))


def _check_form(c: ReferenceChecker, located: Located[Form]) -> None:
    form = located.model
    c.ref(located, "regions", form.region, ("region",))
    c.refs(located, "roles", form.filled_by, ("filled_by",))
    c.refs(located, "legal_bases", form.legal_bases, ("legal_bases",))
    c.refs(located, "sources", form.sources, ("sources",))
    for i, section in enumerate(form.sections):
        for j, field in enumerate(section.fields):
            path = ("sections", i, "fields", j)
            c.refs(located, "legal_bases", field.legal_bases, (*path, "legal_bases"))
            c.refs(located, "sources", field.sources, (*path, "sources"))


def _check_process(c: ReferenceChecker, located: Located[Process]) -> None:
    process = located.model
    c.ref(located, "regions", process.region, ("region",))
    service_known = c.ref(located, "services", process.service, ("service",))
    c.ref(located, "organisations", process.owner, ("owner",))
    c.refs(located, "sources", process.sources, ("sources",))
    c.refs(located, "roles", process.lanes, ("lanes",))
    service = c.services.get(process.service) if service_known else None
    for i in range(len(process.steps)):
        _check_step(c, located, i, service)
    for i, answer in enumerate(process.answers):
        path = ("answers", i)
        if service is not None:
            questions = [q.id for q in service.questions]
            c.in_service(located, codes.R009, service, answer.question, questions, (*path, "question"))
        c.refs(located, "roles", answer.roles, (*path, "roles"))
        c.refs(located, "sources", answer.sources, (*path, "sources"))


def _check_step(c: ReferenceChecker, located: Located[Process], i: int, service: Service | None) -> None:
    process = located.model
    step = process.steps[i]
    path = ("steps", i)
    if service is not None:
        c.in_service(located, codes.R007, service, step.phase, [p.id for p in service.phases], (*path, "phase"))
        c.in_service(located, codes.R012, service, step.task, [t.id for t in service.tasks], (*path, "task"))
        if step.phase is None and service.phases:
            pos = located.pos(path)
            c.diagnostics.append(dg.make(codes.K001, located.file.path, pos.line, pos.column, step=step.id,
                                         service=service.id, allowed=", ".join(p.id for p in service.phases)))
    if c.ref(located, "roles", step.responsible, (*path, "responsible")) and step.responsible is not None \
            and step.responsible not in process.lanes:
        pos = located.pos((*path, "responsible"))
        c.diagnostics.append(dg.make(codes.R011, located.file.path, pos.line, pos.column, role=step.responsible))
    c.refs(located, "roles", step.participants, (*path, "participants"))
    c.refs(located, "forms", step.forms, (*path, "forms"))
    c.refs(located, "legal_bases", step.legal_bases, (*path, "legal_bases"))
    c.refs(located, "sources", step.sources, (*path, "sources"))
    for j, nxt in enumerate(step.next):
        c.ref(located, "services", nxt.service, (*path, "next", j, "service"))

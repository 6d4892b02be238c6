"""A brand-new model described in full, and a deleted one by what disappears with it.

The guide asks the reviewer to check a new model against its source document; three lines ("new
model, region, source") give nothing to check. So a new model lists what the site will publish, in
reading order: status and owner, lanes, every step with its phase, responsible role and participants,
decisions with their conditions, forms, laws and sources, the answers to the service's questions (and
the questions left open), and the model's sources. A deleted model lists what leaves the site."""

from __future__ import annotations

from generator.diff import names
from generator.diff.changes import Change, change
from generator.messages import message
from generator.model.process import NextStep, Process, Step
from generator.render.environment import finnish_date
from generator.render.text import t
from generator.resolve import KnowledgeGraph


def describe_added(graph: KnowledgeGraph, process: Process) -> list[Change]:
    out = [change("model_status", status=process.status, version=process.version,
                  owner=names.organisation(graph, process.owner),
                  valid_from=finnish_date(process.valid_from) or message("diff.values.not_marked")),
           change("model_lanes", lanes=names.roles(graph, process.lanes))]
    total = len(process.steps)
    for number, step in enumerate(process.steps, start=1):
        out.append(_step(graph, process, step, f"{number}/{total}"))
        if step.is_decision:
            out.append(change("model_decision", step_id=step.id, step=t(step.title), question=t(step.decision),
                              paths=_paths(graph, process, step.next)))
    out += _answers(graph, process)
    out.append(change("model_sources", sources=_list([names.source(graph, s) for s in process.sources])))
    return out


def describe_removed(graph: KnowledgeGraph, process: Process) -> list[Change]:
    steps = ", ".join(t(s.title) for s in process.steps) or names.missing()
    answered = sum(1 for a in process.answers if a.answer is not None)
    return [change("model_disappears", steps=steps, count=str(len(process.steps)), answers=str(answered),
                   region=names.region(graph, process.region), service=names.service(graph, process.service))]


def _step(graph: KnowledgeGraph, process: Process, step: Step, number: str) -> Change:
    extras = []
    if step.forms:
        extras.append(message("diff.values.form_list", items=_list([names.form(graph, f) for f in step.forms])))
    if step.legal_bases:
        bases = _list([names.legal_basis(graph, b) for b in step.legal_bases])
        extras.append(message("diff.values.basis_list", items=bases))
    extras.append(message("diff.values.source_list", items=_list([names.source(graph, s) for s in step.sources])))
    return change("model_step", step_id=step.id, number=number, step=t(step.title),
                  phase=names.phase(graph, process, step.phase), role=names.role(graph, step.responsible),
                  participants=names.roles(graph, step.participants), extras="; ".join(extras),
                  next=_paths(graph, process, step.next) if not step.is_decision
                  else message("diff.values.see_decision"))


def _paths(graph: KnowledgeGraph, process: Process, edges: list[NextStep]) -> str:
    parts = []
    for edge in edges:
        target = names.target(graph, process, edge)
        parts.append(message("diff.values.condition_path", condition=t(edge.condition), target=target)
                     if edge.condition is not None else target)
    return "; ".join(parts) or message("diff.values.process_end")


def _answers(graph: KnowledgeGraph, process: Process) -> list[Change]:
    out = []
    for answer in process.answers:
        question = names.question(graph, process, answer.question)
        if answer.answer is None:
            continue
        out.append(change("model_answer", question=question, answer=t(answer.answer),
                          roles=names.roles(graph, answer.roles),
                          sources=_list([names.source(graph, s) for s in answer.sources])))
    service = graph.services.get(process.service)
    answered = {a.question for a in process.answers if a.answer is not None}
    open_questions = [t(q.text) for q in (service.questions if service else []) if q.id not in answered]
    if open_questions:
        out.append(change("model_open_questions", questions="; ".join(open_questions)))
    return out


def _list(items: list[str]) -> str:
    return ", ".join(items) or message("diff.values.not_marked")

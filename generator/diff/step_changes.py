"""What changed in one step: title, id, responsibility, participants, phase, forms, laws, paths."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.diff import names
from generator.diff.changes import Change, change
from generator.diff.steps import StepPairing
from generator.messages import message
from generator.model.process import NextStep, Process, Step
from generator.render.text import t
from generator.resolve import KnowledgeGraph

EdgeKey = tuple[str, str]


@dataclass(frozen=True, slots=True)
class StepContext:
    """Both versions of the process and their graphs, for looking up names on the right side."""

    old_graph: KnowledgeGraph
    new_graph: KnowledgeGraph
    old: Process
    new: Process
    pairing: StepPairing


def added_step(graph: KnowledgeGraph, process: Process, step: Step) -> Change:
    paths = "; ".join(_with_condition(names.target(graph, process, edge), edge) for edge in step.next)
    return change("step_added", step_id=step.id, step=t(step.title), phase=names.phase(graph, process, step.phase),
                  role=names.role(graph, step.responsible), next=paths or names.missing())


def removed_step(step: Step) -> Change:
    return change("step_removed", step_id=step.id, step=t(step.title))


def paired_step(ctx: StepContext, old: Step, new: Step) -> list[Change]:
    out: list[Change] = []
    title = t(new.title)
    if old.id != new.id:
        out.append(change("step_renamed", step_id=new.id, step=t(old.title), before=old.id, after=new.id))
    if t(old.title) != title:
        out.append(change("step_retitled", step_id=new.id, before=t(old.title), after=title))
    for compare in (_responsible, _participants, _phase, _texts, _forms, _legal_bases, _sources, _paths):
        out.extend(compare(ctx, old, new))
    return out


def _responsible(ctx: StepContext, old: Step, new: Step) -> list[Change]:
    if old.responsible == new.responsible:
        return []
    before, after = names.role(ctx.old_graph, old.responsible), names.role(ctx.new_graph, new.responsible)
    kind = "responsible_set" if old.responsible is None else (
        "responsible_cleared" if new.responsible is None else "responsible_moved")
    return [change(kind, step_id=new.id, step=t(new.title), before=before, after=after)]


def _participants(ctx: StepContext, old: Step, new: Step) -> list[Change]:
    gone = [change("participant_removed", step_id=new.id, step=t(new.title), role=names.role(ctx.old_graph, r))
            for r in old.participants if r not in new.participants]
    came = [change("participant_added", step_id=new.id, step=t(new.title), role=names.role(ctx.new_graph, r))
            for r in new.participants if r not in old.participants]
    return came + gone


def _phase(ctx: StepContext, old: Step, new: Step) -> list[Change]:
    before = names.phase(ctx.old_graph, ctx.old, old.phase)
    after = names.phase(ctx.new_graph, ctx.new, new.phase)
    out = _value(new, message("diff.step_labels.phase"), old.phase, new.phase, before, after)
    out += _value(new, message("diff.step_labels.task"), old.task, new.task, old.task or "", new.task or "")
    return out


def _texts(ctx: StepContext, old: Step, new: Step) -> list[Change]:
    out = _value(new, message("diff.step_labels.duration"), t(old.duration) or None, t(new.duration) or None,
                 t(old.duration), t(new.duration))
    before, after = t(old.decision), t(new.decision)
    if before != after:
        if before and after:
            out += _value(new, message("diff.step_labels.decision"), before, after, before, after)
        else:
            kind = "decision_set" if new.decision else "decision_cleared"
            out.append(change(kind, step_id=new.id, step=t(new.title), after=after))
    if t(old.description) != t(new.description):
        out.append(change("step_text_changed", step_id=new.id, step=t(new.title),
                          label=message("diff.step_labels.description")))
    if t(old.forms_note) != t(new.forms_note):
        out.append(change("step_text_changed", step_id=new.id, step=t(new.title),
                          label=message("diff.step_labels.form_note")))
    return out


def _value(step: Step, label: str, old: str | None, new: str | None, before: str, after: str) -> list[Change]:
    """A single-valued field: changed, set or cleared, with the names the reader knows."""
    if old == new:
        return []
    kind = "step_field_set" if old is None else ("step_field_cleared" if new is None else "step_field_changed")
    return [change(kind, step_id=step.id, step=t(step.title), label=label, before=before, after=after)]


def _forms(ctx: StepContext, old: Step, new: Step) -> list[Change]:
    return _membership(new, old.forms, new.forms, "form_used", "form_unused", "form",
                       lambda f: names.form(ctx.new_graph, f), lambda f: names.form(ctx.old_graph, f))


def _sources(ctx: StepContext, old: Step, new: Step) -> list[Change]:
    return _membership(new, old.sources, new.sources, "source_gained", "source_lost", "source",
                       lambda s: names.source(ctx.new_graph, s), lambda s: names.source(ctx.old_graph, s))


def _legal_bases(ctx: StepContext, old: Step, new: Step) -> list[Change]:
    lost = [b for b in old.legal_bases if b not in new.legal_bases]
    gained = [b for b in new.legal_bases if b not in old.legal_bases]
    if len(lost) == 1 and len(gained) == 1:
        return [change("basis_swapped", step_id=new.id, step=t(new.title),
                       before=names.legal_basis(ctx.old_graph, lost[0]),
                       after=names.legal_basis(ctx.new_graph, gained[0]))]
    return _membership(new, old.legal_bases, new.legal_bases, "basis_gained", "basis_lost", "basis",
                       lambda b: names.legal_basis(ctx.new_graph, b), lambda b: names.legal_basis(ctx.old_graph, b))


def _membership(step: Step, old: list[str], new: list[str], gained: str, lost: str, param: str,
                new_name: Callable[[str], str], old_name: Callable[[str], str]) -> list[Change]:
    came = [change(gained, step_id=step.id, step=t(step.title), **{param: new_name(i)}) for i in new if i not in old]
    gone = [change(lost, step_id=step.id, step=t(step.title), **{param: old_name(i)}) for i in old if i not in new]
    return came + gone


def _paths(ctx: StepContext, old: Step, new: Step) -> list[Change]:
    before = {_edge_key(ctx, e, renamed=True): e for e in old.next}
    after = {_edge_key(ctx, e, renamed=False): e for e in new.next}
    out: list[Change] = []
    for key, edge in after.items():
        target = names.target(ctx.new_graph, ctx.new, edge)
        if key not in before:
            out.append(change("next_added", step_id=new.id, step=t(new.title), target=_with_condition(target, edge)))
        else:
            out.extend(_condition(new, target, before[key], edge))
    for key, edge in before.items():
        if key not in after:
            target = _with_condition(names.target(ctx.old_graph, ctx.old, edge), edge)
            out.append(change("next_removed", step_id=new.id, step=t(new.title), target=target))
    return out


def _edge_key(ctx: StepContext, edge: NextStep, *, renamed: bool) -> EdgeKey:
    """Old paths are keyed by the new id of their target, so a renamed step is not a new path."""
    if edge.step:
        return ("step", (ctx.pairing.after_id(edge.step) or f"-{edge.step}") if renamed else edge.step)
    if edge.service:
        return ("service", edge.service)
    return ("end", "")


def _with_condition(target: str, edge: NextStep) -> str:
    if not edge.condition:
        return target
    return message("diff.values.with_condition", target=target, condition=t(edge.condition))


def _condition(step: Step, target: str, old: NextStep, new: NextStep) -> list[Change]:
    before, after = t(old.condition), t(new.condition)
    if before == after:
        return []
    kind = "condition_set" if not before else ("condition_cleared" if not after else "condition_changed")
    return [change(kind, step_id=step.id, step=t(step.title), target=target, before=before, after=after)]

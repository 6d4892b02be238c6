"""What changed in the process models: added/removed models, their fields, steps and answers."""

from __future__ import annotations

from generator.diff import names, step_changes, whole_model
from generator.diff.changes import Change, Section, change, section, text_change, value_change
from generator.diff.steps import StepPairing, pair_steps
from generator.messages import message
from generator.model.process import Answer, Process
from generator.render.environment import finnish_date
from generator.render.text import t
from generator.resolve import KnowledgeGraph


def process_sections(old: KnowledgeGraph, new: KnowledgeGraph) -> list[Section]:
    found = []
    for pid in sorted(set(old.processes) | set(new.processes)):
        before, after = old.processes.get(pid), new.processes.get(pid)
        shown = after or before
        assert shown is not None
        title = message("diff.values.process_title", title=t(shown.title),
                        region=names.region(new if after else old, shown.region))
        item = section(f"process:{pid}", message("diff.heading.process"), title,
                       _process_changes(old, new, before, after))
        if item is not None:
            found.append(item)
    return found


def _process_changes(old: KnowledgeGraph, new: KnowledgeGraph,
                     before: Process | None, after: Process | None) -> list[Change]:
    if before is None and after is not None:
        return [change("process_added", name=t(after.title), region=names.region(new, after.region),
                       service=names.service(new, after.service)), *whole_model.describe_added(new, after)]
    if after is None and before is not None:
        return [change("process_removed", name=t(before.title)), *whole_model.describe_removed(old, before)]
    assert before is not None and after is not None
    out = _file(old, new, after.id) + _fields(old, new, before, after) + _lists(old, new, before, after)
    return out + _steps(old, new, before, after) + _answers(old, new, before, after)


def _file(old: KnowledgeGraph, new: KnowledgeGraph, pid: str) -> list[Change]:
    before, after = old.process_file(pid), new.process_file(pid)
    return [] if before == after else [change("process_moved", before=before, after=after)]


def _fields(old: KnowledgeGraph, new: KnowledgeGraph, b: Process, a: Process) -> list[Change]:
    pairs = [
        (message("diff.labels.process_title"), t(b.title), t(a.title)),
        (message("diff.labels.process_region"), names.region(old, b.region), names.region(new, a.region)),
        (message("diff.labels.process_service"), names.service(old, b.service), names.service(new, a.service)),
        (message("diff.labels.process_status"), b.status, a.status),
        (message("diff.labels.process_version"), b.version, a.version),
        (message("diff.labels.process_owner"), names.organisation(old, b.owner) if b.owner else "",
         names.organisation(new, a.owner) if a.owner else ""),
        (message("diff.labels.valid_from"), finnish_date(b.valid_from), finnish_date(a.valid_from)),
    ]
    out = [c for label, before, after in pairs for c in value_change(label, before, after)]
    out += text_change(message("diff.labels.summary"), t(b.summary), t(a.summary))
    return out + text_change(message("diff.labels.target_group"), t(b.target_group), t(a.target_group))


def _lists(old: KnowledgeGraph, new: KnowledgeGraph, b: Process, a: Process) -> list[Change]:
    out = [change("lane_added", role=names.role(new, r)) for r in a.lanes if r not in b.lanes]
    out += [change("lane_removed", role=names.role(old, r)) for r in b.lanes if r not in a.lanes]
    kept_old = [r for r in b.lanes if r in a.lanes]
    kept_new = [r for r in a.lanes if r in b.lanes]
    if kept_old != kept_new:
        out.append(change("lanes_reordered", before=names.roles(old, kept_old), after=names.roles(new, kept_new)))
    out += _items(message("diff.labels.process_sources"), [names.source(old, x) for x in b.sources],
                  [names.source(new, x) for x in a.sources])
    out += _items(message("diff.labels.development_needs"), [t(x) for x in b.development_needs],
                  [t(x) for x in a.development_needs])
    out += _items(message("diff.labels.evaluation_points"), [t(x) for x in b.evaluation_points],
                  [t(x) for x in a.evaluation_points])
    out += _items(message("diff.labels.open_questions"), [t(x) for x in b.open_questions],
                  [t(x) for x in a.open_questions])
    known = {(e.date, t(e.summary)) for e in b.changelog}
    out += [change("changelog_added", date=finnish_date(e.date), summary=t(e.summary))
            for e in a.changelog if (e.date, t(e.summary)) not in known]
    return out


def _items(label: str, before: list[str], after: list[str]) -> list[Change]:
    return ([change("item_added", label=label, item=i) for i in after if i not in before]
            + [change("item_removed", label=label, item=i) for i in before if i not in after])


def _steps(old: KnowledgeGraph, new: KnowledgeGraph, b: Process, a: Process) -> list[Change]:
    pairing = pair_steps(b, a)
    ctx = step_changes.StepContext(old, new, b, a, pairing)
    out = [step_changes.removed_step(s) for s in pairing.removed]
    out += [step_changes.added_step(new, a, s) for s in pairing.added]
    for before, after in pairing.pairs:
        out.extend(step_changes.paired_step(ctx, before, after))
    return out + _order(b, a, pairing)


def _order(b: Process, a: Process, pairing: StepPairing) -> list[Change]:
    out = []
    renamed_start = pairing.after_id(b.start_step) if b.start_step else None
    if a.start_step != renamed_start and pairing.pairs:
        out.append(change("start_changed", before=names.step_title(b, b.start_step),
                          after=names.step_title(a, a.start_step)))
    old_order = [pairing.after_id(s.id) for s in b.steps]
    kept_old = [sid for sid in old_order if sid is not None]
    kept_new = [s.id for s in a.steps if s.id in kept_old]
    if kept_old != kept_new:
        out.append(change("steps_reordered", before=_titles(a, kept_old), after=_titles(a, kept_new)))
    return out


def _titles(process: Process, step_ids: list[str]) -> str:
    return ", ".join(names.step_title(process, sid) for sid in step_ids)


def _answers(old: KnowledgeGraph, new: KnowledgeGraph, b: Process, a: Process) -> list[Change]:
    before = {x.question: x for x in b.answers}
    after = {x.question: x for x in a.answers}
    out: list[Change] = []
    for qid in [q for q in after] + [q for q in before if q not in after]:
        question = names.question(new if qid in after else old, a, qid)
        out.extend(_answer(old, new, question, before.get(qid), after.get(qid)))
    return out


def _answer(old: KnowledgeGraph, new: KnowledgeGraph, question: str,
            b: Answer | None, a: Answer | None) -> list[Change]:
    before, after = t(b.answer) if b else "", t(a.answer) if a else ""
    out = []
    if before != after:
        kind = "answer_added" if not before else ("answer_removed" if not after else "answer_changed")
        out.append(change(kind, question=question, before=before, after=after))
    old_roles, new_roles = (b.roles if b else []), (a.roles if a else [])
    if old_roles != new_roles and ((before and after) or before == after):  # a new answer brings its roles
        out.append(change("answer_roles_changed", question=question,
                          before=names.roles(old, old_roles), after=names.roles(new, new_roles)))
    return out

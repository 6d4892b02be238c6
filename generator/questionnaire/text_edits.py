"""Edits of one model file as text: the file is re-read into positioned nodes before every edit, so each
edit sees exact lines, and everything else in the file (comments, quoting, wrapping) stays as it was."""

from __future__ import annotations

from dataclasses import dataclass

from generator.load.yaml_nodes import YMap, YNode, YScalar, YSeq, parse_yaml
from generator.messages import message
from generator.model.process import Answer, Process, Step
from generator.questionnaire.yaml_text import (
    EditRefused,
    add_to_list,
    find_item,
    indent_of,
    insert_key,
    key_span,
    replace_value,
    scalar,
)

STEP_ORDER = tuple(Step.model_fields)
ANSWER_ORDER = tuple(Answer.model_fields)
PROCESS_ORDER = tuple(Process.model_fields)


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerEdit:
    question_id: str
    answer: str | None  # None: keep the current answer text
    roles: tuple[str, ...]  # roles to add
    source_id: str
    note: str


def _root(text: str, file: str) -> YMap:
    root, problems = parse_yaml(text, file)
    if not isinstance(root, YMap) or any(p.is_error for p in problems):
        raise EditRefused(file, message("questionnaire.edit.file_unreadable"))
    return root


def _lines(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines


def _step(root: YMap, step_id: str) -> YMap:
    step = find_item(root.entries.get("steps"), "id", step_id)
    if step is None:
        raise EditRefused(message("questionnaire.edit.step", step=step_id),
                          message("questionnaire.edit.step_not_found"))
    return step


def set_responsible(text: str, file: str, step_id: str, role: str, *, source_id: str = "", note: str = "") -> str:
    lines = _lines(text)
    step = _step(_root(text, file), step_id)
    if "responsible" in step.entries:
        replace_value(lines, step, "responsible", f" {role}\n")
    else:
        insert_key(lines, step, "responsible", f" {role}\n", STEP_ORDER)
    text = "".join(lines)
    if not note:
        return text
    step = _step(_root(text, file), step_id)
    lines = _lines(text)
    indent = " " * (step.key_pos["responsible"].column - 1)
    comment = f"{indent}{_note_comment(source_id, note)}\n"
    lines.insert(step.key_pos["responsible"].line - 1, comment)
    return "".join(lines)


def add_lane(text: str, file: str, role: str) -> str:
    root = _root(text, file)
    lanes = root.entries.get("lanes")
    if lanes is not None and role in _ids(lanes):
        return text
    lines = _lines(text)
    add_to_list(lines, root, "lanes", role, PROCESS_ORDER, "lanes")
    return "".join(lines)


def add_step_source(text: str, file: str, step_id: str, source_id: str) -> str:
    step = _step(_root(text, file), step_id)
    if source_id in _ids(step.entries.get("sources")):
        return text
    lines = _lines(text)
    add_to_list(lines, step, "sources", source_id, STEP_ORDER, message("questionnaire.edit.step", step=step_id))
    return "".join(lines)


def add_process_source(text: str, file: str, source_id: str) -> str:
    root = _root(text, file)
    if source_id in _ids(root.entries.get("sources")):
        return text
    lines = _lines(text)
    add_to_list(lines, root, "sources", source_id, PROCESS_ORDER, "sources")
    return "".join(lines)


def set_answer(text: str, file: str, edit: AnswerEdit) -> str:
    root = _root(text, file)
    entry = find_item(root.entries.get("answers"), "question", edit.question_id)
    if entry is None:
        return _new_answer(text, file, root, edit)
    what = message("questionnaire.edit.answer", question=edit.question_id)
    indent = entry.key_pos["question"].column - 1
    steps: list[tuple[str, str]] = []
    if edit.answer is not None:
        steps.append(("answer", scalar(edit.answer, indent)))
    lines = _lines(text)
    for key, value in steps:
        if key in entry.entries:
            replace_value(lines, entry, key, value)
        else:
            insert_key(lines, entry, key, value, ANSWER_ORDER)
    text = "".join(lines)
    for role in edit.roles:
        text = _add_to_answer(text, file, edit.question_id, "roles", role, what)
    text = _add_to_answer(text, file, edit.question_id, "sources", edit.source_id, what)
    return _note_before(text, file, edit)


def _add_to_answer(text: str, file: str, question: str, key: str, item: str, what: str) -> str:
    entry = find_item(_root(text, file).entries.get("answers"), "question", question)
    assert entry is not None
    if item in _ids(entry.entries.get(key)):
        return text
    lines = _lines(text)
    add_to_list(lines, entry, key, item, ANSWER_ORDER, what)
    return "".join(lines)


def _note_before(text: str, file: str, edit: AnswerEdit) -> str:
    """The region's note as a comment above the answer: the reviewer sees it in the pull request."""
    if not edit.note:
        return text
    entry = find_item(_root(text, file).entries.get("answers"), "question", edit.question_id)
    assert entry is not None
    lines = _lines(text)
    first, _ = key_span(lines, entry, "answer" if "answer" in entry.entries else "question")
    indent = " " * (entry.key_pos["question"].column - 1)
    lines.insert(first, f"{indent}{_note_comment(edit.source_id, edit.note)}\n")
    return "".join(lines)


def _new_answer(text: str, file: str, root: YMap, edit: AnswerEdit) -> str:
    lines = _lines(text)
    answers = root.entries.get("answers")
    first_item = answers.items[0] if isinstance(answers, YSeq) and answers.items else None
    dash = " " * (indent_of(lines[first_item.pos.line - 1]) if first_item is not None else 2)
    key = dash + "  "
    body = [f"{dash}- question: {edit.question_id}\n"]
    if edit.answer is not None:
        body.append(f"{key}answer:{scalar(edit.answer, len(key))}")
    if edit.roles:
        body.append(f"{key}roles: [{', '.join(edit.roles)}]\n")
    body.append(f"{key}sources: [{edit.source_id}]\n")
    if edit.note:
        body.insert(0, f"{dash}{_note_comment(edit.source_id, edit.note)}\n")
    if answers is None:
        insert_key(lines, root, "answers", "\n" + "".join(body), PROCESS_ORDER)
    elif first_item is None:
        first, last = key_span(lines, root, "answers")
        if first != last:
            raise EditRefused("answers", message("questionnaire.edit.empty_answers_multiline"))
        lines[first: last + 1] = ["answers:\n", *body]
    else:
        _, last = key_span(lines, root, "answers")
        lines[last + 1: last + 1] = body
    return "".join(lines)


def _note_comment(source_id: str, note: str) -> str:
    """The region's note as one YAML comment line: the reviewer sees it in the pull request."""
    return "# " + message("questionnaire.region_note", source=source_id, note=" ".join(note.split()))


def _ids(node: YNode | None) -> list[str]:
    items = getattr(node, "items", None) or []
    return [item.text for item in items if isinstance(item, YScalar)]

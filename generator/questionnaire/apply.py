"""ImportPlan → files: edited on a scratch copy of process_models/, validated and compared there, and only
then written into the project, all files or none (a failed write puts every file back)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.diff import DiffReport, compare
from generator.messages import message
from generator.project import MODELS_DIR, Project
from generator.questionnaire import text_edits
from generator.questionnaire.plan import ImportPlan
from generator.questionnaire.source import SOURCES_FILE, SourcePlan, add_source_entry
from generator.resolve import KnowledgeGraph, resolve


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    report: DiffReport | None  # None when the edited models did not validate
    diagnostics: tuple[Diagnostic, ...]
    files: tuple[str, ...]  # changed or created, relative to the project root
    written: bool


def edited_files(project: Project, graph: KnowledgeGraph, plan: ImportPlan, source: SourcePlan) -> dict[str, str]:
    """Relative path → new text of every file the plan touches."""
    texts: dict[str, str] = {}

    def edit(path: str, change: Callable[[str], str]) -> None:
        current = texts.get(path)
        if current is None:
            current = (project.root / path).read_text(encoding="utf-8")
        texts[path] = change(current)

    if source.entry is not None:
        edit(SOURCES_FILE, lambda text: add_source_entry(text, source.entry or ""))
    files = {pid: graph.process_file(pid) for pid in graph.processes}
    for new in plan.new_models:
        texts[new.path] = text_edits.add_process_source(new.text, new.path, source.id)
        files[new.process_id] = new.path
    for answer in plan.answers:
        path = files[answer.process_id]
        edit_answer = text_edits.AnswerEdit(question_id=answer.question_id, answer=answer.answer,
                                            roles=answer.roles, source_id=source.id, note=answer.note)
        edit(path, lambda text, e=edit_answer, p=path: text_edits.set_answer(text, p, e))  # type: ignore[misc]
    for step in plan.steps:
        path = files[step.process_id]
        edit(path, lambda text, s=step, p=path: text_edits.set_responsible(  # type: ignore[misc]
            text, p, s.step_id, s.role, source_id=source.id, note=s.note))
        edit(path, lambda text, s=step, p=path: text_edits.add_lane(text, p, s.role))  # type: ignore[misc]
        edit(path, lambda text, s=step, p=path: text_edits.add_step_source(text, p, s.step_id, source.id))  # type: ignore[misc]
    return texts


def trial(project: Project, old: KnowledgeGraph, texts: dict[str, str], label: str) -> Outcome:
    """Write the edited files into a scratch copy, validate it and compare it with the current models."""
    with tempfile.TemporaryDirectory(prefix="polku-tuo-") as scratch:
        root = Path(scratch)
        shutil.copytree(project.models_dir, root / MODELS_DIR, symlinks=False)
        for path, text in texts.items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        result = Project.at(root).validate()
        if not result.ok:
            return Outcome(report=None, diagnostics=tuple(result.diagnostics), files=tuple(texts), written=False)
        report = compare(old, resolve(result.models), base=message("questionnaire.current_models"), head=label)
    return Outcome(report=report, diagnostics=(), files=tuple(sorted(texts)), written=False)


def write_all(project: Project, texts: dict[str, str]) -> list[Diagnostic]:
    """Write every file or none; afterwards the project must validate, or every file is put back."""
    originals: dict[Path, str | None] = {}
    try:
        for path, text in sorted(texts.items()):
            target = project.root / path
            originals[target] = target.read_text(encoding="utf-8") if target.exists() else None
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{target.name}.polku-tuo")
            partial.write_text(text, encoding="utf-8")
            partial.replace(target)
        result = project.validate()
        if not result.ok:
            _restore(originals)
            return list(result.diagnostics)
    except OSError:
        _restore(originals)
        raise
    return []


def _restore(originals: dict[Path, str | None]) -> None:
    for target, text in originals.items():
        if text is None:
            target.unlink(missing_ok=True)
        else:
            target.write_text(text, encoding="utf-8")

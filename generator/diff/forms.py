"""What changed in the form definitions: forms, sections and fields."""

from __future__ import annotations

from generator.diff import names
from generator.diff.changes import Change, Section, change, section, text_change, value_change
from generator.messages import catalogue, message
from generator.model.form import Form, FormField, FormSection
from generator.model.text import LocalizedText
from generator.render.text import t
from generator.resolve import KnowledgeGraph

# attribute → the catalogue id of its name in a sentence
_FIELD_LABELS = {key: f"diff.field_labels.{key}" for key in ("label", "type", "required", "basis", "options", "help")}
_FORM_VALUES = {"title": "diff.labels.form_title", "version": "diff.labels.form_version"}
_FORM_TEXTS = {"purpose": "diff.labels.form_purpose", "note": "diff.labels.form_note"}


def form_sections(old: KnowledgeGraph, new: KnowledgeGraph) -> list[Section]:
    found = []
    for fid in sorted(set(old.forms) | set(new.forms)):
        before, after = old.forms.get(fid), new.forms.get(fid)
        shown = after or before
        assert shown is not None
        item = section(f"form:{fid}", message("diff.heading.form"), t(shown.title),
                       _form_changes(old, new, before, after))
        if item is not None:
            found.append(item)
    return found


def _form_changes(old: KnowledgeGraph, new: KnowledgeGraph, before: Form | None, after: Form | None) -> list[Change]:
    if before is None and after is not None:
        return [change("form_added", name=t(after.title))]
    if after is None and before is not None:
        return [change("form_removed", name=t(before.title))]
    assert before is not None and after is not None
    out = [c for key, label in _FORM_VALUES.items()
           for c in value_change(catalogue()[label], _show(getattr(before, key)), _show(getattr(after, key)))]
    out += value_change(message("diff.labels.form_filled_by"),
                        names.roles(old, before.filled_by) if before.filled_by else "",
                        names.roles(new, after.filled_by) if after.filled_by else "")
    out += value_change(message("diff.labels.form_legal_bases"),
                        ", ".join(names.legal_basis(old, b) for b in before.legal_bases),
                        ", ".join(names.legal_basis(new, b) for b in after.legal_bases))
    out += [c for key, label in _FORM_TEXTS.items()
            for c in text_change(catalogue()[label], _show(getattr(before, key)), _show(getattr(after, key)))]
    return out + _sections(before, after)


def _sections(before: Form, after: Form) -> list[Change]:
    old = {s.id: s for s in before.sections}
    new = {s.id: s for s in after.sections}
    out = [change("form_section_added", section=t(s.title)) for sid, s in new.items() if sid not in old]
    out += [change("form_section_removed", section=t(s.title)) for sid, s in old.items() if sid not in new]
    for sid, s in new.items():
        if sid in old:
            out.extend(_fields(old[sid], s))
    return out


def _fields(before: FormSection, after: FormSection) -> list[Change]:
    old = {f.id: f for f in before.fields}
    new = {f.id: f for f in after.fields}
    out = [change("form_field_added", section=t(after.title), field=t(f.label), type=f.type)
           for fid, f in new.items() if fid not in old]
    out += [change("form_field_removed", section=t(before.title), field=t(f.label))
            for fid, f in old.items() if fid not in new]
    for fid, f in new.items():
        if fid in old:
            out.extend(_field(old[fid], f))
    return out


def _field(before: FormField, after: FormField) -> list[Change]:
    out = []
    for key, label in _FIELD_LABELS.items():
        b, a = _show(getattr(before, key)), _show(getattr(after, key))
        if b != a:
            out.append(change("form_field_changed", field=t(after.label), label=catalogue()[label],
                              before=b or "–", after=a or "–"))
    return out


def _show(value: object) -> str:
    if isinstance(value, bool):
        return message("diff.values.required" if value else "diff.values.optional")
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value)
    if isinstance(value, LocalizedText | str):
        return t(value)
    return ""

"""The result of a semantic diff: typed change records, grouped by the model they belong to."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    """One change a reviewer cares about; `kind` picks the Finnish sentence (`diff.sentences.<kind>` in the catalogue).

    `params` are plain texts (names, not ids where a name exists); renderers escape them.
    """

    kind: str
    params: tuple[tuple[str, str], ...] = ()
    step: str | None = None  # the step id (head side when it exists) the change is about

    @property
    def values(self) -> dict[str, str]:
        return dict(self.params)


def change(kind: str, *, step_id: str | None = None, **params: str) -> Change:
    return Change(kind=kind, params=tuple(sorted(params.items())), step=step_id)


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """The changes of one model: a process, a form, or one catalogue collection."""

    subject: str  # "process:<id>", "form:<id>" or "catalog:<collection>"
    heading: str  # Finnish kind, e.g. "Prosessi"
    name: str  # the model's name (plain text)
    changes: tuple[Change, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class DiffReport:
    base: str
    head: str
    sections: tuple[Section, ...] = ()
    diagrams: dict[str, tuple[str, str]] = field(default_factory=dict)  # subject → (before, after) paths

    @property
    def changed(self) -> bool:
        return bool(self.sections)


def section(subject: str, heading: str, name: str, changes: list[Change]) -> Section | None:
    """A section only when something changed, so an unchanged model leaves no trace."""
    return Section(subject=subject, heading=heading, name=name, changes=tuple(changes)) if changes else None


def value_change(label: str, before: str, after: str) -> list[Change]:
    """A short value (name, version, date): changed, set or cleared, showing both values."""
    if before == after:
        return []
    kind = "field_set" if not before else ("field_cleared" if not after else "field_changed")
    return [change(kind, label=label, before=before, after=after)]


def text_change(label: str, before: str, after: str) -> list[Change]:
    """A long text (summary, purpose): only that it changed; the file diff shows the words."""
    if before == after:
        return []
    kind = "text_set" if not before else ("text_cleared" if not after else "text_changed")
    return [change(kind, label=label)]

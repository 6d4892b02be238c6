"""One process model: a region's description of one service, step by step."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.messages import message
from generator.model.text import Date, Slug, Strict, Text, described

Status = Literal["luonnos", "hyväksytty"]


class NextStep(Strict):
    """Where a step leads: the next step, another service or the end, with its condition."""

    model_config = described(message("model.next_step.description"))

    step: Slug | None = Field(default=None, description=message("model.next_step.fields.step"))
    service: Slug | None = Field(default=None, description=message("model.next_step.fields.service"))
    end: bool = Field(default=False, description=message("model.next_step.fields.end"))
    condition: Text | None = Field(default=None, description=message("model.next_step.fields.condition"))


class Step(Strict):
    """A step of a process (a task or a decision point)."""

    model_config = described(message("model.step.description"))

    id: Slug = Field(description=message("model.step.fields.id"))
    title: Text = Field(description=message("model.step.fields.title"))
    phase: Slug | None = Field(default=None, description=message("model.step.fields.phase"))
    task: Slug | None = Field(default=None, description=message("model.step.fields.task"))
    responsible: Slug | None = Field(default=None, description=message("model.step.fields.responsible"))
    participants: list[Slug] = Field(default_factory=list, description=message("model.step.fields.participants"))
    description: Text | None = Field(default=None, description=message("model.step.fields.description"))
    decision: Text | None = Field(default=None, description=message("model.step.fields.decision"))
    duration: Text | None = Field(default=None, description=message("model.step.fields.duration"))
    forms: list[Slug] = Field(default_factory=list, description=message("model.step.fields.forms"))
    forms_note: Text | None = Field(default=None, description=message("model.step.fields.forms_note"))
    legal_bases: list[Slug] = Field(default_factory=list, description=message("model.step.fields.legal_bases"))
    sources: list[Slug] = Field(default_factory=list, description=message("model.step.fields.sources"))
    next: list[NextStep] = Field(default_factory=list, description=message("model.step.fields.next"))

    @property
    def is_decision(self) -> bool:
        return self.decision is not None


class Answer(Strict):
    """A region's answer to one of the service's canonical questions."""

    model_config = described(message("model.answer.description"))

    question: Slug = Field(description=message("model.answer.fields.question"))
    answer: Text | None = Field(default=None, description=message("model.answer.fields.answer"))
    roles: list[Slug] = Field(default_factory=list, description=message("model.answer.fields.roles"))
    sources: list[Slug] = Field(default_factory=list, description=message("model.answer.fields.sources"))


class ChangelogEntry(Strict):
    """One changelog entry."""

    model_config = described(message("model.changelog_entry.description"))

    date: Date = Field(description=message("model.changelog_entry.fields.date"))
    version: str | None = Field(default=None, description=message("model.changelog_entry.fields.version"))
    summary: Text = Field(description=message("model.changelog_entry.fields.summary"))


class Process(Strict):
    """A process model: one region's description of one service."""

    model_config = described(message("model.process.description"))

    id: Slug = Field(description=message("model.process.fields.id"))
    title: Text = Field(description=message("model.process.fields.title"))
    region: Slug = Field(description=message("model.process.fields.region"))
    service: Slug = Field(description=message("model.process.fields.service"))
    status: Status = Field(description=message("model.process.fields.status"))
    version: str = Field(description=message("model.process.fields.version"))
    owner: Slug | None = Field(default=None, description=message("model.process.fields.owner"))
    valid_from: Date | None = Field(default=None, description=message("model.process.fields.valid_from"))
    summary: Text | None = Field(default=None, description=message("model.process.fields.summary"))
    target_group: Text | None = Field(default=None, description=message("model.process.fields.target_group"))
    sources: list[Slug] = Field(default_factory=list, description=message("model.process.fields.sources"))
    lanes: list[Slug] = Field(default_factory=list, description=message("model.process.fields.lanes"))
    start: Slug | None = Field(default=None, description=message("model.process.fields.start"))
    steps: list[Step] = Field(default_factory=list, description=message("model.process.fields.steps"))
    answers: list[Answer] = Field(default_factory=list, description=message("model.process.fields.answers"))
    development_needs: list[Text] = Field(
        default_factory=list, description=message("model.process.fields.development_needs"))
    evaluation_points: list[Text] = Field(
        default_factory=list, description=message("model.process.fields.evaluation_points"))
    open_questions: list[Text] = Field(default_factory=list, description=message("model.process.fields.open_questions"))
    changelog: list[ChangelogEntry] = Field(default_factory=list, description=message("model.process.fields.changelog"))

    @property
    def start_step(self) -> str | None:
        return self.start or (self.steps[0].id if self.steps else None)

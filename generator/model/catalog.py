"""Shared catalogues: roles, legal bases, services, glossary, regions, organisations, sources."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.messages import message
from generator.model.text import Date, Slug, Strict, Text, WebUrl, described

RoleKind = Literal["asiakas", "ammattilainen", "organisaatio", "tyonantaja", "hanke", "muu"]
RegionKind = Literal["hyvinvointialue", "tyollisyysalue", "kunta", "maakunta", "seutukunta", "muu"]
ServiceKind = Literal["palvelu", "tyomarkkinat"]
SourceKind = Literal["lahdeasiakirja", "saados", "viranomaisohje", "verkkosivu", "muu"]


class Source(Strict):
    """A source document or web page that a model's facts rest on."""

    model_config = described(message("model.source.description"))

    id: Slug = Field(description=message("model.source.fields.id"))
    title: Text = Field(description=message("model.source.fields.title"))
    kind: SourceKind = Field(default="lahdeasiakirja", description=message("model.source.fields.kind"))
    publisher: Text | None = Field(default=None, description=message("model.source.fields.publisher"))
    date: str | None = Field(default=None, description=message("model.source.fields.date"))
    url: WebUrl | None = Field(default=None, description=message("model.source.fields.url"))
    document: str | None = Field(default=None, description=message("model.source.fields.document"))
    note: Text | None = Field(default=None, description=message("model.source.fields.note"))


class Role(Strict):
    """A role (professional, client, organisation, …): one swimlane in the diagrams."""

    model_config = described(message("model.role.description"))

    id: Slug = Field(description=message("model.role.fields.id"))
    name: Text = Field(description=message("model.role.fields.name"))
    kind: RoleKind = Field(description=message("model.role.fields.kind"))
    description: Text | None = Field(default=None, description=message("model.role.fields.description"))
    sources: list[Slug] = Field(default_factory=list, description=message("model.role.fields.sources"))


class Verification(Strict):
    """When a legal basis was checked, and against what."""

    model_config = described(message("model.verification.description"))

    verified_on: Date = Field(description=message("model.verification.fields.verified_on"))
    checked_against: Text = Field(description=message("model.verification.fields.checked_against"))
    note: Text | None = Field(default=None, description=message("model.verification.fields.note"))


LegalKind = Literal["saados", "esitys"]


class LegalBasis(Strict):
    """An act or one of its sections, with its validity and verification."""

    model_config = described(message("model.legal_basis.description"))

    id: Slug = Field(description=message("model.legal_basis.fields.id"))
    kind: LegalKind = Field(default="saados", description=message("model.legal_basis.fields.kind"))
    act: Text = Field(description=message("model.legal_basis.fields.act"))
    number: str = Field(description=message("model.legal_basis.fields.number"), pattern=r"^\d{1,4}/\d{4}$")
    section: str | None = Field(default=None, description=message("model.legal_basis.fields.section"))
    title: Text | None = Field(default=None, description=message("model.legal_basis.fields.title"))
    url: WebUrl | None = Field(default=None, description=message("model.legal_basis.fields.url"))
    in_force_from: Date | None = Field(default=None, description=message("model.legal_basis.fields.in_force_from"))
    repealed_on: Date | None = Field(default=None, description=message("model.legal_basis.fields.repealed_on"))
    repealed_by: str | None = Field(
        default=None, description=message("model.legal_basis.fields.repealed_by"), pattern=r"^\d{1,4}/\d{4}$")
    replaced_by: Slug | None = Field(default=None, description=message("model.legal_basis.fields.replaced_by"))
    amended_by: list[str] = Field(default_factory=list, description=message("model.legal_basis.fields.amended_by"))
    verification: Verification | None = Field(
        default=None, description=message("model.legal_basis.fields.verification"))
    note: Text | None = Field(default=None, description=message("model.legal_basis.fields.note"))
    sources: list[Slug] = Field(default_factory=list, description=message("model.legal_basis.fields.sources"))

    @property
    def verified(self) -> bool:
        """Only an entry with a verification record counts as checked; the default is unchecked."""
        return self.verification is not None

    @property
    def pending(self) -> bool:
        return self.kind == "esitys"


class Phase(Strict):
    """A canonical phase of a service: the columns that regions' processes are compared by."""

    model_config = described(message("model.phase.description"))

    id: Slug = Field(description=message("model.phase.fields.id"))
    name: Text = Field(description=message("model.phase.fields.name"))
    description: Text | None = Field(default=None, description=message("model.phase.fields.description"))


class Task(Strict):
    """A canonical task of a service (for the 'who does what' comparison)."""

    model_config = described(message("model.task.description"))

    id: Slug = Field(description=message("model.task.fields.id"))
    name: Text = Field(description=message("model.task.fields.name"))
    phase: Slug = Field(description=message("model.task.fields.phase"))


class Question(Strict):
    """A canonical question of a service that every region answers."""

    model_config = described(message("model.question.description"))

    id: Slug = Field(description=message("model.question.fields.id"))
    text: Text = Field(description=message("model.question.fields.text"))
    phase: Slug = Field(description=message("model.question.fields.phase"))
    task: Slug | None = Field(default=None, description=message("model.question.fields.task"))


class Service(Strict):
    """A service with its canonical phases, tasks and questions."""

    model_config = described(message("model.service.description"))

    id: Slug = Field(description=message("model.service.fields.id"))
    name: Text = Field(description=message("model.service.fields.name"))
    abbreviation: str | None = Field(default=None, description=message("model.service.fields.abbreviation"))
    kind: ServiceKind = Field(default="palvelu", description=message("model.service.fields.kind"))
    description: Text | None = Field(default=None, description=message("model.service.fields.description"))
    legal_bases: list[Slug] = Field(default_factory=list, description=message("model.service.fields.legal_bases"))
    phases: list[Phase] = Field(default_factory=list, description=message("model.service.fields.phases"))
    tasks: list[Task] = Field(default_factory=list, description=message("model.service.fields.tasks"))
    questions: list[Question] = Field(default_factory=list, description=message("model.service.fields.questions"))
    sources: list[Slug] = Field(default_factory=list, description=message("model.service.fields.sources"))


class GlossaryTerm(Strict):
    """A glossary term; its abbreviation becomes a tooltip on every page."""

    model_config = described(message("model.glossary_term.description"))

    id: Slug = Field(description=message("model.glossary_term.fields.id"))
    term: Text = Field(description=message("model.glossary_term.fields.term"))
    abbreviation: str | None = Field(
        default=None, description=message("model.glossary_term.fields.abbreviation"),
        pattern=r"^[A-Za-zÅÄÖåäö0-9][A-Za-zÅÄÖåäö0-9 .:-]{0,15}$")
    definition: Text = Field(description=message("model.glossary_term.fields.definition"))
    sources: list[Slug] = Field(default_factory=list, description=message("model.glossary_term.fields.sources"))


class Region(Strict):
    """A region: wellbeing services county, employment area, municipality or province."""

    model_config = described(message("model.region.description"))

    id: Slug = Field(description=message("model.region.fields.id"))
    name: Text = Field(description=message("model.region.fields.name"))
    kind: RegionKind = Field(description=message("model.region.fields.kind"))
    description: Text | None = Field(default=None, description=message("model.region.fields.description"))
    part_of: Slug | None = Field(default=None, description=message("model.region.fields.part_of"))
    organiser: Slug | None = Field(default=None, description=message("model.region.fields.organiser"))


class Organisation(Strict):
    """An organisation: county, municipality, school, project or other actor."""

    model_config = described(message("model.organisation.description"))

    id: Slug = Field(description=message("model.organisation.fields.id"))
    name: Text = Field(description=message("model.organisation.fields.name"))
    region: Slug | None = Field(default=None, description=message("model.organisation.fields.region"))
    description: Text | None = Field(default=None, description=message("model.organisation.fields.description"))


class Catalog(Strict):
    """One catalogue file (process_models/catalog/*.yaml): any of the lists."""

    model_config = described(message("model.catalog.description"))

    roles: list[Role] = Field(default_factory=list, description=message("model.catalog.fields.roles"))
    legal_bases: list[LegalBasis] = Field(default_factory=list, description=message("model.catalog.fields.legal_bases"))
    services: list[Service] = Field(default_factory=list, description=message("model.catalog.fields.services"))
    glossary: list[GlossaryTerm] = Field(default_factory=list, description=message("model.catalog.fields.glossary"))
    regions: list[Region] = Field(default_factory=list, description=message("model.catalog.fields.regions"))
    organisations: list[Organisation] = Field(default_factory=list,
                                              description=message("model.catalog.fields.organisations"))
    sources: list[Source] = Field(default_factory=list, description=message("model.catalog.fields.sources"))

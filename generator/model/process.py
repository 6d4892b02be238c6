"""One process model: a region's description of one service, step by step."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.model.text import Date, Slug, Strict, Text

Status = Literal["luonnos", "hyväksytty"]


class NextStep(Strict):
    """Jatkopolku: seuraava vaihe, toinen palvelu tai prosessin loppu, ehtoineen."""

    step: Slug | None = Field(default=None, description="Seuraavan vaiheen tunniste tässä prosessissa.")
    service: Slug | None = Field(default=None, description="Palvelu, johon polku jatkuu (jatkopolku).")
    end: bool = Field(default=False, description="true, jos prosessi päättyy tähän.")
    condition: Text | None = Field(default=None, description="Ehto, jolla polkua kuljetaan (päätöksessä pakollinen).")


class Step(Strict):
    """Prosessin vaihe (tehtävä tai päätöskohta)."""

    id: Slug = Field(description="Vaiheen tunniste prosessin sisällä.")
    title: Text = Field(description="Vaiheen otsikko.")
    phase: Slug | None = Field(default=None, description="Palvelun kanoninen vaihe, johon tämä kuuluu.")
    task: Slug | None = Field(default=None, description="Palvelun kanoninen tehtävä, jonka tämä vaihe toteuttaa.")
    responsible: Slug | None = Field(default=None, description="Vastuurooli (jätä pois, jos lähde ei kerro).")
    participants: list[Slug] = Field(default_factory=list, description="Osallistuvat roolit.")
    description: Text | None = Field(default=None, description="Mitä vaiheessa tapahtuu.")
    decision: Text | None = Field(default=None, description="Päätöskohdan kysymys; tekee vaiheesta päätöksen.")
    duration: Text | None = Field(default=None, description="Kesto tai määräaika.")
    forms: list[Slug] = Field(default_factory=list, description="Vaiheessa käytettävät lomakkeet.")
    forms_note: Text | None = Field(
        default=None, description="Huomautus lomakkeista, esim. että linkitetty lomake on tietopankin pohja eikä "
                                  "alueen oma lomake.")
    legal_bases: list[Slug] = Field(default_factory=list, description="Vaiheen säädösperusteet.")
    sources: list[Slug] = Field(default_factory=list, description="Lähteet, joihin vaiheen kuvaus perustuu.")
    next: list[NextStep] = Field(default_factory=list, description="Jatkopolut.")

    @property
    def is_decision(self) -> bool:
        return self.decision is not None


class Answer(Strict):
    """Alueen vastaus palvelun kanoniseen kysymykseen."""

    question: Slug = Field(description="Kysymyksen tunniste palvelun katalogissa.")
    answer: Text | None = Field(default=None, description="Vastaus; jätä pois, jos lähde ei vastaa.")
    roles: list[Slug] = Field(default_factory=list, description="Roolit, joita vastaus koskee ('kuka tekee').")
    sources: list[Slug] = Field(default_factory=list, description="Lähteet, joihin vastaus perustuu.")


class ChangelogEntry(Strict):
    """Muutoshistorian merkintä."""

    date: Date = Field(description="Muutoksen päivämäärä.")
    version: str | None = Field(default=None, description="Versio, jossa muutos tehtiin.")
    summary: Text = Field(description="Mitä muutettiin ja miksi.")


class Process(Strict):
    """Prosessimalli: yhden alueen kuvaus yhdestä palvelusta."""

    id: Slug = Field(description="Prosessin tunniste, esim. 'etela-pohjanmaa-kuntouttava-tyotoiminta'.")
    title: Text = Field(description="Prosessin nimi.")
    region: Slug = Field(description="Alue (aluekatalogin tunniste).")
    service: Slug = Field(description="Palvelu (palvelukatalogin tunniste).")
    status: Status = Field(description="'luonnos' tai 'hyväksytty'.")
    version: str = Field(description="Versio, esim. '1.0'.")
    owner: Slug | None = Field(default=None, description="Omistajaorganisaatio (organisaatiokatalogin tunniste).")
    valid_from: Date | None = Field(default=None, description="Voimassa alkaen.")
    summary: Text | None = Field(default=None, description="Tiivistelmä.")
    target_group: Text | None = Field(default=None, description="Kohderyhmä.")
    sources: list[Slug] = Field(default_factory=list, description="Lähteet, joihin malli perustuu.")
    lanes: list[Slug] = Field(default_factory=list, description="Uimaradat (roolit) ylhäältä alas.")
    start: Slug | None = Field(default=None, description="Aloitusvaihe (oletus: ensimmäinen vaihe).")
    steps: list[Step] = Field(default_factory=list, description="Vaiheet.")
    answers: list[Answer] = Field(default_factory=list, description="Vastaukset palvelun kanonisiin kysymyksiin.")
    development_needs: list[Text] = Field(default_factory=list, description="Kehittämiskohteet.")
    evaluation_points: list[Text] = Field(default_factory=list, description="Arviointikohdat ja -ajankohdat.")
    open_questions: list[Text] = Field(
        default_factory=list, description="Avoimet kysymykset: mitä lähteet eivät ratkaise (esim. vaiheiden järjestys, "
                                          "jota lähde ei kerro). Sivusto näyttää ne aukkoina.")
    changelog: list[ChangelogEntry] = Field(default_factory=list, description="Muutoshistoria.")

    @property
    def start_step(self) -> str | None:
        return self.start or (self.steps[0].id if self.steps else None)

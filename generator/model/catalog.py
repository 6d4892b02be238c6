"""Shared catalogues: roles, legal bases, services, glossary, regions, organisations, sources."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.model.text import Date, Slug, Strict, Text, WebUrl

RoleKind = Literal["asiakas", "ammattilainen", "organisaatio", "tyonantaja", "hanke", "muu"]
RegionKind = Literal["hyvinvointialue", "tyollisyysalue", "kunta", "maakunta", "seutukunta", "muu"]
ServiceKind = Literal["palvelu", "tyomarkkinat"]
SourceKind = Literal["lahdeasiakirja", "saados", "viranomaisohje", "verkkosivu", "muu"]


class Source(Strict):
    """Lähde: asiakirja tai verkkosivu, johon mallin tiedot perustuvat."""

    id: Slug = Field(description="Lähteen tunniste, esim. 'tyonyrkki-2023'.")
    title: Text = Field(description="Lähteen nimi.")
    kind: SourceKind = Field(default="lahdeasiakirja", description="Lähteen laji.")
    publisher: Text | None = Field(default=None, description="Julkaisija tai laatija.")
    date: str | None = Field(default=None, description="Julkaisu- tai laatimisaika vapaamuotoisesti, esim. '2023'.")
    url: WebUrl | None = Field(default=None, description="Verkko-osoite (https://…), jos lähde on verkossa.")
    document: str | None = Field(default=None, description="Lähdeasiakirjan tiedostonimi lähdeaineistossa.")
    note: Text | None = Field(default=None, description="Huomautus lähteen laadusta tai rajauksista.")


class Role(Strict):
    """Rooli: ammattilainen, asiakas, organisaatio tai muu toimija, jolla on uimarata."""

    id: Slug = Field(description="Roolin tunniste, esim. 'sosiaaliohjaaja'.")
    name: Text = Field(description="Roolin nimi sivustolla, esim. 'Sosiaaliohjaaja'.")
    kind: RoleKind = Field(description="Roolin laji; määrää kaavion värin.")
    description: Text | None = Field(default=None, description="Mitä rooli tekee yleisesti.")
    sources: list[Slug] = Field(default_factory=list, description="Lähteiden tunnisteet.")


class Verification(Strict):
    """Tarkistusmerkintä: milloin ja mitä vasten säädöstieto on tarkistettu."""

    verified_on: Date = Field(description="Tarkistuspäivä (VVVV-KK-PP).")
    checked_against: Text = Field(
        description="Mitä vasten tieto tarkistettiin, esim. 'alkuperäinen säädösteksti 702/2020 (Finlex)'.")
    note: Text | None = Field(default=None, description="Mitä tarkistus ei kattanut.")


LegalKind = Literal["saados", "esitys"]


class LegalBasis(Strict):
    """Säädösperuste: laki tai sen pykälä voimassaolo- ja tarkistustietoineen."""

    id: Slug = Field(description="Säädösperusteen tunniste, esim. 'ktt-laki-16'.")
    kind: LegalKind = Field(default="saados",
                            description="'saados' (voimassa oleva tai kumottu laki) tai 'esitys' (vireillä oleva "
                                        "hallituksen esitys, ei voimassa olevaa lakia).")
    act: Text = Field(description="Säädöksen nimi, esim. 'Laki kuntouttavasta työtoiminnasta'.")
    number: str = Field(description="Säädöksen numero, esim. '189/2001' (esityksellä esim. '109/2025').",
                        pattern=r"^\d{1,4}/\d{4}$")
    section: str | None = Field(default=None, description="Pykälä, esim. '16 §' tai '27 d §'.")
    title: Text | None = Field(default=None, description="Pykälän otsikko.")
    url: WebUrl | None = Field(default=None, description="Finlex-osoite (https://…).")
    in_force_from: Date | None = Field(default=None, description="Voimassa alkaen (VVVV-KK-PP).")
    repealed_on: Date | None = Field(default=None, description="Kumottu alkaen (VVVV-KK-PP).")
    repealed_by: str | None = Field(default=None, description="Kumoava säädös, esim. '676/2023'.",
                                    pattern=r"^\d{1,4}/\d{4}$")
    replaced_by: Slug | None = Field(default=None, description="Korvaavan säädösperusteen tunniste.")
    amended_by: list[str] = Field(default_factory=list, description="Muutossäädösten numerot, esim. ['399/2023'].")
    verification: Verification | None = Field(
        default=None, description="Tarkistusmerkintä. Ilman sitä tieto näkyy tarkistamattomana.")
    note: Text | None = Field(default=None, description="Huomautus, esim. mitä on tarkistamatta.")
    sources: list[Slug] = Field(default_factory=list, description="Lähteiden tunnisteet.")

    @property
    def verified(self) -> bool:
        """Only an entry with a verification record counts as checked; the default is unchecked."""
        return self.verification is not None

    @property
    def pending(self) -> bool:
        return self.kind == "esitys"


class Phase(Strict):
    """Palvelun kanoninen vaihe, jonka kautta alueiden prosesseja vertaillaan."""

    id: Slug = Field(description="Vaiheen tunniste.")
    name: Text = Field(description="Vaiheen nimi (kaavion sarakeotsikko).")
    description: Text | None = Field(default=None, description="Mitä vaiheeseen kuuluu.")


class Task(Strict):
    """Palvelun kanoninen tehtävä ('kuka tekee mitä' -vertailuun)."""

    id: Slug = Field(description="Tehtävän tunniste, esim. 'palvelutarpeen-arviointi'.")
    name: Text = Field(description="Tehtävän nimi.")
    phase: Slug = Field(description="Vaihe, johon tehtävä kuuluu.")


class Question(Strict):
    """Kanoninen kysymys, johon jokainen alue vastaa (esim. 'Kuka tekee PTA:n?')."""

    id: Slug = Field(description="Kysymyksen tunniste.")
    text: Text = Field(description="Kysymys.")
    phase: Slug = Field(description="Vaihe, johon kysymys liittyy.")
    task: Slug | None = Field(default=None, description="Tehtävä, jonka tekijää kysymys koskee.")


class Service(Strict):
    """Palvelu vaiheineen, tehtävineen ja kysymyksineen."""

    id: Slug = Field(description="Palvelun tunniste, esim. 'kuntouttava-tyotoiminta'.")
    name: Text = Field(description="Palvelun nimi.")
    abbreviation: str | None = Field(default=None, description="Lyhenne, esim. 'KTT'.")
    kind: ServiceKind = Field(default="palvelu", description="'palvelu' tai 'tyomarkkinat' (polun päätepiste).")
    description: Text | None = Field(default=None, description="Palvelun kuvaus.")
    legal_bases: list[Slug] = Field(default_factory=list, description="Palvelun säädösperusteet.")
    phases: list[Phase] = Field(default_factory=list, description="Kanoniset vaiheet järjestyksessä.")
    tasks: list[Task] = Field(default_factory=list, description="Kanoniset tehtävät.")
    questions: list[Question] = Field(default_factory=list, description="Kanoniset kysymykset.")
    sources: list[Slug] = Field(default_factory=list, description="Lähteiden tunnisteet.")


class GlossaryTerm(Strict):
    """Sanaston termi; lyhenteestä tulee vihje (tooltip) jokaiselle sivulle."""

    id: Slug = Field(description="Termin tunniste.")
    term: Text = Field(description="Termi perusmuodossa.")
    abbreviation: str | None = Field(default=None, description="Lyhenne, esim. 'PTA'.",
                                      pattern=r"^[A-Za-zÅÄÖåäö0-9][A-Za-zÅÄÖåäö0-9 .:-]{0,15}$")
    definition: Text = Field(description="Määritelmä.")
    sources: list[Slug] = Field(default_factory=list, description="Lähteiden tunnisteet.")


class Region(Strict):
    """Alue: hyvinvointialue, työllisyysalue, kunta tai maakunta."""

    id: Slug = Field(description="Alueen tunniste, esim. 'etela-pohjanmaa'.")
    name: Text = Field(description="Alueen nimi.")
    kind: RegionKind = Field(description="Alueen laji.")
    description: Text | None = Field(default=None, description="Lyhyt kuvaus.")
    part_of: Slug | None = Field(default=None, description="Laajempi alue, johon tämä kuuluu.")
    organiser: Slug | None = Field(default=None, description=(
        "Alueen palvelujen järjestäjä (hyvinvointialue tai kunta), organisaatiokatalogin tunniste; "
        "jätä pois, jos lähde ei kerro."))


class Organisation(Strict):
    """Organisaatio: hyvinvointialue, kunta, oppilaitos, hanke tai muu toimija."""

    id: Slug = Field(description="Organisaation tunniste.")
    name: Text = Field(description="Organisaation nimi.")
    region: Slug | None = Field(default=None, description="Alue, jolla organisaatio toimii.")
    description: Text | None = Field(default=None, description="Lyhyt kuvaus.")


class Catalog(Strict):
    """Katalogitiedosto (process_models/catalog/*.yaml): yksi tai useampi luettelo."""

    roles: list[Role] = Field(default_factory=list, description="Roolit.")
    legal_bases: list[LegalBasis] = Field(default_factory=list, description="Säädösperusteet.")
    services: list[Service] = Field(default_factory=list, description="Palvelut.")
    glossary: list[GlossaryTerm] = Field(default_factory=list, description="Sanasto.")
    regions: list[Region] = Field(default_factory=list, description="Alueet.")
    organisations: list[Organisation] = Field(default_factory=list, description="Organisaatiot.")
    sources: list[Source] = Field(default_factory=list, description="Lähteet.")

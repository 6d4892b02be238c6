"""The repository's own content: it validates, and every model is traceable to its sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.project import Project
from generator.validate import ValidationResult

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"
pytestmark = pytest.mark.content


@pytest.fixture(scope="module")
def result() -> ValidationResult:
    return Project.at(REPO).validate()


def test_repository_models_validate_strictly(result: ValidationResult) -> None:
    assert result.diagnostics == []


@pytest.mark.parametrize(("region", "service"), [
    ("etela-pohjanmaa", "kuntouttava-tyotoiminta"),
    ("satakunta", "tyollistymista-tukeva-toiminta"),
    ("huittinen", "tyollistymista-tukeva-toiminta"),
    ("padasjoki", "tyollistymista-tukeva-toiminta"),
    ("keski-uusimaa", "tyollistymista-tukeva-toiminta"),
])
def test_the_five_regional_models_exist(result: ValidationResult, region: str, service: str) -> None:
    models = [p.model for p in result.models.processes if p.model.region == region]
    assert [m.service for m in models] == [service]
    assert models[0].sources, "every model lists its sources"


def test_every_step_and_answer_names_its_source(result: ValidationResult) -> None:
    for located in result.models.processes:
        for step in located.model.steps:
            assert step.sources, f"{located.file.path}: vaihe {step.id} ilman lähdettä"
        for answer in located.model.answers:
            assert answer.sources, f"{located.file.path}: vastaus {answer.question} ilman lähdettä"


def test_seed_documents_named_in_sources_exist() -> None:
    if not SEEDS.is_dir():
        pytest.skip("lähdeaineisto (../shared/seeds) ei ole tämän kloonin vieressä")
    graph_sources = [s for c in Project.at(REPO).validate().models.catalogs for s in c.model.sources]
    documents = [s.document for s in graph_sources if s.document]
    assert len(documents) == 5
    for document in documents:
        assert (SEEDS / document).is_file(), document


def test_no_contact_details_of_named_people_are_copied(result: ValidationResult) -> None:
    text = "\n".join((REPO / p.file.path).read_text(encoding="utf-8") for p in result.models.processes)
    for detail in ("Liikanen", "Pöyhönen", "044 5650 558", "eduvalidia.fi", "stm.fi"):
        assert detail not in text


def test_unverified_legal_facts_are_flagged() -> None:
    catalog = (REPO / "process_models" / "catalog" / "saadokset.yaml").read_text(encoding="utf-8")
    bases = {b.id: b for c in Project.at(REPO).validate().models.catalogs for b in c.model.legal_bases}
    # FACTS.md marks the current wording of 189/2001 13 § and the post-2025 status of 519/1977 UNVERIFIED.
    assert not bases["ktt-laki-13"].verified and not bases["kehitysvammalaki-2"].verified
    assert bases["ktt-laki-16"].verified
    assert "verified: false" in catalog

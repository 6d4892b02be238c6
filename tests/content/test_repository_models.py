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


def test_only_entries_with_a_verification_record_count_as_checked() -> None:
    bases = {b.id: b for c in Project.at(REPO).validate().models.catalogs for b in c.model.legal_bases}
    # 702/2020 and 591/2022 were read from the statute texts; the 2001 sections 22 and 23 were not.
    assert bases["ktt-laki-13b"].verified and bases["ktt-laki-16"].verified
    assert bases["ktt-laki-13b"].verification is not None
    assert bases["ktt-laki-13b"].verification.checked_against.fi == (
        "alkuperäinen muutossäädös 702/2020 (Finlex, säädöskokoelma)")
    assert not bases["ktt-laki-22"].verified and not bases["ktt-laki-18"].verified
    # an entry whose own note says something is unchecked must not carry a record that says otherwise
    for basis in bases.values():
        if basis.note is not None and "tarkistamatta" in basis.note.fi:
            assert not basis.verified, basis.id


def test_repealed_sections_name_the_repealing_act_and_the_replacement() -> None:
    bases = {b.id: b for c in Project.at(REPO).validate().models.catalogs for b in c.model.legal_bases}
    repealed = {b.id: (b.repealed_on.isoformat(), b.repealed_by, b.replaced_by)
                for b in bases.values() if b.repealed_on is not None}
    assert repealed == {
        "kehitysvammalaki-35": ("2025-01-01", "676/2023", "vammaispalvelulaki-2023-27"),
        "tyovoimapalvelulaki-2012": ("2025-01-01", "383/2023", "tyovoimapalvelulaki-2023"),
        "typ-laki-2014": ("2025-01-01", "383/2023", "monialainen-laki-2023"),
    }
    assert [b.id for b in bases.values() if b.pending] == ["he-109-2025"]

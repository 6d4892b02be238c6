"""The diagram cache on a small synthetic corpus (not timed): a warm build draws nothing, and an edit
to one model redraws only that model's diagrams."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.publish.build import BuildResult, build
from tests.bench.corpus import CorpusSpec, make_corpus
from tests.bench.edit import edited
from tests.bench.probe import stage_summary
from tests.bench.scenarios import REPO
from tests.bench.targets import related_to, rendered_names

pytestmark = pytest.mark.bench
SMALL = CorpusSpec(regions=2, services_per_scale=3, seed=7)
EDITED_ID = "synteettinen-alue-01-kuntouttava-tyotoiminta"
MODEL = Path("process_models/synteettinen-alue-01/kuntouttava-tyotoiminta.yaml")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(REPO, tmp_path_factory.mktemp("bench") / "korpus", SMALL)


def _drawn(result: BuildResult) -> list[str]:
    assert result.ok, result.diagnostics
    assert result.content is not None
    names = rendered_names(stage_summary(result.stages))
    assert names is not None, "the diagram stage should report which diagrams it rendered"
    return names


@dataclass(frozen=True)
class Cold:
    result: BuildResult
    cache: Path  # what the cold build left; each test works on its own copy


@pytest.fixture(scope="module")
def cold(corpus: Path) -> Cold:
    """ONE cold build (an empty cache) for the module: each test used to make its own, the same build three times."""
    cache = corpus / ".cache/cold"
    return Cold(build(corpus, cache_dir=cache), cache)


def _copy(cold: Cold, tmp_path: Path) -> Path:
    return Path(shutil.copytree(cold.cache, tmp_path / "cache"))


def test_the_synthetic_corpus_validates_without_problems(cold: Cold) -> None:
    assert cold.result.ok
    assert cold.result.diagnostics == []


def test_a_warm_build_renders_no_diagram(corpus: Path, cold: Cold, tmp_path: Path) -> None:
    assert len(_drawn(cold.result)) > 0
    assert _drawn(build(corpus, cache_dir=_copy(cold, tmp_path))) == []


def test_editing_one_model_redraws_only_that_models_diagrams(corpus: Path, cold: Cold, tmp_path: Path) -> None:
    cache = _copy(cold, tmp_path)
    with edited(corpus / MODEL, r"^(- id: vaihe-01\n  title: ).*$", r"\g<1>Uusi nimi vaiheelle"):
        redrawn = _drawn(build(corpus, cache_dir=cache))
    assert redrawn, "the edited model's diagram must be drawn again"
    assert len(redrawn) < len(_drawn(cold.result))
    unrelated = [n for n in redrawn if not related_to(n, EDITED_ID, "synteettinen-alue-01", "kuntouttava-tyotoiminta")]
    assert unrelated == []

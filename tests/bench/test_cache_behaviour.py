"""The diagram cache on a small synthetic corpus (not timed): a warm build draws nothing, and an edit
to one model redraws only that model's diagrams."""

from __future__ import annotations

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


def test_the_synthetic_corpus_validates_without_problems(corpus: Path) -> None:
    result = build(corpus, cache_dir=corpus / ".cache/polku")
    assert result.ok
    assert result.diagnostics == []


def test_a_warm_build_renders_no_diagram(corpus: Path) -> None:
    cache = corpus / ".cache/cold-warm"
    assert len(_drawn(build(corpus, cache_dir=cache))) > 0
    assert _drawn(build(corpus, cache_dir=cache)) == []


def test_editing_one_model_redraws_only_that_models_diagrams(corpus: Path) -> None:
    cache = corpus / ".cache/edit"
    cold = _drawn(build(corpus, cache_dir=cache))
    with edited(corpus / MODEL, r"^(- id: vaihe-01\n  title: ).*$", r"\g<1>Uusi nimi vaiheelle"):
        redrawn = _drawn(build(corpus, cache_dir=cache))
    assert redrawn, "the edited model's diagram must be drawn again"
    assert len(redrawn) < len(cold)
    unrelated = [n for n in redrawn if not related_to(n, EDITED_ID, "synteettinen-alue-01", "kuntouttava-tyotoiminta")]
    assert unrelated == []

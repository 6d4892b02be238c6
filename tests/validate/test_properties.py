"""Property-based: arbitrary text and arbitrary YAML never make the validator raise."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.diagnostics import Diagnostic
from tests.validate.conftest import BASE, PROCESS, validate_files

P = "process_models/alue/prosessi.yaml"
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30),
                    st.dates())
keys = st.one_of(st.sampled_from(["id", "title", "steps", "next", "lanes", "phase", "responsible", "end",
                                  "step", "service", "answers", "question", "decision", "sections"]),
                 st.text(max_size=10))
structures = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                           st.dictionaries(keys, inner, max_size=5)),
                          max_leaves=25)


def assert_diagnostics(result_diagnostics: list[Diagnostic]) -> None:
    for d in result_diagnostics:
        assert d.line >= 1 and d.column >= 1 and d.message and d.code


@SETTINGS
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    for path in (P, "process_models/catalog/x.yaml", "process_models/forms/x.yaml"):
        assert_diagnostics(validate_files({**BASE, path: text}).diagnostics)


@SETTINGS
@given(structures)
def test_arbitrary_yaml_structures_never_raise(data: Any) -> None:
    text = yaml.safe_dump(data, allow_unicode=True)
    for path in (P, "process_models/catalog/x.yaml", "process_models/forms/x.yaml"):
        assert_diagnostics(validate_files({**BASE, path: text}).diagnostics)


@SETTINGS
@given(st.sampled_from(sorted(yaml.safe_load(PROCESS))), structures)
def test_a_valid_model_with_one_field_replaced_never_raises(field: str, value: Any) -> None:
    data = yaml.safe_load(PROCESS)
    data[field] = value
    result = validate_files({**BASE, P: yaml.safe_dump(data, allow_unicode=True)})
    assert_diagnostics(result.diagnostics)


@SETTINGS
@given(st.integers(min_value=0, max_value=len(PROCESS) - 1), st.text(min_size=1, max_size=5))
def test_a_valid_model_with_random_characters_inserted_never_raises(position: int, junk: str) -> None:
    text = PROCESS[:position] + junk + PROCESS[position:]
    assert_diagnostics(validate_files({**BASE, P: text}).diagnostics)

"""Every payload class × every kind of text field, through the real validator: a payload that could run a
script, load from elsewhere, break a parser or publish personal data is refused *at the field that holds it*;
the inert ones pass everywhere (tests/security/test_hostile_site.py then builds and loads them).

One validation per payload (all fields at once), attributed to fields by the lines of their values."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.project import Project
from tests.browser.serving import REPO_ROOT
from tests.security.payloads import FIELDS, INERT, PAYLOADS, REFUSED, Payload, write_payload


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pristine")
    shutil.copytree(REPO_ROOT / "process_models", root / "process_models")
    return root


def _outcome(pristine: Path, tmp_path: Path, payload: Payload) -> dict[str, list[str]]:
    """Field name → the codes reported inside that field's value (empty list: accepted)."""
    repo = tmp_path / "repo"
    shutil.copytree(pristine, repo)
    spans = write_payload(repo, payload.text)
    result = Project.at(repo).validate()  # never raises: a traceback fails the test by itself
    found: dict[str, list[str]] = {name: [] for name in spans}
    unattributed = []
    for diagnostic in result.diagnostics:
        owners = [name for name, (file, first, last) in spans.items()
                  if diagnostic.file == file and first <= diagnostic.line <= last]
        for owner in owners:
            found[owner].append(diagnostic.code)
        if not owners:
            unattributed.append(f"{diagnostic.file}:{diagnostic.line} {diagnostic.code}")
    if not payload.refused:
        assert unattributed == [], "an accepted payload must not cause problems elsewhere"
    return found


@pytest.mark.parametrize("payload", REFUSED, ids=[p.name for p in REFUSED])
def test_dangerous_payload_is_refused_in_every_field(pristine: Path, tmp_path: Path, payload: Payload) -> None:
    found = _outcome(pristine, tmp_path, payload)
    assert sorted(name for name, codes in found.items() if not codes) == [], "fields that accepted it"
    assert all(code[0] in "HDY" for codes in found.values() for code in codes), found


@pytest.mark.parametrize("payload", INERT, ids=[p.name for p in INERT])
def test_inert_payload_is_accepted_in_every_field(pristine: Path, tmp_path: Path, payload: Payload) -> None:
    found = _outcome(pristine, tmp_path, payload)
    assert {name: codes for name, codes in found.items() if codes} == {}


def test_the_matrix_counts() -> None:
    """The numbers quoted in the lead's note: payload classes × field kinds."""
    assert (len(PAYLOADS), len(FIELDS)) == (50, 29)
    assert (len(REFUSED) * len(FIELDS), len(INERT) * len(FIELDS)) == (1073, 377)

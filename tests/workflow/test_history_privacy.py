"""A commit subject is published on the home page, the process history and in search: personal data in
it is dropped before it reaches any page."""

from __future__ import annotations

import pytest

from generator.history.git_log import commits_by_file
from generator.history.privacy import REDACTED
from tests.workflow.conftest import MODEL, GitRepo


@pytest.mark.parametrize("subject", [
    "Korjattu, kysy lisää 040 123 4567", "Lisätty matti.meikalainen@example.invalid", "Asiakas 131052-308t",
    "Muutettu osoitteeksi Mannerheimintie 12 B 34", "Kommentit: matti@example.invalid",
])
def test_a_subject_with_personal_data_is_not_published(repo: GitRepo, subject: str) -> None:
    repo.edit(MODEL, "title: Esimerkkipalvelun prosessi", "title: Esimerkkipalvelun prosessi 2")
    repo.commit(subject)
    subjects = [c.subject for c in commits_by_file(repo.root, "process_models")[MODEL]]
    assert subjects == [REDACTED, "Ensimmäinen versio"]


def test_an_ordinary_subject_is_published_as_written(repo: GitRepo) -> None:
    repo.edit(MODEL, "title: Esimerkkipalvelun prosessi", "title: Esimerkkipalvelun prosessi 2")
    repo.commit("Vaihe 3 ja Y-tunnus 0201256-6 lisätty")
    subjects = [c.subject for c in commits_by_file(repo.root, "process_models")[MODEL]]
    assert subjects == ["Vaihe 3 ja Y-tunnus 0201256-6 lisätty", "Ensimmäinen versio"]

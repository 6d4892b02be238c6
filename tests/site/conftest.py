"""Shared by tests/site: the repository's models, validated and resolved once per worker."""

from __future__ import annotations

import pytest

from generator.project import Project
from generator.resolve import KnowledgeGraph, resolve
from tests.browser.serving import REPO_ROOT


@pytest.fixture(scope="session")
def graph() -> KnowledgeGraph:
    result = Project.at(REPO_ROOT).validate()
    assert result.ok, result.diagnostics
    return resolve(result.models)

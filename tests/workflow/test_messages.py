"""The message catalogue: every id the templates and modules use is in the Finnish catalogue, every other
language has the same ids, and an unknown id fails the build."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.messages import CATALOGUES, FI, message
from generator.render.environment import create_environment

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
USE = re.compile(r"""\b(?:msg|message)\(\s*["']([a-z0-9_.]+)["']""")


def used_ids() -> set[str]:
    files = [*GENERATOR.rglob("*.jinja"), *GENERATOR.rglob("*.py")]
    return {key for path in files for key in USE.findall(path.read_text(encoding="utf-8"))}


def test_every_used_id_has_its_finnish_text() -> None:
    used = used_ids()
    assert "latest_changes.heading" in used, "the scan finds the ids in the templates"
    assert used - set(FI) == set()


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_every_catalogue_has_the_finnish_ids(language: str) -> None:
    assert set(CATALOGUES[language]) == set(FI)


def test_a_template_with_an_unknown_id_fails() -> None:
    env = create_environment()
    assert env.from_string('{{ msg("latest_changes.heading") }}').render() == "Viimeisimmät muutokset"
    with pytest.raises(KeyError):
        env.from_string('{{ msg("latest_changes.otsikko") }}').render()


def test_python_reads_the_same_text() -> None:
    assert message("latest_changes.none") == "Ei kirjattuja muutoksia."

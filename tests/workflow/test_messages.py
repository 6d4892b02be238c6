"""The message catalogue: every id the templates and modules use is in the Finnish catalogue, every other
language has the same ids and placeholders, and an unknown id fails the build."""

from __future__ import annotations

import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from generator import messages
from generator.messages import catalogue, languages, message, plural
from generator.render.environment import create_environment

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
USE = re.compile(r"""\b(?:msg|msgn|message|plural)\(\s*["']([a-z0-9_.]+)["']""")


def used_ids() -> set[str]:
    files = [*GENERATOR.rglob("*.jinja"), *GENERATOR.rglob("*.py")]
    return {key for path in files for key in USE.findall(path.read_text(encoding="utf-8"))}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_used_id_has_its_finnish_text() -> None:
    used = used_ids()
    assert "home.latest_changes.heading" in used, "the scan finds the ids in the templates"
    finnish = catalogue("fi")
    plural_ids = {key.rsplit(".", 1)[0] for key in finnish if key.endswith((".one", ".other"))}
    assert used - set(finnish) - plural_ids == set()


@pytest.mark.parametrize("language", languages())
def test_every_catalogue_has_the_finnish_ids_and_placeholders(language: str) -> None:
    finnish, other = catalogue("fi"), catalogue(language)
    assert set(other) == set(finnish)
    assert {k: placeholders(v) for k, v in other.items()} == {k: placeholders(v) for k, v in finnish.items()}


def test_a_template_with_an_unknown_id_fails() -> None:
    env = create_environment()
    assert env.from_string('{{ msg("home.latest_changes.heading") }}').render() == "Viimeisimmät muutokset"
    with pytest.raises(KeyError):
        env.from_string('{{ msg("home.latest_changes.otsikko") }}').render()


def test_python_reads_the_same_text() -> None:
    assert message("home.latest_changes.none") == "Ei kirjattuja muutoksia."


def test_a_swedish_catalogue_is_data_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new language is a folder of YAML files: the code picks it up by its name."""
    (tmp_path / "fi").mkdir()
    (tmp_path / "sv").mkdir()
    (tmp_path / "fi" / "home.yaml").write_text("count:\n  one: '{count} vaihe'\n  other: '{count} vaihetta'\n")
    (tmp_path / "sv" / "home.yaml").write_text("count:\n  one: '{count} steg'\n  other: '{count} steg'\n")
    monkeypatch.setattr(messages, "CATALOGUE_DIR", tmp_path)
    messages.catalogue.cache_clear()
    try:
        assert languages() == ("fi", "sv")
        assert [plural("home.count", n) for n in (1, 3)] == ["1 vaihe", "3 vaihetta"]
        assert plural("home.count", 2, language="sv") == "2 steg"
    finally:
        messages.catalogue.cache_clear()


def test_a_key_written_twice_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "fi").mkdir()
    (tmp_path / "fi" / "home.yaml").write_text("heading: Yksi\nheading: Kaksi\n")
    monkeypatch.setattr(messages, "CATALOGUE_DIR", tmp_path)
    messages.catalogue.cache_clear()
    try:
        with pytest.raises(ValueError, match="avain 'heading' kahdesti"):
            catalogue("fi")
    finally:
        messages.catalogue.cache_clear()


def test_the_environment_chooses_the_language(tmp_path: Path) -> None:
    """POLKU_LANGUAGE picks the catalogue folder for the whole process: a Swedish interface needs no code."""
    for language, text in (("fi", "Viimeisimmät muutokset"), ("sv", "Senaste ändringar")):
        (tmp_path / language).mkdir()
        (tmp_path / language / "home.yaml").write_text(f"heading: {text}\n", encoding="utf-8")
    script = ("import sys; from pathlib import Path; import generator.messages as m; "
              "m.CATALOGUE_DIR = Path(sys.argv[1]); print(m.message('home.heading'))")
    said = {}
    for chosen in ("", "sv"):
        done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
                              check=True, env={"POLKU_LANGUAGE": chosen, "PYTHONPATH": str(GENERATOR.parent)})
        said[chosen] = done.stdout.strip()
    assert said == {"": "Viimeisimmät muutokset", "sv": "Senaste ändringar"}

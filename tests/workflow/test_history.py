"""Change history ("Muutoshistoria") on process pages and the latest changes on the home page: from the
model's changelog and from git dates (commit subjects are maintainers' notes and never reach a reader page),
deterministic per commit."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.history import git_log
from generator.publish.build import build
from tests.workflow.conftest import MODEL, GitRepo, git_env

PAGE = "prosessit/esimerkkialue-esimerkkipalvelu.md"


def page(root: Path, path: str = PAGE) -> str:
    result = build(root)
    assert result.ok and result.content is not None, result.diagnostics
    found = result.content.page(path)
    assert found is not None
    return found.content


def history_section(text: str) -> str:
    """The section as a reader sees it: Markdown backslash escapes removed."""
    return unescape(text[text.index("## Muutoshistoria"):])


def unescape(markdown: str) -> str:
    return re.sub(r"\\([^\s])", r"\1", markdown)


@pytest.fixture
def edited(repo: GitRepo) -> GitRepo:
    repo.edit(MODEL, "title: Palvelutarpeen arviointi", "title: Palvelutarpeen arviointi (PTA)")
    repo.commit("Vaiheen otsikkoon lyhenne PTA", date="2025-02-03T10:00:00+02:00")
    repo.write("README.md", "ei mallia\n")
    repo.commit("README ilman mallimuutoksia", date="2025-02-04T10:00:00+02:00")
    return repo


def test_process_page_lists_changelog_and_commit_dates_newest_first(edited: GitRepo) -> None:
    rows = [line for line in history_section(page(edited.root)).splitlines() if line.startswith("| ")]
    assert rows == ["| Päivämäärä | Muutos |",
                    "| 3.2.2025 | Kuvausta päivitetty. |",
                    "| 10.1.2025 | Kuvausta päivitetty. |",
                    "| 15.1.2024 | Ensimmäinen versio. |"]
    assert "README" not in page(edited.root), "only commits touching the model file"


def test_commit_subjects_never_reach_a_reader_page(edited: GitRepo) -> None:
    result = build(edited.root)
    assert result.content is not None
    readers = [p for p in result.content.pages if not p.path.startswith("yllapito/")]
    assert not [p.path for p in readers if "Vaiheen otsikkoon lyhenne PTA" in unescape(p.content)]


def test_a_changelog_entry_of_the_same_day_replaces_the_commit_date(repo: GitRepo) -> None:
    repo.edit(MODEL, "summary: Ensimmäinen versio.", "summary: Ensimmäinen versio.\n  - date: 2025-03-01\n"
              "    summary: Vaiheiden vastuut tarkistettu.")
    repo.commit("Changelog entry", date="2025-03-01T10:00:00+02:00")
    rows = [line for line in history_section(page(repo.root)).splitlines() if line.startswith("| ")]
    assert rows[1] == "| 1.3.2025 | Vaiheiden vastuut tarkistettu. |"
    assert rows[2] == "| 10.1.2025 | Kuvausta päivitetty. |"


def test_no_author_names_or_addresses_reach_the_site(edited: GitRepo) -> None:
    result = build(edited.root)
    assert result.content is not None
    everything = "\n".join(p.content for p in result.content.pages)
    assert "Testi Ylläpitäjä" not in everything
    assert "example.invalid" not in everything


def test_home_page_shows_the_latest_change_first(edited: GitRepo) -> None:
    home = page(edited.root, "index.md")
    latest = unescape(home[home.index("## Viimeisimmät muutokset"):]).splitlines()
    bullets = [line for line in latest if line.startswith("- ")]
    assert bullets[0] == ("- 3.2.2025 – [Esimerkkipalvelun prosessi](prosessit/esimerkkialue-esimerkkipalvelu.md): "
                          "kuvausta päivitetty")


def test_same_commit_gives_the_same_bytes_in_another_clone(edited: GitRepo, tmp_path: Path) -> None:
    clone = tmp_path / "klooni"
    subprocess.run(["git", "clone", "-q", str(edited.root), str(clone)], env=git_env(edited.home), check=True)
    assert page(clone) == page(edited.root)
    assert page(clone, "index.md") == page(edited.root, "index.md")


def test_without_git_repository_only_the_changelog(repo: GitRepo, tmp_path: Path) -> None:
    plain = tmp_path / "ilman-gitia"
    shutil.copytree(repo.root / "process_models", plain / "process_models")
    section = history_section(page(plain))
    assert "15.1.2024" in section and "Ensimmäinen versio." in section
    assert "Kuvausta päivitetty" not in section


def test_without_git_program_only_the_changelog(repo: GitRepo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(git_log, "GIT_PROGRAM", str(repo.home / "ei-gitia"))  # a program that is not there
    assert git_log.commits_by_file(repo.root, "process_models") == {}
    section = history_section(page(repo.root))
    assert "Ensimmäinen versio." in section and "Kuvausta päivitetty" not in section


def test_one_commit_touching_several_models_is_one_line_on_the_home_page(tmp_path: Path) -> None:
    from generator.history.entries import HistoryEntry, latest

    shared = HistoryEntry(date=dt.date(2025, 2, 3), summary="Yhteinen muutos", origin="git", commit="abc1234")
    own = HistoryEntry(date=dt.date(2025, 1, 1), summary="Oma muutos", origin="changelog")
    rows = latest({"a": [shared, own], "b": [shared]}, 10)
    assert rows == [(("a", "b"), shared), (("a",), own)]

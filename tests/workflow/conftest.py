"""Small git repositories for the maintainer-workflow tests: a copy of tests/fixtures/diff, committed
with a fixed author and date, then changed one commit at a time."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.cli import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "diff"
MODEL = "process_models/esimerkkialue/esimerkkipalvelu.yaml"
FORM = "process_models/forms/sopimus.yaml"
CATALOG = "process_models/catalog/katalogi.yaml"


def git_env(home: Path, date: str = "2025-03-01T12:00:00+02:00") -> dict[str, str]:
    """A git that reads no user or system configuration and stamps every commit the same way."""
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "SYSTEMROOT")}
    return {**keep, "HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_AUTHOR_NAME": "Testi Ylläpitäjä", "GIT_AUTHOR_EMAIL": "yllapitaja@example.invalid",
            "GIT_COMMITTER_NAME": "Testi Ylläpitäjä", "GIT_COMMITTER_EMAIL": "yllapitaja@example.invalid",
            "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}


@dataclass
class GitRepo:
    root: Path
    home: Path

    def git(self, *args: str, date: str = "2025-03-01T12:00:00+02:00") -> str:
        done = subprocess.run(["git", *args], cwd=self.root, env=git_env(self.home, date),
                              capture_output=True, text=True, check=True)
        return done.stdout

    def read(self, path: str) -> str:
        return (self.root / path).read_text(encoding="utf-8")

    def write(self, path: str, text: str) -> None:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def edit(self, path: str, old: str, new: str) -> None:
        text = self.read(path)
        assert text.count(old) == 1, f"{old!r} not exactly once in {path}"
        self.write(path, text.replace(old, new))

    def commit(self, message: str, date: str = "2025-03-01T12:00:00+02:00") -> str:
        self.git("add", "-A", date=date)
        self.git("commit", "-q", "--no-gpg-sign", "-m", message, date=date)
        return self.git("rev-parse", "HEAD").strip()


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    root = tmp_path / "repo"
    shutil.copytree(FIXTURE, root)
    home = tmp_path / "home"
    home.mkdir()
    made = GitRepo(root, home)
    made.git("init", "-q", "-b", "main")
    made.commit("Ensimmäinen versio", date="2025-01-10T09:00:00+02:00")
    return made


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


Polku = Callable[..., Run]


@pytest.fixture
def polku(capsys: pytest.CaptureFixture[str]) -> Iterator[Polku]:
    """polku(repo, *args) runs the CLI in-process against the repository and captures its output."""

    def run(repo: GitRepo, *args: str) -> Run:
        capsys.readouterr()
        code = main(["--root", str(repo.root), *args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    yield run

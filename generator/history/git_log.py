"""The commits that touched each model file, read with one `git log` call."""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from generator.history.privacy import publishable_subject
from generator.messages import message

log = logging.getLogger(__name__)

GIT_PROGRAM = "git"
_RECORD, _FIELD = "\x1e", "\x00"
# hash, committer date (strict ISO), subject: nothing that names a person
_FORMAT = "--format=%x1e%H%x00%cs%x00%s"  # git writes the separators; argv cannot hold a NUL


@dataclass(frozen=True, slots=True, kw_only=True)
class Commit:
    sha: str
    date: dt.date
    subject: str

    @property
    def short(self) -> str:
        return self.sha[:7]


def commits_by_file(repo_root: Path, folder: str) -> dict[str, list[Commit]]:
    """Repository-relative path → commits touching it, newest first; {} when git or a repository is missing."""
    output = _git_log(repo_root, folder)
    if output is None:
        return {}
    found: dict[str, list[Commit]] = defaultdict(list)
    for record in output.split(_RECORD)[1:]:
        header, _, names = record.partition("\n")
        commit = _commit(header)
        if commit is None:
            continue
        for name in names.splitlines():
            if name.strip():
                found[name.strip()].append(commit)
    return dict(found)


def _commit(header: str) -> Commit | None:
    parts = header.split(_FIELD)
    if len(parts) != 3:
        return None
    try:
        day = dt.date.fromisoformat(parts[1])
    except ValueError:
        return None
    return Commit(sha=parts[0], date=day, subject=publishable_subject(parts[2], parts[0][:7]))


def _git_log(repo_root: Path, folder: str) -> str | None:
    command = [GIT_PROGRAM, "-C", str(repo_root), "log", "--no-color", "--no-renames", _FORMAT, "--name-only",
               "--relative", "--", folder]
    try:
        done = subprocess.run(command, capture_output=True, check=False)
    except OSError:
        log.info(message("history.no_git"))
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", "replace")

"""One change-history entry, from a model's changelog or from a commit, and how they merge."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from generator.history.git_log import Commit
from generator.model.process import Process
from generator.render.text import t

Origin = Literal["changelog", "git"]


@dataclass(frozen=True, slots=True, kw_only=True)
class HistoryEntry:
    date: dt.date
    summary: str  # plain text; templates escape it
    origin: Origin
    version: str | None = None
    commit: str | None = None  # short hash of a git entry

    def sort_key(self) -> tuple[dt.date, int, str, str]:
        """Newest first; on the same day the maintainer's own changelog line before the commits."""
        return (self.date, 1 if self.origin == "changelog" else 0, self.commit or "", self.summary)


def process_history(process: Process, commits: list[Commit]) -> list[HistoryEntry]:
    entries = [HistoryEntry(date=e.date, summary=t(e.summary), origin="changelog", version=e.version)
               for e in process.changelog]
    entries += [HistoryEntry(date=c.date, summary=c.subject, origin="git", commit=c.short) for c in commits]
    return sorted(entries, key=HistoryEntry.sort_key, reverse=True)


def reader_history(entries: list[HistoryEntry]) -> list[HistoryEntry]:
    """What a reader sees: every changelog entry, and one "updated" row for each day the file changed in
    git without a changelog entry. Commit subjects are the maintainers' words, so readers get only the date."""
    logged = {e.date for e in entries if e.origin == "changelog"}
    shown: list[HistoryEntry] = []
    git_days: set[dt.date] = set()
    for entry in entries:
        if entry.origin == "changelog":
            shown.append(entry)
        elif entry.date not in logged and entry.date not in git_days:
            git_days.add(entry.date)
            shown.append(entry)
    return shown


def reader_latest(history: dict[str, list[HistoryEntry]], count: int) -> list[tuple[tuple[str, ...], HistoryEntry]]:
    """The home page's latest changes from `reader_history`: undocumented updates of one day are one line."""
    groups: dict[tuple[str, ...], tuple[list[str], HistoryEntry]] = {}
    for pid, entries in sorted(history.items()):
        for entry in reader_history(entries):
            key = (("git", str(entry.date)) if entry.origin == "git"
                   else ("changelog", pid, entry.summary, str(entry.date)))
            groups.setdefault(key, ([], entry))[0].append(pid)
    ordered = sorted(groups.values(), key=lambda group: (*group[1].sort_key(), group[0]), reverse=True)
    return [(tuple(pids), entry) for pids, entry in ordered[:count]]


def latest(history: dict[str, list[HistoryEntry]], count: int) -> list[tuple[tuple[str, ...], HistoryEntry]]:
    """The newest changes across all processes, for the home page; a commit that touched several
    models is one line naming them all, not one line per model."""
    groups: dict[tuple[str, ...], tuple[list[str], HistoryEntry]] = {}
    for pid, entries in sorted(history.items()):
        for entry in entries:
            key = ("git", entry.commit) if entry.commit else ("changelog", pid, entry.summary, str(entry.date))
            groups.setdefault(key, ([], entry))[0].append(pid)
    ordered = sorted(groups.values(), key=lambda group: (*group[1].sort_key(), group[0]), reverse=True)
    return [(tuple(pids), entry) for pids, entry in ordered[:count]]

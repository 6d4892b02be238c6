"""`mkdocs serve` log lines → Finnish lines for the maintainer's terminal.

MkDocs and its live-reload server log in English; a maintainer reading Finnish messages everywhere else should
not have to read them. Known lines are translated, routine noise is dropped, and anything unknown is shown
as it is (marked), because hiding an unexpected problem would be worse than showing English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.messages import message

_PREFIX = re.compile(r"^(?:INFO|WARNING|ERROR|DEBUG)\s+-\s+(?:\[[0-9:]+\]\s+)?")
_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]]


def _drop(_: re.Match[str]) -> None:
    return None


_RULES: list[_Rule] = [
    (re.compile(r"^Building documentation\.\.\.$"), lambda m: message("cli.serve_log.building")),
    (re.compile(r"^Cleaning site directory$"), _drop),
    (re.compile(r"^A 'dirty' build is being performed"), lambda m: message("cli.serve_log.dirty")),
    (re.compile(r"^Documentation built in ([0-9.]+) seconds$"),
     lambda m: message("cli.serve_log.built", seconds=m.group(1).replace(".", ","))),
    (re.compile(r"^Serving on (\S+)$"), lambda m: message("cli.serve_log.serving", address=m.group(1))),
    (re.compile(r"^Watching paths for changes: (.*)$"), lambda m: message("cli.serve_log.watching", paths=m.group(1))),
    (re.compile(r"^Detected file changes$"), lambda m: message("cli.serve_log.changed")),
    (re.compile(r"^Reloading browsers$"), lambda m: message("cli.serve_log.reloading")),
    (re.compile(r"^Browser connected: .*$"), _drop),
    (re.compile(r"^Shutting down\.\.\.$"), lambda m: message("cli.serve_log.stopping")),
    (re.compile(r"^Aborted with a BuildError!$"), lambda m: message("cli.serve_log.build_error")),
    (re.compile(r"^Aborted with (\d+) warnings? in strict mode!$"),
     lambda m: message("cli.serve_log.strict_warnings", count=m.group(1))),
    (re.compile(r"^The following pages exist in the docs directory, but are not included in the \"nav\""),
     lambda m: message("cli.serve_log.not_in_nav")),
    (re.compile(r"^Doc file '([^']+)' contains a link '([^']+)', but the target '([^']+)' is not found"),
     lambda m: message("cli.serve_log.broken_link", page=m.group(1), link=m.group(2), target=m.group(3))),
]


def finnish_line(line: str) -> str | None:
    """The line to show (None: drop it). Lines that already are Finnish (our diagnostics) pass unchanged."""
    body = _PREFIX.sub("", line.rstrip("\n"))
    for pattern, translate in _RULES:
        match = pattern.match(body)
        if match:
            return translate(match)
    return body if body.strip() else None

"""`mkdocs serve` log lines → Finnish lines for the maintainer's terminal.

MkDocs and its live-reload server log in English; a maintainer reading Finnish messages everywhere else should
not have to read them. Known lines are translated, routine noise is dropped, and anything unknown is shown
as it is (marked), because hiding an unexpected problem would be worse than showing English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_PREFIX = re.compile(r"^(?:INFO|WARNING|ERROR|DEBUG)\s+-\s+(?:\[[0-9:]+\]\s+)?")
_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]]


def _drop(_: re.Match[str]) -> None:
    return None


_RULES: list[_Rule] = [
    (re.compile(r"^Building documentation\.\.\.$"), lambda m: "Rakennetaan sivustoa…"),
    (re.compile(r"^Cleaning site directory$"), _drop),
    (re.compile(r"^A 'dirty' build is being performed"),
     lambda m: "Esikatselu rakentaa uudelleen vain muuttuneet sivut; navigaatio voi näyttää vanhaa tietoa, "
               "kunnes esikatselu käynnistetään uudelleen."),
    (re.compile(r"^Documentation built in ([0-9.]+) seconds$"),
     lambda m: f"Sivusto rakennettu ({m.group(1).replace('.', ',')} s)."),
    (re.compile(r"^Serving on (\S+)$"), lambda m: f"Esikatselu osoitteessa {m.group(1)} – lopeta painamalla Ctrl+C."),
    (re.compile(r"^Watching paths for changes: (.*)$"), lambda m: f"Seurataan muutoksia: {m.group(1)}"),
    (re.compile(r"^Detected file changes$"), lambda m: "Tiedosto muuttui, rakennetaan uudelleen…"),
    (re.compile(r"^Reloading browsers$"), lambda m: "Selaimen sivut päivitetään."),
    (re.compile(r"^Browser connected: .*$"), _drop),
    (re.compile(r"^Shutting down\.\.\.$"), lambda m: "Esikatselu pysäytetään…"),
    (re.compile(r"^Aborted with a BuildError!$"), lambda m: "Rakentaminen keskeytyi virheeseen (katso yllä)."),
    (re.compile(r"^Aborted with (\d+) warnings? in strict mode!$"),
     lambda m: f"Rakentaminen keskeytyi: {m.group(1)} varoitusta tiukassa tilassa."),
    (re.compile(r"^The following pages exist in the docs directory, but are not included in the \"nav\""),
     lambda m: "Nämä sivut eivät ole navigaatiossa:"),
    (re.compile(r"^Doc file '([^']+)' contains a link '([^']+)', but the target '([^']+)' is not found"),
     lambda m: f"Sivulla {m.group(1)} on linkki {m.group(2)}, jonka kohdetta {m.group(3)} ei ole."),
]


def finnish_line(line: str) -> str | None:
    """The line to show (None: drop it). Lines that already are Finnish (our diagnostics) pass unchanged."""
    body = _PREFIX.sub("", line.rstrip("\n"))
    for pattern, translate in _RULES:
        match = pattern.match(body)
        if match:
            return translate(match)
    return body if body.strip() else None

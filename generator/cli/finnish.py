"""argparse in Finnish: usage, help headings, the help option and every error message.

argparse builds its texts in English with gettext and no Finnish catalogue exists, so we translate the
finished sentences: the usage prefix and the two group headings are set here, and `error()` rewrites
argparse's messages (the table below lists every one the standard library can give a user of this
CLI) before printing them. Nothing global is patched, so other argparse users in the process are
unaffected.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

USAGE_PREFIX = "Käyttö: "
POSITIONALS_TITLE = "argumentit"
OPTIONALS_TITLE = "valitsimet"
HELP_TEXT = "näytä tämä ohje ja lopeta"

# argparse's own error sentences → Finnish; the groups are kept (option names, values, choices).
_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), finnish) for pattern, finnish in (
        (r"^argument (?P<a>.+?): (?P<m>.*)$", "argumentti {a}: {m}"),
        (r"^invalid choice: (?P<v>.+) \(choose from (?P<c>.*)\)$", "virheellinen valinta {v} (vaihtoehdot: {c})"),
        (r"^unrecognized arguments: (?P<a>.*)$", "tuntemattomia argumentteja: {a}"),
        (r"^the following arguments are required: (?P<a>.*)$", "pakollinen argumentti puuttuu: {a}"),
        (r"^one of the arguments (?P<a>.*) is required$", "jokin argumenteista {a} on pakollinen"),
        (r"^expected one argument$", "valitsimen perään tarvitaan arvo"),
        (r"^expected at most one argument$", "valitsimelle voi antaa enintään yhden arvon"),
        (r"^expected at least one argument$", "valitsimelle pitää antaa vähintään yksi arvo"),
        (r"^expected (?P<n>\d+) arguments?$", "valitsimelle pitää antaa {n} arvoa"),
        (r"^not allowed with argument (?P<a>.*)$", "ei sallittu yhdessä argumentin {a} kanssa"),
        (r"^ignored explicit argument (?P<a>.*)$", "ylimääräinen arvo {a}"),
        (r"^ambiguous option: (?P<o>\S+) could match (?P<m>.*)$",
         "epäselvä valitsin {o}: se voi tarkoittaa valitsimia {m}"),
        (r"^invalid (?P<t>\S+) value: (?P<v>.*)$", "virheellinen arvo {v}"),
        (r"^unexpected option string: (?P<o>.*)$", "odottamaton valitsin {o}"),
        (r"^unknown parser (?P<p>.+) \(choices: (?P<c>.*)\)$", "tuntematon komento {p} (vaihtoehdot: {c})"),
        (r"^can't open '(?P<f>.*)': (?P<e>.*)$", "tiedostoa '{f}' ei voi avata: {e}"),
    )
)


def finnish_message(message: str) -> str:
    """One argparse error message in Finnish (nested 'argument X: …' messages translated inside)."""
    for pattern, finnish in _MESSAGES:
        match = pattern.match(message)
        if match is not None:
            parts = {key: finnish_message(value) if key == "m" else value for key, value in match.groupdict().items()}
            return finnish.format(**parts)
    return message


# argparse shows an option's value as its name in capitals (--region REGION); these are the Finnish ones.
METAVARS = {
    "root": "KANSIO", "region": "ALUE", "service": "PALVELU", "id": "TUNNISTE", "title": "NIMI", "name": "NIMI",
    "paths": "POLKU", "out": "KOHDE", "addr": "OSOITE", "part_of": "ALUE", "base": "VANHA", "head": "UUSI",
    "target": "KOHDE", "regions": "ALUEET", "separator": "EROTIN", "diagrams": "KANSIO", "kind": "LAJI",
}


class FinnishHelpFormatter(argparse.HelpFormatter):
    """The usage line starts with "Käyttö:" instead of "usage:"; values are named in Finnish."""

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        return METAVARS.get(action.dest, action.dest.upper())

    def _get_default_metavar_for_positional(self, action: argparse.Action) -> str:
        return METAVARS.get(action.dest, action.dest.upper())

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)


class FinnishArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are Finnish; subcommand parsers inherit the class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", FinnishHelpFormatter)
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False  # our own -h/--help below, with a Finnish help text
        super().__init__(*args, **kwargs)
        self._positionals.title = POSITIONALS_TITLE
        self._optionals.title = OPTIONALS_TITLE
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=HELP_TEXT)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: virhe: {finnish_message(message)}\n")

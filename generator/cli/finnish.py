"""argparse in Finnish: usage, help headings, the help option and every error message.

argparse builds its texts in English with gettext and no Finnish catalogue exists, so we translate the
finished sentences with our own message catalogue (`cli.argparse.*`): the usage prefix and the two group headings
are set here, and `error()` rewrites argparse's messages (the table below lists every one the standard library can
give a user of this CLI) before printing them. Nothing global is patched, so other argparse users in the process are
unaffected.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from generator.messages import catalogue
from generator.messages import message as catalogue_message

# argparse's own error sentences → catalogue ids (cli.argparse.errors.*); the groups are kept (option names,
# values, choices) and become the message's placeholders.
_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), f"cli.argparse.errors.{key}") for pattern, key in (
        (r"^argument (?P<a>.+?): (?P<m>.*)$", "argument"),
        (r"^invalid choice: (?P<v>.+) \(choose from (?P<c>.*)\)$", "invalid_choice"),
        (r"^unrecognized arguments: (?P<a>.*)$", "unrecognized"),
        (r"^the following arguments are required: (?P<a>.*)$", "required"),
        (r"^one of the arguments (?P<a>.*) is required$", "one_required"),
        (r"^expected one argument$", "expected_one"),
        (r"^expected at most one argument$", "expected_at_most_one"),
        (r"^expected at least one argument$", "expected_at_least_one"),
        (r"^expected (?P<n>\d+) arguments?$", "expected_n"),
        (r"^not allowed with argument (?P<a>.*)$", "not_allowed_with"),
        (r"^ignored explicit argument (?P<a>.*)$", "ignored_explicit"),
        (r"^ambiguous option: (?P<o>\S+) could match (?P<m>.*)$", "ambiguous"),
        (r"^invalid (?P<t>\S+) value: (?P<v>.*)$", "invalid_value"),
        (r"^unexpected option string: (?P<o>.*)$", "unexpected_option"),
        (r"^unknown parser (?P<p>.+) \(choices: (?P<c>.*)\)$", "unknown_parser"),
        (r"^can't open '(?P<f>.*)': (?P<e>.*)$", "cannot_open"),
    )
)


def finnish_message(message: str) -> str:
    """One argparse error message in Finnish (nested 'argument X: …' messages translated inside)."""
    for pattern, key in _MESSAGES:
        match = pattern.match(message)
        if match is not None:
            parts = {name: finnish_message(value) if name == "m" else value
                     for name, value in match.groupdict().items()}
            return catalogue_message(key, **parts)
    return message


def metavar(dest: str) -> str:
    """argparse shows an option's value as its name in capitals (--region REGION); the catalogue has the Finnish
    name (`cli.metavar.<dest>`), and an option without one keeps argparse's own."""
    return catalogue().get(f"cli.metavar.{dest}", dest.upper())


class FinnishHelpFormatter(argparse.HelpFormatter):
    """The usage line starts with "Käyttö:" instead of "usage:"; values are named in Finnish."""

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        return metavar(action.dest)

    def _get_default_metavar_for_positional(self, action: argparse.Action) -> str:
        return metavar(action.dest)

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        if prefix is None:
            prefix = catalogue_message("cli.argparse.usage_prefix")
        super().add_usage(usage, actions, groups, prefix)


class FinnishArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are Finnish; subcommand parsers inherit the class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", FinnishHelpFormatter)
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False  # our own -h/--help below, with a Finnish help text
        super().__init__(*args, **kwargs)
        self._positionals.title = catalogue_message("cli.argparse.positionals_title")
        self._optionals.title = catalogue_message("cli.argparse.optionals_title")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=catalogue_message("cli.argparse.help_help"))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, catalogue_message("cli.argparse.error", prog=self.prog, message=finnish_message(message)) + "\n")

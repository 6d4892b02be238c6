"""Every `--help` and every argparse error a maintainer can reach is Finnish: no English word survives.

The parsers are walked from `build_parser()`, so a new subcommand or option is covered without editing
this test. Option names (`--format`), command names (`validate`) and choice values (`json`) are the
interface itself and are removed before looking for English."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest

from generator.cli import build_parser

ENGLISH = re.compile(
    r"\b(usage|error|errors|arguments?|options?|optional|positional|show|help|message|exit|invalid|choice|"
    r"choose|from|required|unrecognized|expected|ambiguous|could|match|allowed|ignored|following|one|least|"
    r"most|the|with|not|and|of|value|type|unknown|parser|choices|open)\b",
    re.IGNORECASE,
)


def parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...],
                                                                                      argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from parsers(sub, (*path, name))


ALL = list(parsers(build_parser()))
IDS = [" ".join(path) or "polku" for path, _ in ALL]


def interface_words(parser: argparse.ArgumentParser) -> set[str]:
    words: set[str] = {"polku"}
    for _, sub in ALL:
        for action in sub._actions:
            words.update(action.option_strings)
            if action.choices is not None:
                words.update(str(c) for c in action.choices)
    return words


def english_in(text: str, parser: argparse.ArgumentParser) -> list[str]:
    cleaned = text
    for word in sorted(interface_words(parser), key=len, reverse=True):
        cleaned = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", " ", cleaned)
    return ENGLISH.findall(cleaned)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(argv)
    captured = capsys.readouterr()
    return int(exited.value.code or 0), captured.out + captured.err


@pytest.mark.parametrize(("path", "parser"), ALL, ids=IDS)
def test_help_is_finnish(path: tuple[str, ...], parser: argparse.ArgumentParser,
                         capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run([*path, "--help"], capsys)
    assert code == 0
    assert out.startswith(f"Käyttö: polku{''.join(' ' + p for p in path)} ")
    assert "\nvalitsimet:\n  -h, --help" in out and "näytä tämä ohje ja lopeta" in out
    assert english_in(out, parser) == [], out


def error_paths(path: tuple[str, ...], parser: argparse.ArgumentParser) -> Iterator[tuple[str, list[str]]]:
    """Every kind of argparse error this parser can give: unknown option, extra argument, missing
    required argument, an option without its value, an invalid choice, an unknown subcommand."""
    required = [a for a in parser._actions if a.required and a.nargs not in ("?", "*")]
    filled = fill_required(parser)
    yield "tuntematon valitsin", [*path, *filled, "--tuntematon"]
    if not any(a.nargs in ("*", "+", argparse.REMAINDER) for a in parser._actions if not a.option_strings):
        yield "ylimääräinen argumentti", [*path, *filled, "ylimaarainen", "toinen"]
    if required:
        yield "pakollinen puuttuu", list(path)
    for action in parser._actions:
        if action.option_strings and action.nargs != 0 and not isinstance(action, argparse._HelpAction):
            yield f"{action.option_strings[-1]} ilman arvoa", [*path, *filled, action.option_strings[-1]]
        if action.choices is not None:
            bad = [action.option_strings[-1], "vaara-arvo"] if action.option_strings else ["vaara-arvo"]
            yield f"virheellinen valinta {action.dest}", [*path, *bad]


def fill_required(parser: argparse.ArgumentParser) -> list[str]:
    argv: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        if action.required and action.option_strings:
            value = sorted(str(c) for c in action.choices)[0] if action.choices else "x"
            argv += [action.option_strings[-1], value]
        elif not action.option_strings and action.nargs not in ("?", "*"):
            argv.append(sorted(str(c) for c in action.choices)[0] if action.choices else "x")
    return argv


ERRORS = [(name, argv, parser) for path, parser in ALL for name, argv in error_paths(path, parser)]


@pytest.mark.parametrize(("argv", "parser"), [e[1:] for e in ERRORS],
                         ids=[f"{' '.join(e[1])} ({e[0]})" for e in ERRORS])
def test_argparse_errors_are_finnish(argv: list[str], parser: argparse.ArgumentParser,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(argv, capsys)
    assert code == 2
    assert out.startswith("Käyttö: polku")
    assert re.search(r"^polku[\w ]*: virhe: ", out, re.MULTILINE), out
    assert english_in(out, parser) == [], out


def test_each_error_message_is_the_exact_finnish_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["validate", "--format", "xml"], capsys)[1].splitlines()[-1] == (
        "polku validate: virhe: argumentti --format: virheellinen valinta 'xml' "
        "(vaihtoehdot: 'text', 'github', 'json')")
    assert run(["validoi"], capsys)[1].splitlines()[-1].startswith(
        "polku: virhe: argumentti KOMENTO: virheellinen valinta 'validoi' (vaihtoehdot: 'validate', ")
    assert run(["validate", "--strikt"], capsys)[1].splitlines()[-1] == (
        "polku: virhe: tuntemattomia argumentteja: --strikt")
    assert run(["new", "process"], capsys)[1].splitlines()[-1] == (
        "polku new process: virhe: pakollinen argumentti puuttuu: --region, --service")
    assert run(["compare", "x", "--out"], capsys)[1].splitlines()[-1] == (
        "polku compare: virhe: argumentti --out: valitsimen perään tarvitaan arvo")

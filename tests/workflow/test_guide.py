"""Docs-as-tests: the maintainer guide (content/yllapito/) documents every CLI command and option, the
error-code reference documents every code, and the navigation lists every guide page."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from generator.cli import build_parser
from generator.codes import CODES
from generator.publish.nav import MAINTAINER_GUIDE
from generator.render.environment import create_environment
from generator.render.pages.reference import render_reference
from generator.render.urls import CODE_REFERENCE, FORMAT_REFERENCE

GUIDE = Path(__file__).resolve().parents[2] / "content" / "yllapito"
COMMANDS_PAGE = GUIDE / "komennot.md"


def subcommands(parser: argparse.ArgumentParser, prefix: str = "polku") -> list[tuple[str, argparse.ArgumentParser]]:
    """('polku new process', parser) for every leaf command, nested ones included."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                nested = subcommands(child, f"{prefix} {name}")
                found.extend(nested or [(f"{prefix} {name}", child)])
    return found


def long_options(parser: argparse.ArgumentParser) -> list[str]:
    return [o for a in parser._actions for o in a.option_strings if o.startswith("--") and o != "--help"]


COMMANDS = subcommands(build_parser())


def section(command: str) -> str:
    """The text under the heading '## `polku …`' up to the next heading of the same level."""
    text = COMMANDS_PAGE.read_text(encoding="utf-8")
    match = re.search(rf"^## `{re.escape(command)}`\n(.*?)(?=^## |\Z)", text, flags=re.MULTILINE | re.DOTALL)
    assert match, f"komennot.md has no section '## `{command}`'"
    return match.group(1)


def test_the_cli_has_the_commands_the_guide_is_about() -> None:
    names = {name for name, _ in COMMANDS}
    assert {"polku validate", "polku diff", "polku new process", "polku new region"} <= names


@pytest.mark.parametrize(("command", "parser"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_command_has_a_section_with_every_option(command: str, parser: argparse.ArgumentParser) -> None:
    body = section(command)
    missing = [option for option in long_options(parser) if f"`{option}" not in body]
    assert missing == [], f"{command}: options not documented in komennot.md: {missing}"


def test_global_options_are_documented() -> None:
    text = COMMANDS_PAGE.read_text(encoding="utf-8")
    for option in long_options(build_parser()):
        assert f"`{option}" in text, option


def reference_page() -> str:
    pages = render_reference(None, None, create_environment())  # type: ignore[arg-type]
    return next(p.content for p in pages if p.path == CODE_REFERENCE)


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_error_code_is_in_the_reference(code: str) -> None:
    page = reference_page()
    spec = CODES[code]
    assert f"## {code}: {spec.title}" in page
    if spec.example is not None:
        assert spec.example.bad.splitlines()[0] in page


def guide_pages() -> list[Path]:
    return sorted(p for p in GUIDE.glob("*.md") if p.name != "index.md")


def test_every_guide_page_is_in_the_navigation_and_linked_from_the_index() -> None:
    in_nav = {path for _, path in MAINTAINER_GUIDE}
    index = (GUIDE / "index.md").read_text(encoding="utf-8")
    for page in guide_pages():
        assert f"yllapito/{page.name}" in in_nav, page.name
        assert f"]({page.name})" in index, page.name


def test_guide_links_the_references_and_explains_the_workflow_tools() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in GUIDE.glob("*.md"))
    for needle in ("virhekoodit.md", "muoto.md", "polku new process", "polku validate", "polku diff",
                   "pre-commit install", "redhat.vscode-yaml", "$schema=", "--format github", "Files changed",
                   "Muutoshistoria", "Commit changes"):
        assert needle in text, needle


def test_format_reference_headings_are_whole_phrases() -> None:
    """A model's heading is its catalogue title (model.<key>.title): a whole phrase, never cut inside a word
    such as "PTA:n"."""
    pages = render_reference(None, None, create_environment())  # type: ignore[arg-type]
    page = next(p.content for p in pages if p.path == FORMAT_REFERENCE)
    headings = [line[4:] for line in page.splitlines() if line.startswith("### ")]
    assert "Kanoninen kysymys, johon jokainen alue vastaa (esim. 'Kuka tekee PTA:n?') (`Question`)" in headings
    for heading in headings:
        assert heading.count("(") == heading.count(")") and heading.count("'") % 2 == 0, heading

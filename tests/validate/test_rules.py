"""The rules have one shape: each rule module declares the codes it raises and one `check(context)`;
every registered code has its constant and is raised somewhere in the generator."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from types import ModuleType

import pytest

from generator import codes
from generator.codes import CODES, Severity
from generator.diagnostics import make
from generator.messages import catalogue
from generator.validate.rules import RULES

GENERATOR = Path(codes.__file__).parent


def raised_codes(source: str) -> set[str]:
    """`codes.X123` names used in a module, outside its own CODES declaration."""
    tree = ast.parse(source)
    declared = [n for n in tree.body if isinstance(n, ast.Assign) and
                any(isinstance(t, ast.Name) and t.id == "CODES" for t in n.targets)]
    skip = {id(node) for d in declared for node in ast.walk(d)}
    return {node.attr for node in ast.walk(tree) if id(node) not in skip and isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name) and node.value.id == "codes" and node.attr in CODES}


@pytest.mark.parametrize("rule", RULES, ids=[getattr(r, "__name__", "?") for r in RULES])
def test_a_rule_raises_exactly_the_codes_it_declares(rule: ModuleType) -> None:
    assert {c.id for c in rule.CODES} == raised_codes(inspect.getsource(rule))


def test_every_registered_code_has_its_constant() -> None:
    assert {name for name in CODES if getattr(codes, name, None) is CODES[name]} == set(CODES)


def test_every_registered_code_is_raised_somewhere() -> None:
    used: set[str] = set()
    for path in GENERATOR.rglob("*.py"):
        if path.name != "codes.py":
            used |= raised_codes(path.read_text(encoding="utf-8"))
    assert set(CODES) - used == set()


def test_every_code_and_only_registered_codes_have_their_texts_in_the_catalogue() -> None:
    """A code's title, message and hint are catalogue entries (`diagnostics.<code>.*`): a new code without its
    texts fails here, not when a maintainer first meets the diagnostic; a removed code leaves no orphan text."""
    finnish = catalogue("fi")
    in_catalogue = {key.split(".")[1] for key in finnish if key.startswith("diagnostics.")} - {"severity"}
    assert in_catalogue == set(CODES)
    assert {key for key in finnish if key.startswith("diagnostics.R002.")} == {
        "diagnostics.R002.title", "diagnostics.R002.message", "diagnostics.R002.hint"}


def test_the_severity_is_english_inside_and_finnish_where_it_is_printed() -> None:
    assert (codes.R002.severity, codes.L002.severity) == (Severity.ERROR, Severity.WARNING)
    assert (Severity.ERROR.value, Severity.ERROR.label, Severity.WARNING.label) == ("error", "virhe", "varoitus")
    made = make(codes.R002, "process_models/a/b.yaml", 3, 5, ref="ohjaja", suggestion="")
    assert (made.message, made.severity.label) == ("Roolia 'ohjaja' ei ole roolikatalogissa.", "virhe")

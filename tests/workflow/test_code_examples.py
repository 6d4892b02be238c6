"""Every Example in generator/codes.py (shown on the site's error-code page) behaves as documented:
the bad file yields exactly its code, the fixed file yields nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.codes import CODES, Code, Example
from generator.diagnostics import Diagnostic
from generator.load.files import kind_of, parse_text
from generator.validate import validate_loaded

CATALOG = Path(__file__).resolve().parents[1] / "fixtures" / "codes" / "process_models" / "catalog" / "esimerkki.yaml"
CATALOG_PATH = "process_models/catalog/esimerkki.yaml"
# Questionnaire codes (T…) have cell examples, run through `polku tuo` in tests/questionnaire/.
WITH_EXAMPLE = [code for code in CODES.values() if isinstance(code.example, Example)]


def diagnostics_for(path: str, text: str) -> list[Diagnostic]:
    loaded, problems = [], []
    for display, body in ((CATALOG_PATH, CATALOG.read_text(encoding="utf-8")), (path, text)):
        item, found = parse_text(body, display, kind_of(Path(display)))
        problems.extend(found)
        if item is not None:
            loaded.append(item)
    return validate_loaded(loaded, problems).diagnostics


def test_the_fixture_catalogue_alone_is_valid() -> None:
    assert diagnostics_for("process_models/esimerkki/tyhja.yaml", "id: x\n")[0].code == "S003"
    item, found = parse_text(CATALOG.read_text(encoding="utf-8"), CATALOG_PATH, kind_of(Path(CATALOG_PATH)))
    assert found == [] and item is not None
    assert validate_loaded([item]).diagnostics == []


@pytest.mark.parametrize("code", WITH_EXAMPLE, ids=[c.id for c in WITH_EXAMPLE])
def test_bad_example_yields_exactly_its_code(code: Code) -> None:
    assert isinstance(code.example, Example)
    found = diagnostics_for(code.example.path, code.example.bad)
    # one code, possibly at several places (an anchor and its alias are two Y003s)
    assert {d.code for d in found} == {code.id}, [f"{d.code} {d.line}:{d.column} {d.message}" for d in found]


@pytest.mark.parametrize("code", WITH_EXAMPLE, ids=[c.id for c in WITH_EXAMPLE])
def test_fixed_example_yields_nothing(code: Code) -> None:
    assert isinstance(code.example, Example)
    found = diagnostics_for(code.example.path, code.example.good)
    assert found == [], [f"{d.code} {d.line}:{d.column} {d.message}" for d in found]


def test_every_code_that_can_have_an_example_has_one() -> None:
    without = {code.id for code in CODES.values() if code.example is None and not code.id.startswith(("M", "T"))}
    assert without <= MAY_LACK_AN_EXAMPLE, sorted(without - MAY_LACK_AN_EXAMPLE)


# Not expressible as one small model file next to the fixture catalogue: bytes (F001 not UTF-8, F003 over
# a megabyte), nesting too deep for any key (Y005 always comes with S002), rendering failures (B…) and two
# pages at one path (P001, behind the validator's own id checks; tested in tests/site/test_page_paths.py).
# F005/F007 are about a path given on the command line, not a file's content (tests/cli pins them).
# Form codes (M…) are the forms work's to document; their examples, where present, are tested above.
# F008/F009 are about a file's name or a link, Y013/S010 need more text than an example shows.
MAY_LACK_AN_EXAMPLE = {"F001", "F003", "F005", "F007", "F008", "F009", "Y005", "Y013", "S010", "B001", "B002",
                       "B003", "P001"}

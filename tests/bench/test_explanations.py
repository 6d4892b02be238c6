"""Every unmet target on the Suorituskyky page explains itself with its own text: the keys `targets.evaluate`
asks for are exactly the explanations there are (a missing key would end a half-hour `make bench` with a
KeyError, an unused one is a stale text)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.bench.explanations import WHY


def test_each_target_has_its_own_explanation_and_each_explanation_a_target() -> None:
    source = (Path(__file__).parent / "targets.py").read_text(encoding="utf-8")
    asked = set(re.findall(r'why\["([a-z_]+)"\]', source))
    assert asked == set(WHY)

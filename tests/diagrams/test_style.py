"""The shared diagram style keeps WCAG AA contrast for text on every fill it defines, for every lane kind."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from generator.model.catalog import RoleKind
from generator.render.diagrams.style import UNASSIGNED, load_style
from generator.render.diagrams.swimlane_layout import kind_name

STYLE, _ = load_style(Path(__file__).resolve().parents[2])


def luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


FILLS = sorted({c for k in STYLE.kinds.values() for c in (k.fill, k.lane)} |
               {STYLE.background, *STYLE.phase_bands, STYLE.service.fill, STYLE.labour_market.fill,
                STYLE.process.fill, STYLE.exit.fill})


@pytest.mark.parametrize("fill", FILLS)
def test_text_on_every_fill_meets_aa(fill: str) -> None:
    assert contrast(STYLE.text, fill) >= 4.5


def test_text_on_the_highlighted_service_meets_aa() -> None:
    assert contrast(STYLE.service.current_text, STYLE.service.current_fill) >= 4.5


@pytest.mark.parametrize("kind", sorted(STYLE.kinds))
def test_borders_stand_out_from_their_fill(kind: str) -> None:
    colours = STYLE.kinds[kind]
    assert contrast(colours.border, colours.fill) >= 3


def test_every_lane_kind_has_colours_and_a_legend_name() -> None:
    """Colours come from style.json, names from the message catalogue: a role kind needs both."""
    kinds = (*get_args(RoleKind), UNASSIGNED)
    assert set(STYLE.kinds) == set(kinds)
    assert {kind: kind_name(kind) for kind in kinds} == {
        "asiakas": "Asiakas", "ammattilainen": "Ammattilainen", "organisaatio": "Organisaatio",
        "tyonantaja": "Työnantaja", "hanke": "Hanke", "muu": "Muu toimija", "unassigned": "Vastuutaho ei kuvattu"}

"""The shared diagram style keeps WCAG AA contrast for text on every fill it defines."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.render.diagrams.style import load_style

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

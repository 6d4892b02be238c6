"""Approximate text widths in DejaVu Sans (the diagrams' font), so boxes are sized without a renderer.

Advance widths in em, from the font's metrics; characters not listed count as an average letter.
Bold text is about 10 % wider.
"""

from __future__ import annotations

_WIDTHS = {
    **dict.fromkeys("il|!.,:;'", 0.29), **dict.fromkeys("jIJ", 0.3), "f": 0.352, "t": 0.392, "r": 0.411,
    **dict.fromkeys("()[]{}-", 0.39), " ": 0.318, "s": 0.521, "z": 0.525, "c": 0.55, "k": 0.579,
    **dict.fromkeys("vxyFTYL?", 0.6), **dict.fromkeys("aeoäöåbdghnpqu0123456789€$#_", 0.63),
    **dict.fromkeys("PSEZ", 0.64), **dict.fromkeys("KRABÄÅX", 0.69), **dict.fromkeys("CUHNV", 0.74),
    **dict.fromkeys("DGOÖQ", 0.78), "&": 0.78, **dict.fromkeys("<>=+~", 0.84), **dict.fromkeys("wM", 0.86),
    "m": 0.974, "W": 0.99, "%": 0.95,
}
_DEFAULT = 0.62
BOLD_FACTOR = 1.1


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    width = sum(_WIDTHS.get(c, _DEFAULT) for c in text) * size
    return width * BOLD_FACTOR if bold else width


def block_width(lines: tuple[str, ...], size: float, *, bold: bool = False) -> float:
    return max((text_width(line, size, bold=bold) for line in lines), default=0.0)

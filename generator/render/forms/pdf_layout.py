"""Measurements for the fillable PDF: page geometry, fonts and how tall each row is.

Kept apart from the drawing code so the page-break decisions and the drawing use the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from generator.messages import message
from generator.model.form import FormField
from generator.render.forms import labels

FONT_DIR = Path(__file__).parent / "fonts"
# Static text uses the bundled DejaVu Sans (covers Finnish and Swedish letters, ☐ and –). Form fields must
# use a standard-14 font (reportlab refuses others); Helvetica's encoding covers ä, ö and å as well.
FONT, BOLD, FIELD_FONT = "PolkuDejaVuSans", "PolkuDejaVuSans-Bold", "Helvetica"

MM: float = mm
PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
MARGIN = 20 * MM
TOP, BOTTOM = PAGE_HEIGHT - 18 * MM, 20 * MM
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LABEL_WIDTH = 62 * MM
INPUT_WIDTH = CONTENT_WIDTH - LABEL_WIDTH
PAD = 2.2 * MM
CHECKBOX_SIZE = 11.0
LINE_FIELD_HEIGHT = 18.0
INPUT_HEIGHTS = {"text": 24.0, "date": 24.0, "choice": 36.0, "long_text": 92.0, "signature": 56.0}


@dataclass(frozen=True, slots=True)
class TextStyle:
    font: str
    size: float
    leading: float


LABEL = TextStyle(BOLD, 9.5, 11.5)
HELP = TextStyle(FONT, 7.5, 9.2)
BODY = TextStyle(FONT, 9.5, 12.5)
SMALL = TextStyle(FONT, 8.0, 10.0)
SECTION = TextStyle(BOLD, 12.5, 16.0)
TITLE = TextStyle(BOLD, 16.0, 20.0)


def register_fonts() -> None:
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


def wrap(text: str, style: TextStyle, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(simpleSplit(paragraph, style.font, style.size, width) or [""])
    return lines


def block_height(text: str, style: TextStyle, width: float) -> float:
    return len(wrap(text, style, width)) * style.leading


def label_help(field: FormField) -> str:
    """The small text under a label: the help, and for a signature what to write where."""
    parts = [labels.printed_help(field)] if labels.printed_help(field) else []
    if field.type == "signature":
        parts.append(message("forms.signature_help"))
    return " ".join(parts)


def label_height(field: FormField, width: float) -> float:
    height = block_height(labels.label_text(field), LABEL, width)
    if label_help(field):
        height += 2 + block_height(label_help(field), HELP, width)
    return height + 2 * PAD


def checkbox_label_width() -> float:
    return CONTENT_WIDTH - CHECKBOX_SIZE - 3 * PAD


def row_height(field: FormField) -> float:
    if field.type == "checkbox":
        return max(label_height(field, checkbox_label_width()), CHECKBOX_SIZE + 2 * PAD)
    return max(label_height(field, LABEL_WIDTH - 2 * PAD), INPUT_HEIGHTS[field.type])

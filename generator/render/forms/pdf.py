"""Form → fillable A4 PDF (reportlab AcroForm), byte for byte the same on every build.

Each form field becomes a PDF field named by its id: text, long text, date and signature (the name
under the signature line) are text fields (/Tx), a checkbox is a check box (/Btn) and a choice is a
combo box (/Ch). The page is drawn twice: first to count the pages, then with "Sivu n / N" footers.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from generator.messages import message
from generator.model.form import FormField, FormSection
from generator.render.forms import labels
from generator.render.forms import pdf_layout as L
from generator.render.forms.labels import PrintedForm
from generator.render.text import t

GREY, LIGHT, RULE = colors.HexColor("#555555"), colors.HexColor("#F2F2F2"), colors.HexColor("#8A8A8A")
ACCENT, FIELD_FILL = colors.HexColor("#1F3A7A"), colors.HexColor("#F4F7FC")
BLANK_CHOICE = " "


@dataclass(slots=True)
class Cursor:
    """Where the next block goes; starts a new page (with header and footer) when a block does not fit."""

    canvas: Canvas
    header: str
    total_pages: int
    y: float = L.TOP
    page: int = 1
    started: bool = field(default=False)

    def ensure(self, height: float) -> None:
        if not self.started:
            self._header()
        elif self.y - height < L.BOTTOM:
            self.finish_page()
            self.canvas.showPage()
            self._header()

    def _header(self) -> None:
        self.started, self.y = True, L.TOP
        _text(self.canvas, self.header, L.SMALL, L.MARGIN, L.PAGE_HEIGHT - 12 * L.MM, GREY)

    def finish_page(self) -> None:
        footer = message("forms.page_number", page=self.page, pages=max(self.total_pages, self.page))
        self.canvas.setFont(L.FONT, L.SMALL.size)
        self.canvas.setFillColor(GREY)
        self.canvas.drawRightString(L.PAGE_WIDTH - L.MARGIN, 10 * L.MM, footer)
        self.page += 1


def render_pdf(printed: PrintedForm) -> bytes:
    L.register_fonts()
    pages = _draw(printed, total_pages=0)[1]
    return _draw(printed, total_pages=pages)[0]


def _draw(printed: PrintedForm, total_pages: int) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(L.PAGE_WIDTH, L.PAGE_HEIGHT), invariant=1, pageCompression=1,
                    lang=message("forms.language_tag"))
    canvas.setTitle(printed.title)
    canvas.setSubject(printed.header)
    canvas.setAuthor("Polku")
    canvas.setCreator("Polku")
    cursor = Cursor(canvas, printed.header, total_pages)
    _introduction(cursor, printed)
    for section in printed.resolved.sections:
        _section(cursor, section)
    cursor.finish_page()
    canvas.save()
    return buffer.getvalue(), cursor.page - 1


def _text(canvas: Canvas, line: str, style: L.TextStyle, x: float, y: float, color: Any = colors.black) -> None:
    canvas.setFont(style.font, style.size)
    canvas.setFillColor(color)
    canvas.drawString(x, y, line)


def _paragraph(cursor: Cursor, text: str, style: L.TextStyle, color: Any = colors.black, after: float = 6) -> None:
    for line in L.wrap(text, style, L.CONTENT_WIDTH):
        cursor.ensure(style.leading)
        cursor.y -= style.leading
        _text(cursor.canvas, line, style, L.MARGIN, cursor.y + (style.leading - style.size), color)
    cursor.y -= after


def _introduction(cursor: Cursor, printed: PrintedForm) -> None:
    form = printed.resolved
    _paragraph(cursor, printed.title, L.TITLE, ACCENT, after=8)
    if form.purpose:
        _paragraph(cursor, t(form.purpose), L.BODY)
    if form.form.note:
        _paragraph(cursor, message("forms.note", note=t(form.form.note)), L.SMALL, GREY)
    if labels.has_required(form):
        _paragraph(cursor, message("forms.required_legend"), L.SMALL, GREY)
    if labels.has_legal_fields(form):
        _paragraph(cursor, message("forms.basis_legend"), L.SMALL, GREY)


def _section(cursor: Cursor, section: FormSection) -> None:
    help_height = L.block_height(t(section.help), L.SMALL, L.CONTENT_WIDTH) if section.help else 0
    first_row = L.row_height(section.fields[0]) if section.fields else 0
    cursor.ensure(L.SECTION.leading + help_height + first_row + 16)
    cursor.y -= 12
    _paragraph(cursor, t(section.title), L.SECTION, ACCENT, after=2)
    if section.help:
        _paragraph(cursor, t(section.help), L.SMALL, GREY, after=3)
    for form_field in section.fields:
        _row(cursor, form_field)


def _row(cursor: Cursor, form_field: FormField) -> None:
    height = L.row_height(form_field)
    cursor.ensure(height)
    top = cursor.y
    cursor.y -= height
    if form_field.type == "checkbox":
        _checkbox_row(cursor.canvas, form_field, top, height)
    else:
        _label_cell(cursor.canvas, form_field, top, height)
        _input_cell(cursor.canvas, form_field, top, height)


def _cell(canvas: Canvas, x: float, top: float, width: float, height: float, fill: Any | None) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    if fill is not None:
        canvas.setFillColor(fill)
    canvas.rect(x, top - height, width, height, stroke=1, fill=1 if fill is not None else 0)


def _label_lines(canvas: Canvas, form_field: FormField, x: float, top: float, width: float) -> None:
    y = top - L.PAD
    for line in L.wrap(labels.label_text(form_field), L.LABEL, width):
        y -= L.LABEL.leading
        _text(canvas, line, L.LABEL, x, y + 2.5)
    if L.label_help(form_field):
        y -= 2
        for line in L.wrap(L.label_help(form_field), L.HELP, width):
            y -= L.HELP.leading
            _text(canvas, line, L.HELP, x, y + 2, GREY)


def _label_cell(canvas: Canvas, form_field: FormField, top: float, height: float) -> None:
    _cell(canvas, L.MARGIN, top, L.LABEL_WIDTH, height, LIGHT)
    _label_lines(canvas, form_field, L.MARGIN + L.PAD, top, L.LABEL_WIDTH - 2 * L.PAD)


def _checkbox_row(canvas: Canvas, form_field: FormField, top: float, height: float) -> None:
    _cell(canvas, L.MARGIN, top, L.CONTENT_WIDTH, height, None)
    box_y = top - L.PAD - L.CHECKBOX_SIZE
    canvas.acroForm.checkbox(
        name=form_field.id, tooltip=t(form_field.label), x=L.MARGIN + L.PAD, y=box_y, size=L.CHECKBOX_SIZE,
        buttonStyle="check", borderWidth=0.8, borderColor=colors.black, fillColor=colors.white,
        fieldFlags="required" if form_field.required else "")
    _label_lines(canvas, form_field, L.MARGIN + 2 * L.PAD + L.CHECKBOX_SIZE, top, L.checkbox_label_width())


def _input_cell(canvas: Canvas, form_field: FormField, top: float, height: float) -> None:
    x = L.MARGIN + L.LABEL_WIDTH
    _cell(canvas, x, top, L.INPUT_WIDTH, height, None)
    inner_x, inner_width = x + L.PAD, L.INPUT_WIDTH - 2 * L.PAD
    if form_field.type == "long_text":
        _text_widget(canvas, form_field, inner_x, top - height + L.PAD, inner_width, height - 2 * L.PAD, "multiline")
    elif form_field.type == "signature":
        _signature(canvas, form_field, inner_x, top - height, inner_width)
    elif form_field.type == "choice":
        _choice(canvas, form_field, inner_x, top, inner_width)
    else:
        width = 38 * L.MM if form_field.type == "date" else inner_width
        _text_widget(canvas, form_field, inner_x, top - L.PAD - L.LINE_FIELD_HEIGHT, width, L.LINE_FIELD_HEIGHT, "")
        if form_field.type == "date":
            _text(canvas, message("forms.date_hint"), L.HELP, inner_x + width + L.PAD, top - L.PAD - 12, GREY)


def _text_widget(canvas: Canvas, form_field: FormField, x: float, y: float, width: float, height: float,
                 flags: str) -> None:
    required = "required" if form_field.required else ""
    canvas.acroForm.textfield(
        name=form_field.id, tooltip=t(form_field.label), x=x, y=y, width=width, height=height, maxlen=0,
        fontName=L.FIELD_FONT, fontSize=10, borderWidth=0.6, borderColor=RULE, fillColor=FIELD_FILL,
        textColor=colors.black, fieldFlags=" ".join(f for f in (flags, required) if f))


def _signature(canvas: Canvas, form_field: FormField, x: float, bottom: float, width: float) -> None:
    """A line to sign on, and under it a text field for the printed name (nimen selvennys)."""
    line_y = bottom + L.PAD + L.LINE_FIELD_HEIGHT + 6
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.line(x, line_y, x + width, line_y)
    _text_widget(canvas, form_field, x, bottom + L.PAD, width, L.LINE_FIELD_HEIGHT, "")


def _choice(canvas: Canvas, form_field: FormField, x: float, top: float, width: float) -> None:
    options = [t(option) for option in form_field.options]
    # A blank first entry leaves the printed box empty; reportlab fails on an empty value, so it is a space.
    canvas.acroForm.choice(
        name=form_field.id, tooltip=t(form_field.label), value=BLANK_CHOICE, options=[BLANK_CHOICE, *options], x=x,
        y=top - L.PAD - L.LINE_FIELD_HEIGHT, width=min(width, 70 * L.MM), height=L.LINE_FIELD_HEIGHT,
        fontName=L.FIELD_FONT, fontSize=10, borderWidth=0.6, borderColor=RULE, fillColor=FIELD_FILL,
        textColor=colors.black, fieldFlags="combo required" if form_field.required else "combo")
    hint = message("forms.choice_on_paper", options=" / ".join(options))
    _text(canvas, hint, L.HELP, x, top - L.PAD - L.LINE_FIELD_HEIGHT - 10, GREY)

"""Form → editable Word document (python-docx), byte for byte the same on every build.

python-docx has no API for content controls or fields, so checkboxes (Word 2010 `w14:checkbox` content
controls) and page numbers (PAGE/NUMPAGES fields, placed where the catalogue's `forms.page_number` has its
placeholders) are inserted as OXML. The checkbox's content is the plain "☐" character, so the box also
prints and edits in programs that ignore content controls.
"""

from __future__ import annotations

import datetime as dt
import io
import string
import zipfile
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from generator.messages import message
from generator.model.form import FormField, FormSection
from generator.render.forms import labels
from generator.render.forms.labels import PrintedForm
from generator.render.text import t

# Fixed document dates and zip entry times: the file must not change unless the definition does.
FIXED_TIME = dt.datetime(2001, 1, 1, tzinfo=dt.UTC)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
GREY = RGBColor(0x55, 0x55, 0x55)
LABEL_WIDTH, INPUT_WIDTH = Mm(62), Mm(108)
ROW_HEIGHTS = {"text": Mm(9), "date": Mm(9), "choice": Mm(9), "long_text": Mm(32), "signature": Mm(20)}


def render_docx(printed: PrintedForm) -> bytes:
    document = Document()
    _page_setup(document, printed)
    _introduction(document, printed)
    for section in printed.resolved.sections:
        _form_section(document, section)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalised_zip(buffer.getvalue())


def _page_setup(document: DocumentObject, printed: PrintedForm) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10.5)
    language = message("forms.language_tag")
    normal.element.get_or_add_rPr().append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{language}"/>'))
    header = section.header.paragraphs[0]
    _small(header.add_run(printed.header))
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_number(footer)
    _core_properties(document, printed)


def _core_properties(document: DocumentObject, printed: PrintedForm) -> None:
    core = document.core_properties
    core.title, core.author, core.last_modified_by = printed.title, "Polku", "Polku"
    core.comments, core.language, core.revision = "", message("forms.language_tag"), 1
    core.created = core.modified = FIXED_TIME
    core.subject = printed.header


def _page_number(paragraph: Paragraph) -> None:
    """'Sivu {page} / {pages}' with Word's PAGE and NUMPAGES fields where the placeholders are."""
    fields = {"page": "PAGE", "pages": "NUMPAGES"}
    for text, name, _, _ in string.Formatter().parse(labels.template("forms.page_number")):
        if text:
            _small(paragraph.add_run(text))
        if name:
            paragraph._p.append(_field(fields[name]))


def _field(instruction: str) -> Any:
    return parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="{instruction}"><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                     f'<w:t>1</w:t></w:r></w:fldSimple>')


def _small(run: Any, size: float = 8) -> None:
    run.font.size = Pt(size)
    run.font.color.rgb = GREY


def _introduction(document: DocumentObject, printed: PrintedForm) -> None:
    document.add_heading(printed.title, level=1)
    form = printed.resolved
    if form.purpose:
        document.add_paragraph(t(form.purpose))
    if form.form.note:
        _note(document.add_paragraph(), t(form.form.note))
    if labels.has_required(form):
        _small(document.add_paragraph().add_run(message("forms.required_legend")), 9)
    if labels.has_legal_fields(form):
        _small(document.add_paragraph().add_run(message("forms.basis_legend")), 9)


def _note(paragraph: Paragraph, note: str) -> None:
    """'Huomautus: {note}': the message's own words bold, the form's note italic."""
    for text, name, _, _ in string.Formatter().parse(labels.template("forms.note")):
        if text:
            paragraph.add_run(text).bold = True
        if name:
            paragraph.add_run(note).italic = True


def _form_section(document: DocumentObject, section: FormSection) -> None:
    document.add_heading(t(section.title), level=2)
    if section.help:
        _small(document.add_paragraph().add_run(t(section.help)), 9)
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    table.autofit = False
    _cell_margins(table)
    for field in section.fields:
        _field_row(table, field)
    # LibreOffice sizes columns by the table grid, Word by the cells: set both.
    table.columns[0].width, table.columns[1].width = LABEL_WIDTH, INPUT_WIDTH


def _field_row(table: Table, field: FormField) -> None:
    row = table.add_row()  # type: ignore[no-untyped-call]
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
    label_cell, input_cell = row.cells
    label_cell.width, input_cell.width = LABEL_WIDTH, INPUT_WIDTH
    if field.type == "checkbox":
        _checkbox_row(label_cell.merge(input_cell), field)
        return
    row.height, row.height_rule = ROW_HEIGHTS[field.type], WD_ROW_HEIGHT_RULE.AT_LEAST
    _label(label_cell, field)
    _input(input_cell, field)


def _label(cell: _Cell, field: FormField) -> None:
    _shade(cell, "F2F2F2")
    paragraph = cell.paragraphs[0]
    paragraph.add_run(labels.label_text(field)).bold = True
    if labels.printed_help(field):
        _small(cell.add_paragraph().add_run(labels.printed_help(field)))


def _input(cell: _Cell, field: FormField) -> None:
    paragraph = cell.paragraphs[0]
    if field.type == "choice":
        for number, option in enumerate(field.options):
            paragraph._p.append(_checkbox_sdt(f"{field.id}-{number + 1}", t(option)))
            paragraph.add_run(f" {t(option)}    ")
    elif field.type == "date":
        _small(paragraph.add_run(message("forms.date_hint")), 9)
    elif field.type == "signature":
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
        _small(paragraph.add_run(message("forms.signature_caption")))


def _checkbox_row(cell: _Cell, field: FormField) -> None:
    paragraph = cell.paragraphs[0]
    paragraph._p.append(_checkbox_sdt(field.id, t(field.label)))
    paragraph.add_run(" " + labels.label_text(field))
    if labels.printed_help(field):
        _small(cell.add_paragraph().add_run(labels.printed_help(field)))


def _checkbox_sdt(tag: str, title: str) -> Any:
    """A Word 2010 checkbox content control; `tag` is a slug, the alias is escaped by lxml."""
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:alias w:val=""/><w:tag w:val="{tag}"/>'
        f'<w14:checkbox><w14:checked w14:val="0"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
        f'</w:rPr><w:t>{labels.UNCHECKED}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    sdt.find(f"{qn('w:sdtPr')}/{qn('w:alias')}").set(qn("w:val"), title[:64])
    return sdt


def _cell_margins(table: Table) -> None:
    """Room between the cell borders and the text; tblCellMar must come before tblLook (schema order)."""
    sides = "".join(f'<w:{side} w:w="{width}" w:type="dxa"/>'
                    for side, width in (("top", 70), ("left", 110), ("bottom", 70), ("right", 110)))
    margins = parse_xml(f'<w:tblCellMar {nsdecls("w")}>{sides}</w:tblCellMar>')
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(margins)
    else:
        table._tbl.tblPr.append(margins)


def _shade(cell: _Cell, fill: str) -> None:
    shading = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    cell._tc.get_or_add_tcPr().append(shading)


def _normalised_zip(data: bytes) -> bytes:
    """Same entries in the same order, with fixed dates (zipfile stamps the current time otherwise)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type, entry.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()

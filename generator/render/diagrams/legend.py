"""The swimlane legend: an HTML-like table of shapes and role-kind colours (only the kinds drawn)."""

from __future__ import annotations

import html

from generator.model.process import Process
from generator.render.diagrams.labels import html_label
from generator.render.diagrams.style import DiagramStyle


def _row(swatch: str, text: str) -> str:
    return f'<tr><td>{swatch}</td><td align="left">{html.escape(text)}</td></tr>'


def _colour_row(fill: str, border: str, text: str, *, dashed: bool = False) -> str:
    style = ' style="dashed"' if dashed else ""
    return (f'<tr><td bgcolor="{fill}" color="{border}" border="1"{style} width="16" height="12"> </td>'
            f'<td align="left">{html.escape(text)}</td></tr>')


def swimlane_legend(style: DiagramStyle, kinds: list[str], process: Process) -> str:
    rows = ['<tr><td colspan="2" align="left"><b>Selite</b></td></tr>',
            _row("▭", "Vaihe (linkki kuvaukseen)")]
    if any(s.is_decision for s in process.steps):
        rows.append(_row("◇", "Päätöskohta"))
    rows.append(_row("○", "Alku ja loppu"))
    if any(n.service for s in process.steps for n in s.next):
        rows.append(_row("▣", "Jatkuu toiseen palveluun"))
    rows.append(_row("➞", "Paksu nuoli: vastuu siirtyy"))
    if any(s.participants for s in process.steps):
        rows.append(_row("▢", "Rooli osallistuu saman sarakkeen vaiheeseen"))
    for kind in kinds:
        colours = style.kind(kind)
        rows.append(_colour_row(colours.fill, colours.border, colours.name, dashed=kind == "ei-kuvattu"))
    table = f'<table border="0" cellborder="0" cellspacing="2" cellpadding="1">{"".join(rows)}</table>'
    return html_label(f'<font point-size="9">{table}</font>')

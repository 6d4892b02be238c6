"""Form definitions: unique field ids, choice lists with options, known base forms."""

from __future__ import annotations

import difflib

from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.model.form import Form
from generator.model.modelset import Located


def check_form(located: Located[Form], known_forms: set[str]) -> list[Diagnostic]:
    form = located.model
    file = located.file.path
    out: list[Diagnostic] = []
    first_seen: dict[str, int] = {}
    for i, section in enumerate(form.sections):
        for j, field in enumerate(section.fields):
            path = ("sections", i, "fields", j)
            pos = located.pos((*path, "id"))
            if field.id in first_seen:
                out.append(dg.make("M002", file, pos.line, pos.column, id=field.id, first_line=first_seen[field.id]))
            else:
                first_seen[field.id] = pos.line
            if field.type == "choice" and not field.options:
                out.append(dg.make("M003", file, pos.line, pos.column, id=field.id))
    if form.variant_of is not None and form.variant_of not in known_forms:
        pos = located.pos(("variant_of",))
        close = difflib.get_close_matches(form.variant_of, sorted(known_forms), n=1, cutoff=0.6)
        out.append(dg.make("M004", file, pos.line, pos.column, ref=form.variant_of,
                           suggestion=f" Tarkoititko '{close[0]}'?" if close else ""))
    return out

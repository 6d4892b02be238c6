"""Form definitions: unique field ids, choice lists with options, known base forms."""

from __future__ import annotations

from generator import codes
from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.model.form import Form
from generator.model.modelset import Located
from generator.validate.context import RuleContext
from generator.validate.suggest import did_you_mean

CODES = (codes.M002, codes.M003, codes.M004, codes.M005, codes.M006, codes.M007)


def check(context: RuleContext) -> list[Diagnostic]:
    forms = context.forms()
    return [d for form in context.models.forms for d in check_form(form, set(forms), forms)]


def check_form(located: Located[Form], known_forms: set[str], forms: dict[str, Form] | None = None) -> list[Diagnostic]:
    form = located.model
    file = located.file.path
    out: list[Diagnostic] = []
    first_seen: dict[str, int] = {}
    for i, section in enumerate(form.sections):
        for j, field in enumerate(section.fields):
            path = ("sections", i, "fields", j)
            pos = located.pos((*path, "id"))
            if field.id in first_seen:
                out.append(dg.make(codes.M002, file, pos.line, pos.column, id=field.id,
                                   first_line=first_seen[field.id]))
            else:
                first_seen[field.id] = pos.line
            if field.type == "choice" and not field.options:
                out.append(dg.make(codes.M003, file, pos.line, pos.column, id=field.id))
            if field.basis != "kaytanto" and not field.legal_bases:
                # "the law requires/permits" without the section is exactly the vagueness the basis must avoid
                basis_pos = located.pos((*path, "basis"))
                out.append(dg.make(codes.M007, file, basis_pos.line, basis_pos.column, id=field.id,
                                   basis=field.basis))
    if form.variant_of is not None and form.variant_of not in known_forms:
        pos = located.pos(("variant_of",))
        out.append(dg.make(codes.M004, file, pos.line, pos.column, ref=form.variant_of,
                           suggestion=did_you_mean(form.variant_of, known_forms - {form.id})))
    elif form.variant_of is not None and forms is not None:
        out.extend(_check_variant(located, forms))
    return out


def _base_chain(form: Form, forms: dict[str, Form]) -> tuple[list[Form], bool]:
    """The forms a variant extends, nearest first; True when the chain returns to the variant."""
    chain: list[Form] = []
    current = forms.get(form.variant_of) if form.variant_of else None
    while current is not None:
        if current.id == form.id or current in chain:
            return chain, True
        chain.append(current)
        current = forms.get(current.variant_of) if current.variant_of else None
    return chain, False


def _check_variant(located: Located[Form], forms: dict[str, Form]) -> list[Diagnostic]:
    """A variant's own field ids must not repeat its base's: they become PDF field names."""
    form = located.model
    chain, cyclic = _base_chain(form, forms)
    if cyclic:
        pos = located.pos(("variant_of",))
        return [dg.make(codes.M006, located.file.path, pos.line, pos.column, id=form.id)]
    inherited = {f.id: base.id for base in chain for section in base.sections for f in section.fields}
    out = []
    for i, section in enumerate(form.sections):
        for j, field in enumerate(section.fields):
            if field.id in inherited:
                pos = located.pos(("sections", i, "fields", j, "id"))
                out.append(dg.make(codes.M005, located.file.path, pos.line, pos.column, id=field.id,
                                   base=inherited[field.id]))
    return out

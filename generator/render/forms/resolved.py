"""A form as it is printed: a regional variant merged with the base form it extends.

Inheritance rule (documented in the format reference and tested with a fixture variant):

* sections: the base form's sections first, in their order, then the variant's own sections. A variant
  section whose id matches a base section adds its fields to the end of that base section (the base
  section keeps its title and help), so a region can add a field where it belongs;
* title, version, region, purpose and note are the variant's own (purpose falls back to the base's);
* filled_by, legal_bases and sources: the base's followed by the variant's additions, without repeats.

A variant may itself extend a variant; a cycle (which the validator cannot express as an unknown base)
stops at the first form seen twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model.form import Form, FormField, FormSection
from generator.model.text import LocalizedText


@dataclass(frozen=True, slots=True)
class ResolvedForm:
    form: Form
    base_id: str | None
    sections: tuple[FormSection, ...]
    purpose: LocalizedText | None
    filled_by: tuple[str, ...]
    legal_bases: tuple[str, ...]
    sources: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.form.id

    @property
    def fields(self) -> tuple[FormField, ...]:
        return tuple(f for s in self.sections for f in s.fields)


def _union(*lists: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for items in lists for item in items))


def _merge_sections(base: tuple[FormSection, ...], own: list[FormSection]) -> tuple[FormSection, ...]:
    merged = list(base)
    positions = {section.id: i for i, section in enumerate(merged)}
    for section in own:
        if section.id in positions:
            target = merged[positions[section.id]]
            merged[positions[section.id]] = target.model_copy(update={"fields": [*target.fields, *section.fields]})
        else:
            merged.append(section)
    return tuple(merged)


def resolve_form(forms: dict[str, Form], form_id: str, _seen: frozenset[str] = frozenset()) -> ResolvedForm:
    form = forms[form_id]
    base_id = form.variant_of
    if base_id is None or base_id not in forms or base_id in _seen | {form_id}:
        return ResolvedForm(form, None, tuple(form.sections), form.purpose, tuple(form.filled_by),
                            tuple(form.legal_bases), tuple(form.sources))
    base = resolve_form(forms, base_id, _seen | {form_id})
    return ResolvedForm(
        form=form,
        base_id=base_id,
        sections=_merge_sections(base.sections, form.sections),
        purpose=form.purpose or base.purpose,
        filled_by=_union(base.filled_by, form.filled_by),
        legal_bases=_union(base.legal_bases, form.legal_bases),
        sources=_union(base.sources, form.sources),
    )


def resolve_all(forms: dict[str, Form]) -> dict[str, ResolvedForm]:
    return {form_id: resolve_form(forms, form_id) for form_id in sorted(forms)}

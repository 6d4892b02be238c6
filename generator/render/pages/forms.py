"""A page per form (lomakkeet/<id>.md) with downloads, fields and where the form is used, and an index."""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment

from generator.messages import message
from generator.render import urls
from generator.render.content import Page
from generator.render.environment import render
from generator.render.forms.resolved import ResolvedForm, resolve_all
from generator.render.page_memo import NO_MEMO, PageMemo
from generator.render.stages import StageOutputs
from generator.resolve import KnowledgeGraph, StepRef

INDEX = urls.FORM.index


def field_type_names() -> dict[str, str]:
    """A form field's type (the file format's value) → its name on the form page."""
    return {"text": message("form_pages.field_types.text"), "long_text": message("form_pages.field_types.long_text"),
            "date": message("form_pages.field_types.date"), "checkbox": message("form_pages.field_types.checkbox"),
            "choice": message("form_pages.field_types.choice"),
            "signature": message("form_pages.field_types.signature")}


@dataclass(frozen=True, slots=True)
class FormUse:
    """Where a form is used: its steps, and every role that meets it (filled_by first)."""

    steps: tuple[StepRef, ...]
    roles: tuple[str, ...]


def form_use(graph: KnowledgeGraph, form: ResolvedForm) -> FormUse:
    steps = graph.steps_by_form.get(form.id, ())
    roles = list(form.filled_by)
    for ref in steps:
        step = graph.step(ref)
        for role in (step.responsible, *step.participants):
            if role and role not in roles:
                roles.append(role)
    return FormUse(steps, tuple(roles))


def _size(size: int) -> str:
    return message("form_pages.size_kb", size=max(1, round(size / 1024)))


def render_forms(graph: KnowledgeGraph, stages: StageOutputs, env: Environment,
                 memo: PageMemo = NO_MEMO) -> list[Page]:
    downloads = stages.forms.output.files
    type_names = field_type_names()
    pages = []
    for form_id, resolved in resolve_all(graph.forms).items():
        path = urls.form_page(form_id)
        form_files = downloads[form_id]
        links = {"docx": urls.relative(path, form_files.docx.path), "pdf": urls.relative(path, form_files.pdf.path),
                 "docx_size": _size(form_files.docx.size), "pdf_size": _size(form_files.pdf.size)}
        body = render(env, "form.md.jinja", path, g=graph, form=resolved, use=form_use(graph, resolved),
                      links=links, type_names=type_names)
        pages.append(Page(path, body, graph.form_file(form_id)))
    forms = list(resolve_all(graph.forms).values())
    pages.append(Page(INDEX, render(env, "form_index.md.jinja", INDEX, g=graph, forms=forms,
                                    uses={f.id: form_use(graph, f) for f in forms})))
    return pages

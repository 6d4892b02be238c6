"""A DiffReport as a Markdown pull-request comment (Jinja template) or as JSON for tools."""

from __future__ import annotations

import json

from jinja2 import Environment, PackageLoader, StrictUndefined

from generator.diff.changes import Change, DiffReport
from generator.diff.escape import comment_text
from generator.diff.sentences import sentence
from generator.messages import message
from generator.render.text import code


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("generator.diff", "templates"), autoescape=False,
                      undefined=StrictUndefined, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["inline"] = comment_text  # the one escape for model text in the comment (no HTML, no @mentions)
    env.filters["code"] = code
    env.globals["sentence"] = lambda item: sentence(item, comment_text)
    env.globals["msg"] = message
    return env


def to_markdown(report: DiffReport) -> str:
    text = _environment().get_template("diff.md.jinja").render(report=report)
    return text.rstrip("\n") + "\n"


def to_json(report: DiffReport) -> str:
    data = {
        "base": report.base,
        "head": report.head,
        "changed": report.changed,
        "sections": [
            {"subject": s.subject, "heading": s.heading, "name": s.name,
             "changes": [_change(c) for c in s.changes],
             "diagrams": dict(zip(("before", "after"), report.diagrams.get(s.subject, ("", "")), strict=True))}
            for s in report.sections
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _change(item: Change) -> dict[str, object]:
    return {"kind": item.kind, "step": item.step, "message": sentence(item), "params": item.values}

"""The sources-catalogue entry that every imported answer and responsibility cites (`--lahde`)."""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, StrictUndefined

from generator.load.yaml_nodes import YMap, parse_yaml
from generator.messages import message
from generator.model.text import slug_suggestion
from generator.questionnaire.yaml_text import EditRefused, key_span
from generator.render.text import t
from generator.resolve import KnowledgeGraph
from generator.scaffold.environment import yaml_string

SOURCES_FILE = "process_models/catalog/lahteet.yaml"


@dataclass(frozen=True, slots=True, kw_only=True)
class SourcePlan:
    id: str
    entry: str | None  # None when a source of the same name already exists and is reused


def plan_source(graph: KnowledgeGraph, *, name: str, date: str, publisher: str) -> SourcePlan:
    title = " ".join(name.split())
    base = slug_suggestion(title)[:60].strip("-") or "kysely"
    for candidate in (base, f"{base}-{date}"):
        existing = graph.sources.get(candidate)
        if existing is not None and t(existing.title) == title:
            return SourcePlan(id=candidate, entry=None)
        if existing is None:
            env = Environment(loader=PackageLoader("generator.questionnaire", "templates"), autoescape=False,
                              undefined=StrictUndefined, keep_trailing_newline=True, trim_blocks=True,
                              lstrip_blocks=True)
            env.filters["q"] = yaml_string
            env.globals["msg"] = message
            entry = env.get_template("source_entry.yaml.jinja").render(
                id=candidate, title=title, publisher=publisher, date=date)
            return SourcePlan(id=candidate, entry=entry)
    raise EditRefused("--lahde", message("questionnaire.edit.source_ids_taken", first=base, second=f"{base}-{date}"))


def add_source_entry(text: str, entry: str) -> str:
    """Append the entry to the end of the top-level `sources:` list; every other line stays as it was."""
    root, problems = parse_yaml(text, SOURCES_FILE)
    if not isinstance(root, YMap) or problems:
        raise EditRefused(SOURCES_FILE, message("questionnaire.edit.sources_unreadable"))
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    if "sources" not in root.entries:
        return "".join(lines) + "sources:\n" + entry
    first, last = key_span(lines, root, "sources")
    if lines[first].partition(":")[2].strip() == "[]":
        lines[first] = "sources:\n"
    elif first == last:
        raise EditRefused(SOURCES_FILE, message("questionnaire.edit.sources_not_block"))
    lines[last + 1:last + 1] = [entry]
    return "".join(lines)

"""A new region, inserted as text into alueet.yaml so every comment and line of it stays as it was."""

from __future__ import annotations

import re

from generator.messages import message
from generator.model.catalog import RegionKind
from generator.model.text import SLUG_RE
from generator.resolve import KnowledgeGraph
from generator.scaffold.environment import create_environment
from generator.scaffold.errors import ScaffoldError

REGIONS_FILE = "process_models/catalog/alueet.yaml"
REGION_KINDS: tuple[str, ...] = RegionKind.__args__  # type: ignore[attr-defined]
_TOP_LEVEL_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")


def region_entry(graph: KnowledgeGraph, *, region_id: str, name: str, kind: str, part_of: str | None) -> str:
    if not SLUG_RE.match(region_id):
        raise ScaffoldError(message("scaffold.errors.bad_id", id=region_id))
    if region_id in graph.regions:
        raise ScaffoldError(message("scaffold.errors.region_exists", id=region_id))
    if kind not in REGION_KINDS:
        raise ScaffoldError(message("scaffold.errors.bad_region_kind", kind=kind, allowed=", ".join(REGION_KINDS)))
    if part_of is not None and part_of not in graph.regions:
        raise ScaffoldError(message("scaffold.errors.unknown_part_of", id=part_of))
    return create_environment().get_template("region_entry.yaml.jinja").render(
        id=region_id, name=name, kind=kind, part_of=part_of)


def insert_region(text: str, entry: str) -> str:
    """Append `entry` to the end of the top-level `regions:` list, before the next top-level key."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith("regions:")), None)
    if start is None:
        return text + ("" if text.endswith("\n") or not text else "\n") + "regions:\n" + entry
    if lines[start].partition(":")[2].strip() == "[]":
        lines[start] = "regions:\n"
    end = next((i for i in range(start + 1, len(lines)) if _TOP_LEVEL_KEY.match(lines[i])), len(lines))
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1  # keep blank lines and the next section's heading comment below the new entry
    if end > 0 and not lines[end - 1].endswith("\n"):
        lines[end - 1] += "\n"
    return "".join(lines[:end]) + entry + "".join(lines[end:])

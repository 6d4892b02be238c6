"""What changed in the shared catalogues: entries added, removed or edited, per collection."""

from __future__ import annotations

from pydantic import BaseModel

from generator.diff.changes import Change, Section, change, section
from generator.messages import catalogue, message
from generator.render.text import t
from generator.resolve import KnowledgeGraph

# collection attribute on the graph → the name attribute; the section heading and the noun in a sentence are
# `diff.catalogs.<collection>.heading|noun` in the catalogue
COLLECTIONS: dict[str, str] = {
    "roles": "name",
    "legal_bases": "act",
    "services": "name",
    "regions": "name",
    "organisations": "name",
    "sources": "title",
}


def catalog_sections(old: KnowledgeGraph, new: KnowledgeGraph) -> list[Section]:
    found = []
    for collection, name_key in COLLECTIONS.items():
        heading = catalogue()[f"diff.catalogs.{collection}.heading"]
        noun = catalogue()[f"diff.catalogs.{collection}.noun"]
        before: dict[str, BaseModel] = getattr(old, collection)
        after: dict[str, BaseModel] = getattr(new, collection)
        changes = _collection(before, after, noun, name_key)
        item = section(f"catalog:{collection}", message("diff.heading.catalog"), heading, changes)
        if item is not None:
            found.append(item)
    return found


def _collection(before: dict[str, BaseModel], after: dict[str, BaseModel], noun: str, name_key: str) -> list[Change]:
    out = []
    for item_id in sorted(set(before) | set(after)):
        b, a = before.get(item_id), after.get(item_id)
        if a is None and b is not None:
            out.append(change("catalog_removed", noun=noun, name=_name(b, name_key, item_id)))
        elif b is None and a is not None:
            out.append(change("catalog_added", noun=noun, name=_name(a, name_key, item_id)))
        elif a is not None and b is not None and a != b:
            keys = [k for k in type(a).model_fields if getattr(a, k) != getattr(b, k)]
            out.append(change("catalog_changed", noun=noun, name=_name(a, name_key, item_id), keys=", ".join(keys)))
    return out


def _name(item: BaseModel, name_key: str, item_id: str) -> str:
    name = t(getattr(item, name_key))
    section_ = getattr(item, "section", None)
    return message("diff.values.catalog_name", name=name, section=section_) if section_ else (name or item_id)

"""The typed models of a whole repository, each with the file it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from pydantic import BaseModel

from generator.load.files import LoadedFile
from generator.load.yaml_nodes import Pos, YMap, YNode, child
from generator.model.catalog import Catalog
from generator.model.form import Form
from generator.model.process import Process

T = TypeVar("T", bound=BaseModel)
Path_ = tuple[int | str, ...]


@dataclass(frozen=True, slots=True)
class Located(Generic[T]):
    """A typed model plus its source file, so later checks can point at lines."""

    model: T
    file: LoadedFile

    def pos(self, path: Path_) -> Pos:
        """Position of the value at `path`, or of its nearest existing parent."""
        node: YNode = self.file.root
        for part in path:
            found = child(node, part)
            if found is None:
                break
            node = found
        return node.pos

    def key_pos(self, path: Path_) -> Pos:
        """Position of the key of the value at `path` (for 'unknown/duplicate' style messages)."""
        parent: YNode = self.file.root
        for part in path[:-1]:
            found = child(parent, part)
            if found is None:
                return parent.pos
            parent = found
        if isinstance(parent, YMap) and isinstance(path[-1], str):
            return parent.key_pos.get(path[-1], parent.pos)
        return self.pos(path)


@dataclass(slots=True)
class ModelSet:
    catalogs: list[Located[Catalog]] = field(default_factory=list)
    forms: list[Located[Form]] = field(default_factory=list)
    processes: list[Located[Process]] = field(default_factory=list)
    # ids declared by files whose structure did not validate: references to them still resolve, so one
    # broken form does not also flag every step that uses it ("forms"/"processes" → id → file path)
    declared_ids: dict[str, dict[str, str]] = field(default_factory=lambda: {"forms": {}, "processes": {}})

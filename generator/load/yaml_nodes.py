"""A safe, positioned YAML reader.

PyYAML composes a node graph; we walk it into our own small node types that remember the
1-based line and column of every key and value. On the way we refuse what a process model
never needs and an attacker might use: anchors and aliases (billion-laughs), explicit tags,
duplicate keys, very deep or very large documents.

Scalars are kept as the text the maintainer typed. YAML 1.1 would turn `no` into False,
`1.10` into 1.1 and `2023-01-01` into a date; we let the typed model decide instead, so
`version: 1.10` stays "1.10" and `answer: no` stays "no".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Union

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from generator import codes
from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.load.yaml_errors import syntax_error
from generator.load.yaml_messages import finnish_problem
from generator.messages import message

MAX_DEPTH = 24
MAX_NODES = 200_000
_STANDARD_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:value", "tag:yaml.org,2002:merge",
}
_NULLS = {"", "~", "null", "Null", "NULL"}


# Parsed trees are pickled into the parse cache (parse_cache.py). The `__reduce__` methods below rebuild each node
# from its fields: dataclasses' own slotted pickling calls `fields()` for every node, which made reading the
# cache slower than the validation it saves.

@dataclass(frozen=True, slots=True)
class Pos:
    line: int
    column: int

    def __reduce__(self) -> tuple[Callable[[int, int], Pos], tuple[int, int]]:
        return _shared_pos, (self.line, self.column)


@cache
def _shared_pos(line: int, column: int) -> Pos:
    """A position as read back from the parse cache. The same (line, column) recurs in every file and a Pos never
    changes, so one object serves them all: reading the cache built each of its 300 000 positions anew (the 1×
    corpus), a third of the time it took."""
    return Pos(line, column)


@dataclass(slots=True)
class YScalar:
    text: str
    pos: Pos
    quoted: bool = False
    block: bool = False  # literal (|) or folded (>) block scalar
    indent: int = 0  # indentation of a block scalar's content lines

    def __reduce__(self) -> tuple[type[YScalar], tuple[str, Pos, bool, bool, int]]:
        return YScalar, (self.text, self.pos, self.quoted, self.block, self.indent)

    @property
    def is_null(self) -> bool:
        return not self.quoted and self.text in _NULLS


@dataclass(slots=True)
class YSeq:
    items: list[YNode]
    pos: Pos

    def __reduce__(self) -> tuple[type[YSeq], tuple[list[YNode], Pos]]:
        return YSeq, (self.items, self.pos)


@dataclass(slots=True)
class YMap:
    """Mapping with positions; keys are always strings (as typed)."""

    entries: dict[str, YNode]
    pos: Pos
    key_pos: dict[str, Pos] = field(default_factory=dict)

    def __reduce__(self) -> tuple[type[YMap], tuple[dict[str, YNode], Pos, dict[str, Pos]]]:
        return YMap, (self.entries, self.pos, self.key_pos)


YNode = Union[YScalar, YSeq, YMap]  # noqa: UP007 - used at runtime in isinstance-free unions


def child(node: YNode | None, part: int | str) -> YNode | None:
    """The value under a mapping key or at a sequence index, or None."""
    if isinstance(node, YMap) and isinstance(part, str):
        return node.entries.get(part)
    if isinstance(node, YSeq) and isinstance(part, int) and 0 <= part < len(node.items):
        return node.items[part]
    return None


def _pos(node: Node) -> Pos:
    return Pos(node.start_mark.line + 1, node.start_mark.column + 1)


_LoaderBase: Any
try:
    from yaml._yaml import CParser

    class _LibyamlLoader(Composer, CParser, SafeConstructor, Resolver):
        """libyaml scans and parses about 3x faster; composing stays in Python (Composer comes first in
        the MRO on purpose), so positions are kept and anchors and aliases can be refused."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

    _LoaderBase = _LibyamlLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml: same nodes, only slower
    _LoaderBase = yaml.SafeLoader


class _RefusingLoader(_LoaderBase):  # type: ignore[misc]
    """A safe loader whose composer records anchors/aliases instead of resolving them."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.refused: list[tuple[Pos, str]] = []
        self.depth = 0
        self.nodes = 0

    def compose_node(self, parent: Node | None, index: object) -> Node | None:
        # PyYAML's composer recurses once per level: ~330 levels of "[[[…" would raise RecursionError, and
        # 200 000 nodes are already more than any model. Stop at the first node over a limit (reported once).
        self.nodes += 1
        if self.depth > MAX_DEPTH or self.nodes > MAX_NODES:
            mark = self.peek_event().start_mark
            depth_exceeded = self.depth > MAX_DEPTH
            raise _TooBig(Pos(mark.line + 1, mark.column + 1), _nesting(depth_exceeded),
                          self.depth if depth_exceeded else self.nodes, MAX_DEPTH if depth_exceeded else MAX_NODES)
        self.depth += 1
        try:
            return self._compose_refusing(parent, index)
        finally:
            self.depth -= 1

    def _compose_refusing(self, parent: Node | None, index: object) -> Node | None:
        if self.check_event(AliasEvent):
            alias: Any = self.get_event()
            mark = alias.start_mark
            self.refused.append((Pos(mark.line + 1, mark.column + 1), "alias"))
            return ScalarNode("tag:yaml.org,2002:null", "", mark, alias.end_mark)
        event: Any = self.peek_event()
        if getattr(event, "anchor", None) is not None:
            mark = event.start_mark
            self.refused.append((Pos(mark.line + 1, mark.column + 1), "anchor"))
            event.anchor = None
        node: Node | None = Composer.compose_node(self, parent, index)  # type: ignore[arg-type]
        return node


class _TooBig(Exception):
    """Raised by the composer at the first node over the depth or node limit."""

    def __init__(self, pos: Pos, what: str, found: int, limit: int) -> None:
        super().__init__(what)
        self.pos, self.what, self.found, self.limit = pos, what, found, limit


@dataclass(slots=True)
class _Walker:
    file: str
    diagnostics: list[Diagnostic]
    lines: list[str]
    count: int = 0
    limit_reported: bool = False

    def walk(self, node: Node, depth: int = 0) -> YNode:
        self.count += 1
        if depth > MAX_DEPTH or self.count > MAX_NODES:
            return self._too_big(node, depth)
        self._check_tag(node)
        if isinstance(node, MappingNode):
            return self._mapping(node, depth)
        if isinstance(node, SequenceNode):
            return YSeq([self.walk(item, depth + 1) for item in node.value], _pos(node))
        assert isinstance(node, ScalarNode)
        block = node.style in ("|", ">")
        return YScalar(str(node.value), _pos(node), quoted=node.style in ("'", '"') or block, block=block,
                       indent=self._content_indent(node) if block else 0)

    def _content_indent(self, node: Node) -> int:
        first_content = node.start_mark.line + 1
        if first_content < len(self.lines):
            line = self.lines[first_content]
            return len(line) - len(line.lstrip(" "))
        return 0

    def _mapping(self, node: MappingNode, depth: int) -> YMap:
        result = YMap({}, _pos(node))
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, ScalarNode) else "?"
            if key in result.entries:
                first = result.key_pos[key]
                self.diagnostics.append(dg.make(codes.Y002, self.file, *_lc(key_node), key=key, first_line=first.line))
                continue
            result.key_pos[key] = _pos(key_node)
            result.entries[key] = self.walk(value_node, depth + 1)
        return result

    def _check_tag(self, node: Node) -> None:
        # The resolver gives plain scalars standard tags; anything else was written with "!".
        if node.tag not in _STANDARD_TAGS:
            self.diagnostics.append(dg.make(codes.Y004, self.file, *_lc(node), tag=node.tag))

    def _too_big(self, node: Node, depth: int) -> YScalar:
        if not self.limit_reported:
            self.limit_reported = True
            deep = depth > MAX_DEPTH
            what, found, limit = (_nesting(deep), depth, MAX_DEPTH) if deep else (_nesting(deep), self.count, MAX_NODES)
            self.diagnostics.append(dg.make(codes.Y005, self.file, *_lc(node), what=what, found=found, limit=limit))
        return YScalar("", _pos(node))


def _nesting(deep: bool) -> str:
    """The word in Y005's "Rakenne on liian {what}": nested too deep, or too many nodes."""
    return message("load.nesting.deep" if deep else "load.nesting.wide")


def _line_col(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _lc(node: Node) -> tuple[int, int]:
    pos = _pos(node)
    return pos.line, pos.column


def parse_yaml(text: str, file: str) -> tuple[YNode | None, list[Diagnostic]]:
    """Parse one YAML document into positioned nodes; never raises on bad input."""
    diagnostics: list[Diagnostic] = []
    control = _CONTROL.search(text)
    if control is not None:
        line, col = _line_col(text, control.start())
        problem = message("load.control_character", codepoint=f"{ord(control.group()):04X}")
        return None, [dg.make(codes.Y001, file, line, col, problem=problem)]
    try:
        loader = _RefusingLoader(text)
        root = loader.get_single_node()
    except _TooBig as big:
        return None, [dg.make(codes.Y005, file, big.pos.line, big.pos.column, what=big.what, found=big.found,
                              limit=big.limit)]
    except yaml.MarkedYAMLError as exc:
        problem = exc.problem or exc.context or ""
        if problem.startswith("exceeded maximum nesting depth"):  # libyaml's own limit, met while reading ahead
            mark = exc.problem_mark or exc.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            return None, [dg.make(codes.Y005, file, line, col, what=_nesting(True),
                                  found=message("load.nesting.over", count=1000), limit=MAX_DEPTH)]
        return None, [syntax_error(text, file, exc)]
    except yaml.YAMLError as exc:
        problem = finnish_problem(getattr(exc, "reason", None) or str(exc))
        return None, [dg.make(codes.Y001, file, 1, 1, problem=problem)]
    for pos, _kind in loader.refused:
        diagnostics.append(dg.make(codes.Y003, file, pos.line, pos.column))
    if root is None:
        return None, diagnostics
    walker = _Walker(file, diagnostics, text.splitlines())
    return walker.walk(root), diagnostics


# What YAML 1.1 calls non-printable (checked before parsing, so the position is exact).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")

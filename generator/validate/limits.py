"""Limits on what one model file may hold, checked on the parsed values (after YAML escapes are decoded).

The reader refuses raw control characters before parsing; but `"\\x07"`, `"\\0"` or `"\\e"` in a quoted
scalar only become control characters when YAML decodes them, and they then break lxml (SVG), python-docx
(forms) and Graphviz. Text length and the number of steps are limited so that one pull request cannot
make the build run for minutes (a 10 000-step chain takes Graphviz several minutes to lay out).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator import codes
from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.load.files import FileKind, LoadedFile
from generator.load.yaml_nodes import Pos, YMap, YNode, YScalar, YSeq
from generator.validate.context import RuleContext

MAX_TEXT_CHARS = 10_000
MAX_STEPS = 200
# Every C0 and C1 control character except tab and newline, plus DEL and the non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


CODES = (codes.Y012, codes.Y013, codes.S010)


def check(context: RuleContext) -> list[Diagnostic]:
    return context.each_file("limits", check_limits)


def check_limits(loaded: LoadedFile) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for text, pos in _texts(loaded.root):
        control = _CONTROL.search(text)
        if control is not None:
            out.append(dg.make(codes.Y012, loaded.path, pos.line, pos.column, codepoint=f"{ord(control.group()):04X}"))
        if len(text) > MAX_TEXT_CHARS:
            out.append(dg.make(codes.Y013, loaded.path, pos.line, pos.column, found=len(text), limit=MAX_TEXT_CHARS))
    steps = loaded.root.entries.get("steps")
    if loaded.kind is FileKind.PROCESS and isinstance(steps, YSeq) and len(steps.items) > MAX_STEPS:
        key = loaded.root.key_pos.get("steps", steps.pos)
        out.append(dg.make(codes.S010, loaded.path, key.line, key.column, found=len(steps.items), limit=MAX_STEPS))
    return out


def _texts(node: YNode) -> Iterator[tuple[str, Pos]]:
    """Every scalar value and every mapping key, with its position."""
    if isinstance(node, YScalar):
        yield node.text, node.pos
    elif isinstance(node, YSeq):
        for item in node.items:
            yield from _texts(item)
    elif isinstance(node, YMap):
        for key, value in node.entries.items():
            yield key, node.key_pos.get(key, node.pos)
            yield from _texts(value)

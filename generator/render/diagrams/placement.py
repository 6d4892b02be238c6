"""Graphviz `dot` orders the nodes of a swimlane: the DOT it lays out and the positions read back from `-Tjson`.

Only the cross-rank coordinate is used: columns and lanes are fixed by the model (`layout`), and dot's
crossing minimisation decides the order of nodes that share a grid cell. Node sizes are passed in (fixed),
so the text is not part of the DOT: renaming a step does not re-run dot unless the box changes size.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import pairwise

from generator.render.diagrams.cells import Item, Link


def _name(index: int) -> str:
    return f"n{index}"


def placement_dot(items: Sequence[Item], links: Sequence[Link]) -> str:
    """rankdir=LR: a rank per grid column, so dot's y is the order across the column."""
    index = {item.key: i for i, item in enumerate(items)}
    lines = ["digraph swimlane {", "\trankdir=LR; newrank=true; nodesep=0.15; ranksep=0.3;",
             '\tnode [shape=box, fixedsize=true, label=""];']
    for i, item in enumerate(items):
        lines.append(f"\t{_name(i)} [width={item.w / 72:.3f}, height={item.h / 72:.3f}];")
    columns: dict[int, list[str]] = {}
    for i, item in enumerate(items):
        columns.setdefault(item.column, []).append(_name(i))
    for column in sorted(columns):
        lines.append("\t{rank=same; " + "; ".join(columns[column]) + ";}")
    ordered = sorted(columns)
    for left, right in pairwise(ordered):
        lines.append(f"\t{columns[left][0]} -> {columns[right][0]} [style=invis, weight=0];")
    for link in links:
        a, b = items[index[link.source]], items[index[link.target]]
        back = ", constraint=false" if b.column <= a.column else ""
        lines.append(f"\t{_name(index[link.source])} -> {_name(index[link.target])} [weight=2{back}];")
    for i, item in enumerate(items):  # a chip stays next to its step's row
        if item.shape == "chip":
            step = index[f"step:{item.step_id}"]
            lines.append(f"\t{_name(step)} -> {_name(i)} [style=invis, constraint=false];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def read_order(items: Sequence[Item], output: bytes) -> dict[str, float]:
    """Node key → order across its column (top first), from `dot -Tjson` output."""
    data = json.loads(output)
    found: dict[str, float] = {}
    names = {_name(i): item.key for i, item in enumerate(items)}
    for obj in data.get("objects", []):
        key = names.get(obj.get("name", ""))
        pos = obj.get("pos")
        if key and isinstance(pos, str) and "," in pos:
            found[key] = -float(pos.split(",")[1])  # Graphviz y grows upwards
    return found

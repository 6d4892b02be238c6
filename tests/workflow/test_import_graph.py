"""No import cycle anywhere in generator/: imports inside functions and under TYPE_CHECKING count too.

A function-level import that only postpones a cycle still couples the two modules both ways; the
layering (content → stages → pages → site → publish) is what keeps a change in one place.
An edge goes to the module named by the import: `from generator.render import urls` is an edge to
generator.render.urls (a module), `from generator.render.site import Page` to generator.render.site.
"""

from __future__ import annotations

import ast
from pathlib import Path

GENERATOR = Path(__file__).resolve().parents[2] / "generator"


def module_name(path: Path) -> str:
    parts = path.relative_to(GENERATOR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(GENERATOR.rglob("*.py"))}


def imported(tree: ast.AST, here: str, is_package: bool, known: set[str]) -> set[str]:
    """Every generator module one module imports, wherever the import statement stands."""
    found: set[str] = set()
    package = here if is_package else here.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                target = f"{base}.{alias.name}"
                if target in known:
                    found.add(target)
                elif base in known:
                    found.add(base)
    found.discard(here)
    return found


def import_graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: imported(ast.parse(path.read_text(encoding="utf-8")), name, path.name == "__init__.py", known)
            for name, path in found.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_function_level_and_type_checking_imports() -> None:
    tree = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from generator.render import urls\n"
                     "def f() -> None:\n    from generator.codes import CODES\n    import generator.diagnostics\n")
    known = {"generator.render", "generator.render.urls", "generator.codes", "generator.diagnostics"}
    assert imported(tree, "generator.x", False, known) == {
        "generator.render.urls", "generator.codes", "generator.diagnostics"}


def test_cycle_detection_finds_a_two_module_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"a", "c"}, "c": set()}) == [["a", "b"]]


def test_generator_has_no_import_cycle() -> None:
    graph = import_graph()
    assert len(graph) > 100, "every module of generator/ is read"
    assert cycles(graph) == []

"""Graph, node and edge defaults shared by every diagram, taken from the style file."""

from __future__ import annotations

from generator.render.diagrams.style import DiagramStyle


def graph_defaults(style: DiagramStyle, **extra: str) -> dict[str, str]:
    return {"fontname": style.font, "fontsize": _pt(style.font_size), "bgcolor": style.background,
            "pad": "0.15", "outputorder": "edgesfirst", **extra}


def node_defaults(style: DiagramStyle) -> dict[str, str]:
    return {"fontname": style.font, "fontsize": _pt(style.font_size), "fontcolor": style.text,
            "margin": "0.1,0.06", "penwidth": "1.2"}


def edge_defaults(style: DiagramStyle) -> dict[str, str]:
    return {"fontname": style.font, "fontsize": _pt(style.font_size - 1), "fontcolor": style.text,
            "color": style.edge, "arrowsize": "0.7"}


def _pt(value: float) -> str:
    return f"{value:g}"


def inches(value: float) -> str:
    return f"{value:.2f}"

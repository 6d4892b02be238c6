"""The floor: the same site built by MkDocs + Material alone, from plain Markdown and diagram files.

`polku build --out` writes the docs tree; the floor's mkdocs.yml is the corpus's own, without the
polku plugin, with the nav and extra CSS/JS the plugin would have set. What is left is MkDocs' cost.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import load_config
from mkdocs.utils.yaml import yaml_load

FLOOR_CONFIG = "mkdocs-floor.yml"


def _plugin_settings(config_file: Path) -> dict[str, Any]:
    """Run the polku plugin's on_config once to learn the nav, assets and `extra` it adds (the theme overrides read
    their words from `extra`, see publish/script_messages.py)."""
    config = load_config(str(config_file))
    config.plugins["polku"].on_config(config)
    return {"nav": config.nav, "extra_css": [str(getattr(c, "path", c)) for c in config.extra_css],
            "extra_javascript": [str(getattr(j, "path", j)) for j in config.extra_javascript],
            "extra": dict(config.extra)}


def _without_polku(plugins: list[Any]) -> list[Any]:
    return [p for p in plugins if p != "polku" and not (isinstance(p, dict) and "polku" in p)]


def write_floor_config(corpus: Path, tree: Path) -> Path:
    config_file = corpus / "mkdocs.yml"
    with config_file.open(encoding="utf-8") as stream:
        data: dict[str, Any] = yaml_load(stream)
    data.update(_plugin_settings(config_file))
    data["plugins"] = _without_polku(data.get("plugins", []))
    data["docs_dir"] = str(tree)
    data.pop("watch", None)
    target = corpus / FLOOR_CONFIG
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target

"""The site settings of mkdocs.yml, read without MkDocs, for engines that run no MkDocs plugin.

Zensical reads an mkdocs.yml but runs no third-party plugins, so `polku publish --engine zensical` writes
it a config of its own: the repository's settings, plus what the `polku` plugin would add at build time
(the generated navigation and the stylesheets and scripts of the generated pages).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.publish.nav import NavItem

# Theme overrides that only Material-on-MkDocs understands, left out of Zensical's copy. Empty since the
# Pagefind search box (partials/header.html, polku-haku.html) replaced the override of Material's search
# dialog, which had stacked Zensical's header into a column; tests/browser/test_engines.py checks the header.
MKDOCS_ONLY_OVERRIDES: frozenset[str] = frozenset()
# Settings copied as they are; anything else in mkdocs.yml (plugins, watch, validation, strict) is
# MkDocs-specific and left out.
_COPIED_KEYS = ("site_name", "site_description", "site_url", "repo_url", "repo_name", "copyright",
                "markdown_extensions", "extra", "extra_css", "extra_javascript")
# Theme settings left to Zensical's defaults: its templates render even a one-scheme palette as a hidden,
# focusable radio button (axe: aria-hidden-focus); its default colours are the same indigo.
_MKDOCS_ONLY_THEME_KEYS = frozenset({"custom_dir", "palette"})
# Features that need the `polku` plugin: the edit button points at the model YAML only through it.
_PLUGIN_ONLY_FEATURES = frozenset({"content.action.edit"})


@dataclass(frozen=True, slots=True)
class EngineInputs:
    """What the `polku` plugin adds to the MkDocs config at build time, made explicit for other engines."""

    nav: list[NavItem]
    extra_css: tuple[str, ...]
    # the plugin's scripts; the first (the scripts' texts, publish/script_messages.py) loads before mkdocs.yml's
    extra_javascript: tuple[str, ...]
    extra: dict[str, Any] = field(default_factory=dict)  # merged into `extra` (the theme overrides' texts)


class _EnvLoader(yaml.SafeLoader):
    """mkdocs.yml uses `!ENV [NAME, default]`; resolve it the way MkDocs does."""


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(loader.construct_scalar(node))
    names = loader.construct_sequence(node)  # type: ignore[arg-type]  # a SequenceNode here
    *variables, default = names
    return next((os.environ[v] for v in variables if v in os.environ), default)


_EnvLoader.add_constructor("!ENV", _env_tag)


def read_mkdocs_config(path: Path) -> dict[str, Any]:
    loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=_EnvLoader)  # a SafeLoader subclass
    return loaded if isinstance(loaded, dict) else {}


def zensical_config(mkdocs: dict[str, Any], inputs: EngineInputs, *, docs_dir: str, site_dir: str,
                    custom_dir: str) -> dict[str, Any]:
    """The config Zensical gets: the shared settings, the generated nav, no plugins."""
    config = {key: mkdocs[key] for key in _COPIED_KEYS if key in mkdocs}
    theme = {k: v for k, v in dict(mkdocs.get("theme") or {}).items() if k not in _MKDOCS_ONLY_THEME_KEYS}
    theme["features"] = [f for f in theme.get("features", []) if f not in _PLUGIN_ONLY_FEATURES]
    theme["custom_dir"] = custom_dir
    config.update(
        docs_dir=docs_dir, site_dir=site_dir, theme=theme, nav=inputs.nav,
        extra_css=[*config.get("extra_css", []), *inputs.extra_css],
        extra_javascript=[*inputs.extra_javascript[:1], *config.get("extra_javascript", []),
                          *inputs.extra_javascript[1:]],
        extra={**dict(config.get("extra") or {}), **inputs.extra},
    )
    return config


def write_yaml(config: dict[str, Any], target: Path) -> None:
    target.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")


def copy_overrides(source: Path, target: Path, *, leave_out: frozenset[str]) -> None:
    """The theme overrides for one engine: every file except those only the other engine understands."""
    for file in sorted(source.rglob("*")):
        relative = file.relative_to(source).as_posix()
        if file.is_file() and relative not in leave_out:
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(file, target / relative)

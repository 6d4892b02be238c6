"""The Jinja environment for scaffolds: YAML output, so values are quoted, never concatenated."""

from __future__ import annotations

import json

from jinja2 import Environment, PackageLoader, StrictUndefined

from generator.messages import message
from generator.model.text import LocalizedText
from generator.render.text import t


def yaml_string(value: LocalizedText | str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML), so ':' or '#' in a name is safe."""
    return json.dumps(" ".join(t(value).split()), ensure_ascii=False)


def comment_text(value: LocalizedText | str) -> str:
    """Text that stays on one comment line."""
    return " ".join(t(value).split())


def create_environment() -> Environment:
    env = Environment(loader=PackageLoader("generator.scaffold", "templates"), autoescape=False,
                      undefined=StrictUndefined, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(q=yaml_string, comment=comment_text)
    env.globals["msg"] = message
    return env

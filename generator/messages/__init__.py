"""Interface text by message id: one catalogue folder per language, Finnish complete.

Every string a site visitor or maintainer reads that is not model content lives in
`generator/messages/<language>/<area>.yaml`; a key `<area>.<name>` is the name `<name>` in the file `<area>.yaml`
(one file per area of the code, so two people adding text in different areas never edit the same file).
Templates call the Jinja global `msg(<id>, name=value)` (or `msgn(<id>, count, …)` for a count); Python calls
`message(<id>, …)` / `plural(<id>, count, …)`. Values are `str.format` templates: `{name}` is filled in,
`{{` and `}}` are literal braces. An unknown id raises KeyError, so a misspelt id fails the build instead of
printing nothing.

A count has two ids, `<id>.one` and `<id>.other` (Finnish and Swedish both need only these two forms).

To add Swedish: copy `fi/` to `sv/` and translate the values (a test checks that every language has exactly the
Finnish ids and the same `{placeholders}`). A process speaks the language named by the environment variable
`POLKU_LANGUAGE` (default `fi`): `POLKU_LANGUAGE=sv mkdocs build` with `theme.language: sv` in mkdocs.yml builds a
Swedish interface, and `polku validate` answers in Swedish. No code changes. (One language per process: some
texts are read once at import, e.g. the JSON Schemas' descriptions and the search's page-kind labels.)
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from pathlib import Path

import yaml

DEFAULT_LANGUAGE = os.environ.get("POLKU_LANGUAGE", "").strip() or "fi"
CATALOGUE_DIR = Path(__file__).parent


# libyaml's parser when PyYAML was built with it: every process reads the whole catalogue at its first message.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """Safe YAML without aliases' surprises: a key written twice in one file is an error, not a silent overwrite."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ValueError(f"{node.start_mark.name}:{key_node.start_mark.line + 1}: avain {key!r} kahdesti")
            seen.add(key)
        mapping: dict[object, object] = super().construct_mapping(node, deep=deep)
        return mapping


def languages() -> tuple[str, ...]:
    return tuple(sorted(p.name for p in CATALOGUE_DIR.iterdir() if p.is_dir() and any(p.glob("*.yaml"))))


def _flatten(prefix: str, value: object, out: dict[str, str], origin: Path) -> None:
    if isinstance(value, str):
        out[prefix] = value
    elif isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}", inner, out, origin)
    else:
        raise ValueError(f"{origin}: {prefix}: arvon pitää olla teksti, nyt {type(value).__name__}")


@functools.cache
def catalogue(language: str = DEFAULT_LANGUAGE) -> Mapping[str, str]:
    """Every id of one language, read once per process; nested YAML mappings join their keys with dots."""
    messages: dict[str, str] = {}
    for path in sorted((CATALOGUE_DIR / language).glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
        _flatten(path.stem, data or {}, messages, path)
    if not messages:
        raise KeyError(f"kieliluetteloa {language!r} ei ole")
    return messages


def message(key: str, language: str = DEFAULT_LANGUAGE, **params: object) -> str:
    text = catalogue(language)[key]
    return text.format(**params)


def plural(key: str, count: int, language: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """`<key>.one` for exactly one, `<key>.other` otherwise; `{count}` is available in both."""
    form = "one" if count == 1 else "other"
    return message(f"{key}.{form}", language, count=count, **params)

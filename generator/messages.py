"""Interface text by message id: one catalogue per language, Finnish complete for the keys in use.

Templates call the Jinja global `msg(<id>, name=value)`; Python calls `message(<id>, ...)`. An unknown key
raises KeyError, so a misspelt id fails the build instead of printing nothing.

Only the mechanism exists so far: most interface text still sits in the templates and modules themselves
(see the README's developer guide). To add Swedish: write `SV` with every key of `FI` (a test compares the
key sets), add it to `CATALOGUES`, and pass `language="sv"` where the environment is created
(`generator.render.environment.create_environment`).
"""

from __future__ import annotations

from collections.abc import Mapping

DEFAULT_LANGUAGE = "fi"

FI: Mapping[str, str] = {
    "latest_changes.heading": "Viimeisimmät muutokset",
    "latest_changes.none": "Ei kirjattuja muutoksia.",
}

CATALOGUES: Mapping[str, Mapping[str, str]] = {"fi": FI}


def message(key: str, language: str = DEFAULT_LANGUAGE, **params: object) -> str:
    text = CATALOGUES[language][key]
    return text.format(**params) if params else text

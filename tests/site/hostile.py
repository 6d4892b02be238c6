"""Hostile text for a process model: what a pull request could put into every text field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

MODEL = "process_models/keski-uusimaa/fokus-opinnoista-tyoelamaan.yaml"
PROCESS_ID = "keski-uusimaa-fokus"

# Refused by `polku validate`: scripts, event handlers, javascript: links, raw HTML, Markdown extension syntax.
REFUSED_INLINE = ('<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1"> '
                  '[klikkaa](javascript:window.__pwned=1) tekstiä { onclick="window.__pwned=1" } '
                  '&lt;img src&#61;x onerror&#61;window.__pwned=1&gt; [ohje](https://example.invalid "otsikko") '
                  '![kuva](https://example.invalid/kuva.png)')
REFUSED_BLOCK = REFUSED_INLINE + "\n*[PTA]: kaapattu lyhenne\n<div>raakaa HTML:ää</div>"

# Passes validation, so the templates must render it inert: Jinja, HTML attribute and Markdown break-outs.
# Entities ("&lt;") and images are refused since issue 11 (H005, H007); a bare "&" and "<" followed by a space stay.
INERT_INLINE = ('{{ 7*7 }} {% raw %} " data-pwned="1 ]]> | putki | A & B < 5 > 3 </ title'
                ' \\ `koodi` *tähti*')
INERT_BLOCK = INERT_INLINE + ("\n# kaapattu otsikko\n| a | b |\n|---|---|\n| 1 | 2 |\n"
                              '!!! danger "kaapattu huomautus"\n'
                              "Setext-otsikko\n===\n")
# What `block()` must defuse even if the validator missed it (the templates' second line of defence).
IMAGE_BLOCK = (INERT_BLOCK + "\n![kuva](https://example.invalid/kuva.png)\n"
               "[ohje](https://example.invalid \"&lt;b&gt;\")\n")

Texts = Callable[[bool], str]  # multi-line field? → payload


def _set_text_fields(model: dict[str, Any], payload: Texts) -> None:
    """Every free-text field of the process model gets the payload (one-line fields the one-line variant)."""
    model["title"], model["summary"], model["target_group"] = payload(False), payload(True), payload(True)
    for step in model["steps"]:
        step["title"], step["description"], step["duration"] = payload(False), payload(True), payload(False)
        for link in step.get("next", []):
            link["condition"] = payload(False)
    for answer in model.get("answers", []):
        answer["answer"] = payload(True)
    model["development_needs"] = [payload(True)]
    model["evaluation_points"] = [payload(True)]


def write_hostile_model(repo: Path, *, refused: bool) -> Path:
    """Rewrite the model in `repo` (a copy!) with refused or inert payloads; returns the model path."""
    path = repo / MODEL
    model = yaml.safe_load(path.read_text(encoding="utf-8"))
    inline, block = (REFUSED_INLINE, REFUSED_BLOCK) if refused else (INERT_INLINE, INERT_BLOCK)
    _set_text_fields(model, lambda multiline: block if multiline else inline)
    path.write_text(yaml.safe_dump(model, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    return path

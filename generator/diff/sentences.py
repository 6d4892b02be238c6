"""The Finnish sentence for each kind of change, as a reviewer reads it in a pull-request comment.

The sentences are in the message catalogue, one per change kind (`diff.sentences.<kind>`). `*…*` marks the
emphasised name; the plain-text rendering (JSON) drops the marks. Placeholders are
filled with already escaped values in Markdown, raw values in JSON.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.diff.changes import Change
from generator.messages import catalogue


def sentence(item: Change, escape: Callable[[str], str] | None = None) -> str:
    """The Finnish sentence, with escaped values and emphasis (Markdown) or plain (escape=None)."""
    template = catalogue()[f"diff.sentences.{item.kind}"]
    if escape is None:
        return template.replace("*", "").format(**item.values)
    return template.format(**{key: escape(value) for key, value in item.values.items()})

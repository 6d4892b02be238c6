"""The "Tarkoititko …?" hint shared by every diagnostic about an unknown key or id."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from generator.messages import message


def did_you_mean(value: str, known: Iterable[str]) -> str:
    """' Tarkoititko 'x'?' for the closest known value, or '' when nothing is close."""
    close = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
    return message("validate.did_you_mean", value=close[0]) if close else ""

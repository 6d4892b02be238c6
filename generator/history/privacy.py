"""Commit subjects are published (home page, process history, search), but git history is written by
anyone with a pull request and cannot be fixed afterwards: a subject with personal data is replaced
before it reaches a page, and the build says so."""

from __future__ import annotations

import logging

from generator.messages import message
from generator.validate.text_safety import personal_data_codes

log = logging.getLogger(__name__)

REDACTED = message("history.redacted")


def publishable_subject(subject: str, short_sha: str) -> str:
    codes = personal_data_codes(subject)
    if not codes:
        return subject
    log.warning(message("history.redacted_log", commit=short_sha, codes=", ".join(codes)))
    return REDACTED

"""Commit subjects are published (home page, process history, search), but git history is written by
anyone with a pull request and cannot be fixed afterwards: a subject with personal data is replaced
before it reaches a page, and the build says so."""

from __future__ import annotations

import logging

from generator.validate.text_safety import personal_data_codes

log = logging.getLogger(__name__)

REDACTED = "Muutoksen kuvaus on jätetty pois, koska siinä oli henkilötietoja."


def publishable_subject(subject: str, short_sha: str) -> str:
    codes = personal_data_codes(subject)
    if not codes:
        return subject
    log.warning("Muutoksen %s kuvauksessa on henkilötietoja (%s); sitä ei julkaista.", short_sha, ", ".join(codes))
    return REDACTED

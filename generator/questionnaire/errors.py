"""Why a questionnaire could not be made, in Finnish, for the command line to print."""

from __future__ import annotations


class QuestionnaireError(Exception):
    """Unknown service or region, or nothing to ask; the message is for the user."""

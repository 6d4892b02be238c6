"""Why a scaffold was refused, in Finnish, for the command line to print."""

from __future__ import annotations


class ScaffoldError(Exception):
    """The scaffold cannot be written (unknown region, file exists …); the message is for the user."""

"""Diagnostics are values: every problem found in the models, with its position and a fix.

The validator never raises on bad input; it returns a sorted list of `Diagnostic`.
Only the MkDocs plugin turns errors into a build failure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.codes import CODES, Code, Severity

__all__ = ["Diagnostic", "Severity", "has_errors", "make", "sort_diagnostics"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic:
    """One problem in one file, 1-based line and column."""

    code: str
    file: str
    line: int
    column: int
    message: str
    hint: str = ""

    @property
    def spec(self) -> Code:
        return CODES[self.code]

    @property
    def severity(self) -> Severity:
        return self.spec.severity

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)


def make(spec: Code, file: str | Path, line: int, column: int, **params: object) -> Diagnostic:
    """Build a diagnostic for a registered code (a constant in generator.codes), filling in its message and hint
    from the catalogue."""
    return Diagnostic(
        code=spec.id,
        file=str(file),
        line=max(1, line),
        column=max(1, column),
        message=spec.message.format(**params),
        hint=spec.hint.format(**params),
    )


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return sorted(set(diagnostics), key=Diagnostic.sort_key)


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.is_error for d in diagnostics)

"""Diagnostics as text for people, as GitHub Actions annotations, or as JSON for tools."""

from __future__ import annotations

import json
from collections.abc import Sequence

from generator.diagnostics import Diagnostic

EXIT_OK, EXIT_ERRORS, EXIT_WARNINGS = 0, 1, 2


def format_diagnostics(diagnostics: Sequence[Diagnostic], fmt: str, *, files: int) -> str:
    if fmt == "json":
        return json.dumps([_as_dict(d) for d in diagnostics], ensure_ascii=False, indent=2) + "\n"
    if fmt == "github":
        return "".join(_github(d) + "\n" for d in diagnostics)
    return _text(diagnostics, files)


def _as_dict(d: Diagnostic) -> dict[str, object]:
    return {"file": d.file, "line": d.line, "column": d.column, "severity": d.severity.value,
            "code": d.code, "message": d.message, "hint": d.hint}


def _text(diagnostics: Sequence[Diagnostic], files: int) -> str:
    lines = []
    for d in diagnostics:
        lines.append(f"{d.file}:{d.line}:{d.column}: [{d.severity.value}] {d.message} ({d.code})")
        if d.hint:
            lines.append(f"    Korjaus: {d.hint}")
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = len(diagnostics) - errors
    lines.append(_summary(errors, warnings, files))
    return "\n".join(lines) + "\n"


def _summary(errors: int, warnings: int, files: int) -> str:
    if not errors and not warnings:
        return f"Kaikki kunnossa: {files} tiedostoa tarkistettu."
    e = "virhe" if errors == 1 else "virhettä"
    w = "varoitus" if warnings == 1 else "varoitusta"
    return f"{errors} {e}, {warnings} {w} ({files} tiedostoa tarkistettu)."


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _github(d: Diagnostic) -> str:
    level = "error" if d.is_error else "warning"
    props = f"file={_escape_property(d.file)},line={d.line},col={d.column},title={_escape_property(d.code)}"
    return f"::{level} {props}::{_escape_data(d.message + ' Korjaus: ' + d.hint)}"

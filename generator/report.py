"""Diagnostics as text for people, as GitHub Actions annotations, or as JSON for tools."""

from __future__ import annotations

import json
from collections.abc import Sequence

from generator.diagnostics import Diagnostic
from generator.messages import message, plural

EXIT_OK, EXIT_ERRORS, EXIT_WARNINGS = 0, 1, 2


def format_diagnostics(diagnostics: Sequence[Diagnostic], fmt: str, *, files: int) -> str:
    if fmt == "json":
        return json.dumps([_as_dict(d) for d in diagnostics], ensure_ascii=False, indent=2) + "\n"
    if fmt == "github":
        return "".join(_github(d) + "\n" for d in diagnostics)
    return _text(diagnostics, files)


def _as_dict(d: Diagnostic) -> dict[str, object]:
    return {"file": d.file, "line": d.line, "column": d.column, "severity": d.severity.label,
            "code": d.code, "message": d.message, "hint": d.hint}


def _text(diagnostics: Sequence[Diagnostic], files: int) -> str:
    lines = []
    for d in diagnostics:
        lines.append(message("report.line", file=d.file, line=d.line, column=d.column, severity=d.severity.label,
                             text=d.message, code=d.code))
        if d.hint:
            lines.append(message("report.hint", hint=d.hint))
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = len(diagnostics) - errors
    lines.append(_summary(errors, warnings, files))
    return "\n".join(lines) + "\n"


def _summary(errors: int, warnings: int, files: int) -> str:
    if not errors and not warnings:
        return message("report.all_ok", files=files)
    return message("report.summary", errors=plural("report.errors", errors),
                   warnings=plural("report.warnings", warnings), files=files)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _github(d: Diagnostic) -> str:
    level = "error" if d.is_error else "warning"
    props = f"file={_escape_property(d.file)},line={d.line},col={d.column},title={_escape_property(d.code)}"
    text = message("report.annotation", text=d.message, hint=d.hint)
    return f"::{level} {props}::{_escape_data(text)}"

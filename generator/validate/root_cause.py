"""Root cause first: diagnostics that only follow from another one are left out.

A catalogue that cannot be read defines nothing, so every role, service or region used anywhere would
be "unknown": dozens of lines that all go away when the one syntax error is fixed. While a catalogue
file has a YAML or file error, unresolved-reference diagnostics in other files are not reported; the
catalogue's own error is, so the run still fails. (Within a process, flow.py already skips the
reachability checks when a `next:` target is unknown.)"""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.load.files import FileKind, kind_of

# references that resolve against the catalogues
CATALOGUE_REFERENCES = {"R002", "R004", "R006", "R007", "R008", "R009", "R010", "R012", "R013", "R014", "K001"}


def root_causes_only(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    unreadable = {d.file for d in diagnostics if d.code[0] in "FY" and kind_of(Path(d.file)) is FileKind.CATALOG
                  and d.is_error}
    if not unreadable:
        return diagnostics
    return [d for d in diagnostics if d.code not in CATALOGUE_REFERENCES or d.file in unreadable]

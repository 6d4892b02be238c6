"""What every validation rule reads: the parsed files, the typed models and the id index.

A rule is a module with `CODES` (the diagnostic codes it raises) and `check(context)`; the
`Rule` protocol states that shape, and `generator.validate.rules.RULES` lists the rule modules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from generator.codes import Code
from generator.diagnostics import Diagnostic
from generator.load.files import LoadedFile
from generator.model.catalog import LegalBasis
from generator.model.form import Form
from generator.model.modelset import ModelSet
from generator.validate.index import IdIndex
from generator.validate.memory import FileResults

if TYPE_CHECKING:
    from generator.validate.findings_cache import FindingsCache


@dataclass(frozen=True, slots=True)
class RuleContext:
    loaded: Sequence[LoadedFile]
    models: ModelSet
    index: IdIndex
    # a rule whose findings in a file depend on that file alone computes them through `each_file`: under
    # `polku serve` an unchanged file's findings are then reused (validate/memory.py)
    file_results: FileResults = field(default_factory=FileResults)
    # the same findings kept on disk between runs, for `polku validate` and the build (validate/findings_cache.py)
    stored: FindingsCache | None = None

    def each_file(self, name: str, check: Callable[[LoadedFile], list[Diagnostic]]) -> list[Diagnostic]:
        """`check` over every file, findings in file order; `name` stands for `check`, always the same one."""
        compute = check if self.stored is None else self.stored.each_file(name, check)
        return [found for findings in self.file_results.each(name, self.loaded, compute) for found in findings]

    def legal_bases(self) -> dict[str, LegalBasis]:
        return {b.id: b for c in self.models.catalogs for b in c.model.legal_bases}

    def forms(self) -> dict[str, Form]:
        return {f.model.id: f.model for f in self.models.forms}


class Rule(Protocol):
    """A rule module: the codes it may raise, and one check over the whole model set."""

    @property
    def CODES(self) -> tuple[Code, ...]: ...  # a module constant

    def check(self, context: RuleContext) -> list[Diagnostic]: ...

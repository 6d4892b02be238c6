"""The project on disk: where models live, and the one entry point that loads and validates them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Diagnostic, sort_diagnostics
from generator.load.files import discover
from generator.validate import ValidationResult, display_path, validate_paths
from generator.validate.memory import ValidationMemory
from generator.validate.published import check_published_text

MODELS_DIR = "process_models"


@dataclass(frozen=True, slots=True)
class Project:
    root: Path

    @classmethod
    def at(cls, root: Path) -> Project:
        return cls(root.resolve())

    @property
    def models_dir(self) -> Path:
        return self.root / MODELS_DIR

    @property
    def cache_dir(self) -> Path:
        """Build caches (diagrams, parsed models): never committed, safe to delete."""
        return self.root / ".cache" / "polku"

    def model_files(self) -> list[Path]:
        return discover([self.models_dir])

    def file_count(self) -> int:
        return len(self.model_files())

    def validate(self, memory: ValidationMemory | None = None) -> ValidationResult:
        """Load and check every model; references always resolve against the whole repository. The
        personal-data guard also reads the hand-written pages and templates the site publishes. `memory`: what
        an earlier validation in this process made from the files that did not change (validate/memory.py)."""
        result = validate_paths([self.models_dir], self.root, cache_dir=self.cache_dir / "parsed", memory=memory,
                                findings_store=self.cache_dir / "findings" / "findings.pickle")
        result.diagnostics = sort_diagnostics([*result.diagnostics, *check_published_text(self.root)])
        return result

    def may_write_output_to(self, out: Path) -> bool:
        """A build output folder is emptied first: never the project itself or a folder of its sources."""
        out = out.resolve()
        sources = (self.models_dir, self.root / "content")
        return out != self.root and not self.root.is_relative_to(out) and not any(
            out.is_relative_to(folder) for folder in sources)

    def only_in(self, diagnostics: Iterable[Diagnostic], paths: Sequence[Path]) -> list[Diagnostic]:
        """Keep the diagnostics of the given files/folders (all when none are given)."""
        if not paths:
            return list(diagnostics)
        wanted = [display_path(p, self.root) for p in paths]
        return [d for d in diagnostics if any(d.file == w or d.file.startswith(w.rstrip("/") + "/") for w in wanted)]

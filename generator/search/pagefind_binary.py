"""Where the Pagefind binary is: the npm package `pagefind` (package.json), installed by scripts/setup.sh.

Pagefind ships its binary in a per-platform npm package (`@pagefind/linux-x64`, …). We call that binary directly,
as Pagefind's own Node wrapper does (pagefind/lib/resolveBinary.js), so a build needs no Node process. Why npm and
not the `pagefind[bin]` wheel: PyPI's newest is 1.5.2, whose index chunks are sized without a word's diacritic
variants, so at national scale one Finnish word ("työtoimintapaikka") made a second query download 180 kB of
index; 1.6.0 sizes them right (Pagefind change #1316).
"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

# the checkout's root: generator/search/pagefind_binary.py → ../../
PROJECT_ROOT = Path(__file__).resolve().parents[2]
# the checkout whose .venv runs Polku (scripts/setup.sh makes .venv beside node_modules): a copy of the
# repository with its own generator folder but no node_modules (a test's scratch copy) still finds Pagefind
ENVIRONMENT_ROOT = Path(sys.prefix).resolve().parent
ENVIRONMENT_OVERRIDE = "PAGEFIND_BINARY_PATH"  # the variable Pagefind's own wrapper honours
EXECUTABLES = ("pagefind_extended", "pagefind")  # the extended build is what 1.6.0 ships for Linux x64
_ARCHITECTURES = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}


def platform_package() -> str:
    """The npm package holding this machine's binary, e.g. '@pagefind/linux-x64'."""
    system = "windows" if sys.platform == "win32" else sys.platform
    machine = platform.machine().lower()
    return f"@pagefind/{system}-{_ARCHITECTURES.get(machine, machine)}"


def find_pagefind(roots: tuple[Path, ...] = (PROJECT_ROOT, ENVIRONMENT_ROOT)) -> Path | None:
    """The binary to run, or None when `npm ci` has not installed it (the caller says what to do)."""
    override = os.environ.get(ENVIRONMENT_OVERRIDE)
    if override:
        return Path(override)
    suffix = ".exe" if sys.platform == "win32" else ""
    candidates = (root / "node_modules" / platform_package() / "bin" / f"{name}{suffix}"
                  for root in roots for name in EXECUTABLES)
    return next((path for path in candidates if path.is_file()), None)

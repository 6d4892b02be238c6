"""The publishing engines by name: a leaf module, so the command line can offer them without importing the
publishing code."""

from __future__ import annotations

import enum


class Engine(enum.Enum):
    MKDOCS = "mkdocs"
    ZENSICAL = "zensical"

"""The file formats a comparison can be written in: a leaf module, so the command line can offer them without
importing the writers (openpyxl)."""

from __future__ import annotations

from typing import Literal

ExportFormat = Literal["md", "csv", "xlsx"]
FORMATS: tuple[ExportFormat, ...] = ("md", "csv", "xlsx")

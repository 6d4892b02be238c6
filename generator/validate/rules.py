"""Every validation rule, in one list. A new rule is a module with `CODES` and `check(context)`
(see generator.validate.context), added here; its codes go into generator/codes.py."""

from __future__ import annotations

from generator.validate import flow, forms, legal, limits, placement, references, text_safety
from generator.validate.context import Rule

RULES: list[Rule] = [text_safety, limits, references, placement, forms, flow, legal]

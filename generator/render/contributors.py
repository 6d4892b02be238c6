"""Stages that run before pages: each adds assets and template extras to the SiteContent.

Order matters only where a stage reads another's extras.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.history.stage import contribute_history
from generator.render.diagrams.stage import contribute_diagrams
from generator.render.forms.stage import contribute_forms

if TYPE_CHECKING:
    from generator.render.site import Contributor

CONTRIBUTORS: list[Contributor] = [
    contribute_forms,
    contribute_history,
    contribute_diagrams,
]

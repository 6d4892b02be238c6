"""The shared look of every diagram, read from `diagrams/style.json` (defined once, part of the cache key)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

STYLE_FILE = Path("diagrams") / "style.json"
# The project's own copy: used when a repository (e.g. a test fixture) has no style file of its own.
BUNDLED_STYLE = Path(__file__).resolve().parents[3] / STYLE_FILE
UNASSIGNED = "unassigned"  # the kind of the lane for steps without a responsible role (not a role kind)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class KindColours(_Frozen):
    """A lane kind's colours; its name is in the message catalogue (common.role_kind.<kind>)."""

    fill: str
    lane: str
    border: str


class BoxColours(_Frozen):
    fill: str
    border: str
    current_fill: str = ""
    current_text: str = ""


class DiagramStyle(_Frozen):
    font: str
    font_size: float
    header_font_size: float
    text: str
    muted_text: str
    edge: str
    background: str
    step_wrap: int = Field(ge=8)
    decision_wrap: int = Field(ge=8)
    lane_header_wrap: int = Field(ge=8)
    lane_header_width: float
    phase_bands: tuple[str, str]
    kinds: dict[str, KindColours]
    service: BoxColours
    labour_market: BoxColours
    process: BoxColours
    exit: BoxColours

    def kind(self, kind: str) -> KindColours:
        return self.kinds.get(kind, self.kinds["muu"])


def style_path(repo_root: str | Path) -> Path:
    own = Path(repo_root) / STYLE_FILE
    return own if own.is_file() else BUNDLED_STYLE


def load_style(repo_root: str | Path) -> tuple[DiagramStyle, bytes]:
    """The style and the file's bytes (the bytes go into every cache key)."""
    raw = style_path(repo_root).read_bytes()
    return DiagramStyle.model_validate_json(raw), raw

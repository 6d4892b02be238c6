"""Regional comparison: one service side by side across regions (site pages and `polku compare`)."""

from generator.compare.build import build_comparison
from generator.compare.model import Comparison
from generator.compare.select import default_regions, request_problems

__all__ = ["Comparison", "build_comparison", "default_regions", "request_problems"]

"""The diagram stage: every diagram rendered (cached, in parallel), inlined in its page and saved under kaaviot/.

Runs before the pages. Its output (`SiteDiagrams`) reaches the page templates as `diagrams`; tests and
the benchmark read its `stats` (which diagrams were drawn, which came from the cache).
"""

from __future__ import annotations

import functools
import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.identity_memo import repr_digest
from generator.render import urls
from generator.render.artifact_cache import ArtifactCache
from generator.render.content import Asset, RenderOptions, StageRun
from generator.render.diagrams.bpmn import bpmn_xml
from generator.render.diagrams.dot_runner import DotJob, DotRunner, RenderResult, RenderStats
from generator.render.diagrams.geometry import SwimlaneGeometry
from generator.render.diagrams.links import ASSET_DIR, rebase
from generator.render.diagrams.paths import PathGroup, ServicePath, grouped_paths
from generator.render.diagrams.print_parts import print_parts
from generator.render.diagrams.specs import DiagramSpec, each_spec
from generator.render.diagrams.style import load_style
from generator.render.diagrams.svg_accessibility import accessible_svg, file_and_inline_svg
from generator.render.diagrams.swimlane import DrawnSwimlane, draw_swimlane
from generator.resolve import KnowledgeGraph

STYLESHEET = "assets/polku/kaaviot.css"  # listed in mkdocs.yml extra_css
SCRIPT = "assets/polku/kaaviot.js"  # listed in mkdocs.yml extra_javascript: the diagram viewer
DEFAULT_CACHE = Path(".cache") / "polku"
DOT_PROGRAM = "dot"  # looked up on PATH; tests point it at a missing program
# Characters of SVG a map may bring into its page's HTML. A national service's map (hundreds of paths) is
# ~870 kB and would make its page the heaviest of the site; the real services' maps are a few kB.
INLINE_LIMIT = 100_000


@dataclass(frozen=True, slots=True)
class InlineDiagram:
    name: str
    svg: str  # post-processed, ready to sit inside the page's HTML
    asset: str  # docs path of the file copy, e.g. "kaaviot/prosessi-x.svg"
    title: str
    paths: tuple[ServicePath, ...] = ()
    bpmn: str = ""  # docs path of the BPMN 2.0 file (processes only)
    print_parts: tuple[str, ...] = ()  # A4 landscape slices of a wide swimlane, shown only in print

    @property
    def inline(self) -> bool:
        """Whether the page carries the SVG itself; a larger map is shown as an image of its file."""
        return len(self.svg) <= INLINE_LIMIT

    @property
    def path_groups(self) -> list[PathGroup]:
        return grouped_paths(self.paths)

    def asset_link(self, page_path: str) -> str:
        return urls.relative(page_path, self.asset)

    def bpmn_link(self, page_path: str) -> str:
        return urls.relative(page_path, self.bpmn)


@dataclass(frozen=True, slots=True)
class SiteDiagrams:
    processes: dict[str, InlineDiagram] = field(default_factory=dict)
    services: dict[str, InlineDiagram] = field(default_factory=dict)
    regions: dict[str, InlineDiagram] = field(default_factory=dict)
    stats: RenderStats = field(default_factory=RenderStats)


def runner_for(options: RenderOptions, style_bytes: bytes) -> DotRunner:
    return DotRunner(cache_dir=options.cache_path, style_bytes=style_bytes, workers=options.workers, dot=DOT_PROGRAM)


def file_svg(spec: DiagramSpec, raw: bytes) -> bytes:
    """The SVG as its own file: natural size, links rewritten to work from kaaviot/."""
    return accessible_svg(raw, spec.text, inline=False, rewrite=_file_links(spec))


def _file_links(spec: DiagramSpec) -> Callable[[str], str] | None:
    """How a link of the page's diagram reads from the file under kaaviot/ (None: a diagram of no page)."""
    page = spec.page
    return (lambda link: rebase(link, page)) if page else None


@dataclass(frozen=True, slots=True)
class Drawn:
    """A diagram's spec and its Graphviz output – for a swimlane, the SVG drawn from its geometry."""

    spec: DiagramSpec
    raw: bytes
    geometry: SwimlaneGeometry | None = None


def _job(spec: DiagramSpec, fmt: str = "svg") -> DotJob:
    """A swimlane's job asks for `dot`'s placement (JSON); a map's for the picture in `fmt`."""
    return spec.job if spec.swimlane else replace(spec.job, fmt=fmt)


def _drawn(graph: KnowledgeGraph, options: RenderOptions, result: RenderResult,
           fmt: str = "svg") -> tuple[Iterator[tuple[DiagramSpec, bytes | None]], bytes]:
    """Every diagram's spec with Graphviz's output, streamed (DotRunner.stream: each is handed to `dot` as soon
    as it is made, and the caller's work on one overlaps the `dot` runs of the others), and the style file."""
    style, style_bytes = load_style(options.repo_root)
    specs = each_spec(graph, style, options.repo_root)
    return runner_for(options, style_bytes).stream(specs, functools.partial(_job, fmt=fmt), result), style_bytes


def render_specs(graph: KnowledgeGraph, options: RenderOptions, fmt: str = "svg") -> tuple[
        list[Drawn], RenderResult]:
    result = RenderResult()
    drawn = []
    timings: list[tuple[str, float]] = []
    for spec, raw in _drawn(graph, options, result, fmt)[0]:
        if raw is None:
            continue
        if spec.swimlane is not None:
            swimlane = _timed_swimlane(spec, raw, result, timings)
            drawn.append(Drawn(spec, swimlane.svg, swimlane.geometry))
        else:
            drawn.append(Drawn(spec, raw))
    result.stats = replace(result.stats, swimlane_ms=tuple(timings))
    return drawn, result


# A finished swimlane (its SVG file, inline SVG, BPMN and print parts) depends on its process, the catalogue
# names it shows (roles, services), the style, Graphviz's placement and this package's code: all of them key
# the cache of finished diagrams, so a warm build does no geometry, routing or SVG work for an unchanged process.
FINISHED = "kaaviot-valmiit"


def contribute_diagrams(graph: KnowledgeGraph, options: RenderOptions) -> StageRun[SiteDiagrams]:
    result = RenderResult()
    # each swimlane is finished (geometry, SVG, BPMN, print parts) while `dot` places the next ones
    drawn, style_bytes = _drawn(graph, options, result)
    finished = ArtifactCache.of(options.cache_path, FINISHED, (Path(__file__).parent,))
    catalog = _catalog_digest(graph, style_bytes)
    found = SiteDiagrams()
    assets: list[Asset] = []
    shelves = {"process": found.processes, "service": found.services, "region": found.regions}
    timings: list[tuple[str, float]] = []
    for spec, raw in drawn:
        if raw is None:
            continue
        if spec.swimlane is not None:
            made = finished.files(_swimlane_key(spec, raw, catalog),
                                  functools.partial(_finish_swimlane, graph, spec, raw, result, timings))
        else:
            made = _finish_map(spec, raw)
        asset = f"{ASSET_DIR}/{spec.job.name}.svg"
        assets.append(Asset(asset, made["file"]))
        bpmn = f"{ASSET_DIR}/{spec.job.name}.bpmn" if "bpmn" in made else ""
        if bpmn:
            assets.append(Asset(bpmn, made["bpmn"]))
        parts = tuple(made[f"part-{i}"].decode("utf-8") for i in range(sum(k.startswith("part-") for k in made)))
        if spec.kind in shelves:
            shelves[spec.kind][spec.subject] = InlineDiagram(spec.job.name, made["inline"].decode("utf-8"), asset,
                                                             spec.text.title, spec.paths, bpmn, parts)
    found = replace(found, stats=replace(result.stats, swimlane_ms=tuple(timings)))
    assets.append(Asset(STYLESHEET, (Path(__file__).parent / "kaaviot.css").read_bytes()))
    assets.append(Asset(SCRIPT, (Path(__file__).parent / "kaaviot.js").read_bytes()))
    return StageRun(found, tuple(assets), tuple(result.diagnostics))


def _catalog_digest(graph: KnowledgeGraph, style_bytes: bytes) -> str:
    """Everything besides its own process that a swimlane may show: the catalogues and the style."""
    shown = (graph.roles, graph.services, graph.regions, graph.legal_bases, graph.forms, graph.organisations)
    return hashlib.sha256(repr(shown).encode("utf-8") + style_bytes).hexdigest()


def _swimlane_key(spec: DiagramSpec, raw: bytes, catalog: str) -> str:
    assert spec.swimlane is not None
    # the process by the digest of its repr, taken once per model object (generator/identity_memo.py)
    own = (repr_digest(spec.swimlane.process), spec.job, spec.text, spec.paths, spec.service_href, spec.page, spec.kind)
    return f"{catalog}\0{hashlib.sha256(raw).hexdigest()}\0{own!r}"


def _finish_swimlane(graph: KnowledgeGraph, spec: DiagramSpec, raw: bytes, result: RenderResult,
                     timings: list[tuple[str, float]]) -> dict[str, bytes]:
    assert spec.swimlane is not None
    swimlane = _timed_swimlane(spec, raw, result, timings)
    parts = print_parts(swimlane.geometry, spec.job.name, spec.text.title)
    return {**_finish_map(spec, swimlane.svg),
            "bpmn": bpmn_xml(graph, spec.swimlane.process, swimlane.geometry),
            **{f"part-{i}": part.encode("utf-8") for i, part in enumerate(parts)}}


def _timed_swimlane(spec: DiagramSpec, raw: bytes, result: RenderResult,
                    timings: list[tuple[str, float]]) -> DrawnSwimlane:
    """The swimlane drawn from Graphviz's placement; a cold one (dot ran this build) adds its time to `timings`."""
    assert spec.swimlane is not None
    started = time.perf_counter()
    swimlane = draw_swimlane(spec.swimlane, raw, spec.job.name, spec.service_href or {})
    if spec.job.name in result.seconds:  # drawn from scratch, not from the dot cache: the bench's cold figure
        elapsed = time.perf_counter() - started + result.seconds[spec.job.name]
        timings.append((spec.job.name, round(elapsed * 1000, 2)))
    return swimlane


def _finish_map(spec: DiagramSpec, svg: bytes) -> dict[str, bytes]:
    file, inline = file_and_inline_svg(svg, spec.text, _file_links(spec))
    return {"file": file, "inline": inline}

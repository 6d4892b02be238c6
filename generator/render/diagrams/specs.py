"""Every diagram of the site as a DiagramSpec: the DOT job plus the words that make its SVG accessible.

Stable names (`prosessi-<id>`, `palvelu-<id>`, `alue-<id>`, `kuva-<file>`) are the file names under
`kaaviot/` and in `polku export diagrams`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.messages import message, plural
from generator.render import urls
from generator.render.diagrams.dot_runner import DotJob
from generator.render.diagrams.dot_style import edge_defaults, graph_defaults, node_defaults
from generator.render.diagrams.layout import layout_swimlane
from generator.render.diagrams.links import href
from generator.render.diagrams.paths import ServicePath, paths_through, service_paths
from generator.render.diagrams.region_map import build_region_map
from generator.render.diagrams.service_map import MapInput, build_service_map
from generator.render.diagrams.style import DiagramStyle
from generator.render.diagrams.svg_accessibility import SvgText
from generator.render.diagrams.swimlane import SwimlaneInput, lane_name, placement_source, step_element_id
from generator.resolve import KnowledgeGraph

SERVICES_FILE = "process_models/catalog/palvelut.yaml"
REGIONS_FILE = "process_models/catalog/alueet.yaml"
HAND_MADE_DIR = "diagrams"


@dataclass(frozen=True, slots=True)
class DiagramSpec:
    kind: str  # "process" | "service" | "region" | "hand-made"
    subject: str  # the process, service or region id (file stem for hand-made)
    page: str | None  # docs path of the page that inlines it
    job: DotJob
    text: SvgText
    paths: tuple[ServicePath, ...] = ()
    swimlane: SwimlaneInput | None = None  # processes: dot only orders the nodes; the drawing is ours
    service_href: dict[str, str] | None = None


def process_spec(graph: KnowledgeGraph, process_id: str, style: DiagramStyle) -> DiagramSpec:
    process = graph.processes[process_id]
    page = urls.process_page(process_id)
    targets = {n.service for s in process.steps for n in s.next if n.service}
    data = SwimlaneInput(graph, process, style)
    name = f"prosessi-{process_id}"
    lanes = [lane_name(data, lane) for lane in layout_swimlane(process, graph.services[process.service]).lanes]
    description = plural("diagrams.text.process_description", len(process.steps), lanes=", ".join(lanes))
    tooltips = {step_element_id(s.id): s.title.fi for s in process.steps}
    title = message("diagrams.text.process_title", process=process.title.fi)
    return DiagramSpec("process", process_id, page,
                       DotJob(name, placement_source(data), graph.process_file(process_id), fmt="json"),
                       SvgText(name, title, description, tooltips),
                       swimlane=data, service_href={t: href(page, urls.service_page(t)) for t in sorted(targets)})


def _path_sentence(graph: KnowledgeGraph, path: ServicePath) -> str:
    region = graph.regions[graph.processes[path.process_id].region].name.fi
    return message("diagrams.text.path", source=graph.services[path.source].name.fi,
                   target=graph.services[path.target].name.fi, region=region)


def service_specs(graph: KnowledgeGraph, style: DiagramStyle) -> list[DiagramSpec]:
    every = service_paths(graph)
    specs = []
    for service_id, service in graph.services.items():
        paths = paths_through(every, service_id)
        if not paths:
            continue
        page = urls.service_page(service_id)
        name = f"palvelu-{service_id}"
        source = build_service_map(MapInput(graph, style, page), service_id, paths)
        description = message("diagrams.text.service_description",
                              paths="; ".join(_path_sentence(graph, p) for p in paths))
        title = message("diagrams.text.service_title", service=service.name.fi)
        specs.append(DiagramSpec("service", service_id, page, DotJob(name, source, SERVICES_FILE),
                                 SvgText(name, title, description, {}), tuple(paths)))
    return specs


def region_specs(graph: KnowledgeGraph, style: DiagramStyle) -> list[DiagramSpec]:
    every = service_paths(graph)
    specs = []
    for region_id, region in graph.regions.items():
        process_ids = [pid for pid, p in graph.processes.items() if region_id in graph.region_and_parents(p.region)]
        if not process_ids:
            continue
        page = urls.region_page(region_id)
        name = f"alue-{region_id}"
        source = build_region_map(MapInput(graph, style, page), process_ids, every)
        titles = ", ".join(graph.processes[pid].title.fi for pid in process_ids)
        mine = [p for p in every if p.process_id in process_ids]
        description = (message("diagrams.text.region_description_with_paths", processes=titles,
                               paths="; ".join(_path_sentence(graph, p) for p in mine)) if mine
                       else message("diagrams.text.region_description", processes=titles))
        title = message("diagrams.text.region_title", region=region.name.fi)
        specs.append(DiagramSpec("region", region_id, page, DotJob(name, source, REGIONS_FILE),
                                 SvgText(name, title, description, {}), tuple(mine)))
    return specs


def with_style(source: str, style: DiagramStyle) -> str:
    """A hand-made DOT file with the shared defaults put in front of its own statements."""
    head, brace, body = source.partition("{")
    if not brace:
        return source
    defaults = "".join(f"\t{kind} [{', '.join(f'{k}={_quoted(v)}' for k, v in attrs.items())}]\n"
                       for kind, attrs in (("graph", graph_defaults(style)), ("node", node_defaults(style)),
                                           ("edge", edge_defaults(style))))
    return f"{head}{{\n{defaults}{body}"


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def hand_made_specs(repo_root: str, style: DiagramStyle) -> list[DiagramSpec]:
    specs = []
    for path in sorted((Path(repo_root) / HAND_MADE_DIR).glob("*.gv")):
        name = f"kuva-{path.stem}"
        source = with_style(path.read_text(encoding="utf-8"), style)
        specs.append(DiagramSpec("hand-made", path.stem, None, DotJob(name, source, f"{HAND_MADE_DIR}/{path.name}"),
                                 SvgText(name, message("diagrams.text.hand_made_title", name=path.stem),
                                         message("diagrams.text.hand_made_description", file=path.name), {})))
    return specs


def all_specs(graph: KnowledgeGraph, style: DiagramStyle, repo_root: str) -> list[DiagramSpec]:
    return list(each_spec(graph, style, repo_root))


def each_spec(graph: KnowledgeGraph, style: DiagramStyle, repo_root: str) -> Iterator[DiagramSpec]:
    """Every diagram's spec, one at a time: the diagram stage hands each to Graphviz as soon as it is made."""
    yield from (process_spec(graph, pid, style) for pid in graph.processes)
    yield from service_specs(graph, style)
    yield from region_specs(graph, style)
    yield from hand_made_specs(repo_root, style)

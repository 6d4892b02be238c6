"""A new process model for one region and service, pre-filled with the service's phases and questions."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path

from generator.messages import message
from generator.model.catalog import Region, Service
from generator.model.text import SLUG_RE
from generator.project import MODELS_DIR
from generator.render.text import t
from generator.resolve import KnowledgeGraph
from generator.scaffold.environment import create_environment
from generator.scaffold.errors import ScaffoldError

TEMPLATE = "process_new.yaml.jinja"


@dataclass(frozen=True, slots=True, kw_only=True)
class ScaffoldStep:
    id: str
    title: str
    phase: str | None
    tasks: str  # "id (name), …" of the phase's canonical tasks, for a comment
    next: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ProcessScaffold:
    path: str  # relative to the project root, e.g. process_models/<region>/<name>.yaml
    text: str


def plan_process(graph: KnowledgeGraph, *, region_id: str, service_id: str,
                 process_id: str | None = None, title: str | None = None) -> ProcessScaffold:
    region, service = _region(graph, region_id), _service(graph, service_id)
    pid = process_id or f"{region.id}-{service.id}"
    if not SLUG_RE.match(pid):
        raise ScaffoldError(message("scaffold.errors.bad_id", id=pid))
    if pid in graph.processes:
        raise ScaffoldError(message("scaffold.errors.process_exists", id=pid, file=graph.process_file(pid)))
    name = pid.removeprefix(f"{region.id}-") or pid
    path = f"{MODELS_DIR}/{region.id}/{name}.yaml"
    text = render_process(pid, title or message("scaffold.process.default_title", service=t(service.name),
                                                         region=t(region.name)), region, service, path)
    return ProcessScaffold(path=path, text=text)


def render_process(pid: str, title: str, region: Region, service: Service, path: str) -> str:
    schema = posixpath.relpath("schema/process.schema.json", posixpath.dirname(path))
    return create_environment().get_template(TEMPLATE).render(
        schema=schema, id=pid, title=title, region=region, service=service,
        steps=scaffold_steps(service), questions=list(service.questions))


def scaffold_steps(service: Service) -> list[ScaffoldStep]:
    """One step per canonical phase, each leading to the next; a service without phases gets one step."""
    if not service.phases:
        return [ScaffoldStep(id="ensimmainen-vaihe", title=message("scaffold.process.first_step_title"), phase=None,
                             tasks="", next=None)]
    ids = [p.id for p in service.phases]
    return [
        ScaffoldStep(id=phase.id, title=t(phase.name), phase=phase.id, tasks=_tasks(service, phase.id),
                     next=ids[i + 1] if i + 1 < len(ids) else None)
        for i, phase in enumerate(service.phases)
    ]


def _tasks(service: Service, phase_id: str) -> str:
    return ", ".join(message("scaffold.process.task", id=task.id, name=t(task.name))
                     for task in service.tasks if task.phase == phase_id)


def _region(graph: KnowledgeGraph, region_id: str) -> Region:
    if region_id not in graph.regions:
        raise ScaffoldError(message("scaffold.errors.unknown_region", id=region_id, regions=", ".join(graph.regions)))
    return graph.regions[region_id]


def _service(graph: KnowledgeGraph, service_id: str) -> Service:
    if service_id not in graph.services:
        raise ScaffoldError(message("scaffold.errors.unknown_service", id=service_id,
                                    services=", ".join(graph.services)))
    return graph.services[service_id]


def write_new(root: Path, relative: str, text: str) -> Path:
    """Write a new file, refusing to overwrite anything."""
    target = root / relative
    if target.exists():
        raise ScaffoldError(message("scaffold.errors.file_exists", file=relative))
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("x", encoding="utf-8") as handle:
        handle.write(text)
    return target


__all__ = ["ProcessScaffold", "plan_process", "write_new"]

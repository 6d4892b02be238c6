"""A synthetic national corpus, written outside the repository, generated deterministically from a seed.

Scale 1 is 45 employment areas × 5 services = 225 process models; scale k has 5·k services (the two
real services that carry canonical phases and questions, plus synthetic ones in a tmp catalogue), so
the corpus grows by more models per area rather than by more areas (Finland has 45 employment areas).
The real catalogues, forms and hand-written pages are copied so the site is the real one, only larger.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.model.catalog import Catalog, Service
from generator.project import Project
from tests.bench import finnish

REAL_SERVICES = ("kuntouttava-tyotoiminta", "tyollistymista-tukeva-toiminta")
SOURCE_ID = "synteettinen-aineisto"
LEGAL_BASES = ("ktt-laki-5", "ktt-laki-9", "ktt-laki-16", "shl-1982-27d", "tyovoimapalvelulaki-2023",
               "monialainen-laki-2023", "sosiaalihuoltolaki-2014-17")
FORMS = ("ktt-sopimus", "ilmoitus-paaluottamusmiehelle", "asiakkaan-palaute", "tyotoimintapaikan-palaute",
         "osaamiskartoitus", "suostumus-arviointitutkimus")
SYNTHETIC_PHASES = ("ohjautuminen", "arviointi", "suunnittelu", "toteutus", "paattaminen")


@dataclass(frozen=True, slots=True)
class CorpusSpec:
    scale: int = 1
    regions: int = 45
    services_per_scale: int = 5
    seed: int = 2026

    @property
    def model_count(self) -> int:
        return self.regions * self.services_per_scale * self.scale


class _NoAliasDumper(yaml.SafeDumper):
    """Anchors and aliases are refused by the loader (Y003), so never emit them."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_NoAliasDumper, allow_unicode=True, sort_keys=False, width=110)


def make_corpus(repo: Path, target: Path, spec: CorpusSpec) -> Path:
    """Copy the real site's pages, catalogues and forms to `target` and add the synthetic models."""
    if target.exists():
        shutil.rmtree(target)
    _copy_site(repo, target)
    catalog = _synthetic_catalog(spec)
    (target / "process_models/catalog/synteettinen.yaml").write_text(dump(catalog), encoding="utf-8")
    real = _real_catalog(repo)
    services = [s for s in real.services if s.id in REAL_SERVICES]
    services += [Service.model_validate(s) for s in catalog["services"]]
    _write_models(target, spec, [r["id"] for r in catalog["regions"]], services, _roles(real))
    return target


def _write_models(target: Path, spec: CorpusSpec, regions: list[str], services: list[Service],
                  roles: list[str]) -> None:
    rng = random.Random(spec.seed)
    for region in regions:
        for service in services:
            path = target / "process_models" / region / f"{service.id}.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(dump(_process(rng, region, service, roles)), encoding="utf-8")


def _copy_site(repo: Path, target: Path) -> None:
    target.mkdir(parents=True)
    shutil.copy2(repo / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(repo / "content", target / "content")
    for folder in ("catalog", "forms"):
        shutil.copytree(repo / "process_models" / folder, target / "process_models" / folder)
    if (repo / "diagrams").is_dir():
        shutil.copytree(repo / "diagrams", target / "diagrams")
    # mkdocs.yml names the theme overrides and watch folders relative to itself
    (target / "generator").symlink_to(repo / "generator", target_is_directory=True)


def _synthetic_catalog(spec: CorpusSpec) -> dict[str, Any]:
    regions = [{"id": f"synteettinen-alue-{n:02d}", "name": f"Synteettinen työllisyysalue {n:02d}",
                "kind": "tyollisyysalue", "description": finnish.sentence(random.Random(n))}
               for n in range(1, spec.regions + 1)]
    organisations = [{"id": f"{r['id']}-tyollisyyspalvelut", "name": f"{r['name']}: työllisyyspalvelut",
                      "region": r["id"]} for r in regions]
    extra = spec.services_per_scale * spec.scale - len(REAL_SERVICES)
    services = [_synthetic_service(n, random.Random(spec.seed + n)) for n in range(1, extra + 1)]
    source = {"id": SOURCE_ID, "title": "Suorituskykytestin synteettinen aineisto", "kind": "muu",
              "note": "Koneellisesti tuotettu testiaineisto; ei julkaista."}
    return {"regions": regions, "organisations": organisations, "services": services, "sources": [source]}


def _synthetic_service(number: int, rng: random.Random) -> dict[str, Any]:
    phases = [{"id": p, "name": finnish.step_title(rng)} for p in SYNTHETIC_PHASES]
    tasks = [{"id": f"tehtava-{i}", "name": finnish.step_title(rng), "phase": SYNTHETIC_PHASES[i // 2]}
             for i in range(10)]
    questions = [{"id": f"kysymys-{i}", "phase": SYNTHETIC_PHASES[i // 3], "text": finnish.question(rng),
                  **({"task": f"tehtava-{2 * (i // 3)}"} if i % 3 == 0 else {})} for i in range(15)]
    return {"id": f"synteettinen-palvelu-{number:02d}", "name": f"Synteettinen palvelu {number:02d}",
            "description": finnish.paragraph(rng, 2, 3), "legal_bases": ["tyovoimapalvelulaki-2023"],
            "sources": [SOURCE_ID], "phases": phases, "tasks": tasks, "questions": questions}


def _real_catalog(repo: Path) -> Catalog:
    merged: dict[str, list[Any]] = {}
    for path in sorted((Project.at(repo).models_dir / "catalog").glob("*.yaml")):
        for key, items in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            merged.setdefault(key, []).extend(items)
    return Catalog.model_validate(merged)


def _roles(catalog: Catalog) -> list[str]:
    return sorted(r.id for r in catalog.roles if r.id != "asiakas")


def _process(rng: random.Random, region: str, service: Service, roles: list[str]) -> dict[str, Any]:
    lanes = ["asiakas", *rng.sample(roles, rng.randint(4, 7))]
    steps = _steps(rng, service, lanes, rng.randint(12, 20))
    return {
        "id": f"{region}-{service.id}", "title": f"{finnish.step_title(rng)}: {service.name.fi.lower()}",
        "region": region, "service": service.id, "status": rng.choice(["luonnos", "hyväksytty"]),
        "version": f"1.{rng.randint(0, 9)}", "owner": f"{region}-tyollisyyspalvelut",
        "valid_from": dt.date(2025, rng.randint(1, 12), rng.randint(1, 28)),
        "summary": finnish.paragraph(rng, 4, 7), "target_group": finnish.paragraph(rng, 1, 2),
        "sources": [SOURCE_ID], "lanes": lanes, "steps": steps,
        "answers": _answers(rng, service, lanes),
        "development_needs": [finnish.paragraph(rng, 1, 2) for _ in range(rng.randint(1, 4))],
        "evaluation_points": [finnish.sentence(rng) for _ in range(rng.randint(1, 3))],
        "changelog": [{"date": dt.date(2025, m, 15), "summary": finnish.sentence(rng)}
                      for m in sorted(rng.sample(range(1, 13), rng.randint(1, 3)), reverse=True)],
    }


def _steps(rng: random.Random, service: Service, lanes: list[str], count: int) -> list[dict[str, Any]]:
    decisions = set(rng.sample(range(2, count - 3), rng.randint(2, 3)))
    steps = [_step(rng, service, lanes, i, count, i in decisions) for i in range(count)]
    for i, step in enumerate(steps):
        step["next"] = _next(rng, i, count, i in decisions)
    return steps


def _step(rng: random.Random, service: Service, lanes: list[str], i: int, count: int,
          decision: bool) -> dict[str, Any]:
    phase = service.phases[i * len(service.phases) // count].id
    step: dict[str, Any] = {"id": f"vaihe-{i + 1:02d}", "title": finnish.step_title(rng), "phase": phase}
    tasks = [t.id for t in service.tasks if t.phase == phase]
    if decision:
        step["decision"] = finnish.question(rng)
        step["description"] = finnish.paragraph(rng, 1, 2)
        return step
    if tasks and rng.random() < 0.6:
        step["task"] = rng.choice(tasks)
    step["responsible"] = rng.choice(lanes)
    step["participants"] = rng.sample(lanes, rng.randint(1, min(4, len(lanes))))
    step["description"] = finnish.paragraph(rng, 2, 5)
    _optional_fields(rng, step)
    return step


def _optional_fields(rng: random.Random, step: dict[str, Any]) -> None:
    if rng.random() < 0.3:
        step["duration"] = f"{rng.randint(1, 12)} viikkoa"
    if rng.random() < 0.25:
        step["forms"] = rng.sample(FORMS, rng.randint(1, 2))
    if rng.random() < 0.35:
        step["legal_bases"] = rng.sample(LEGAL_BASES, rng.randint(1, 3))
    step["sources"] = [SOURCE_ID]


def _next(rng: random.Random, i: int, count: int, decision: bool) -> list[dict[str, Any]]:
    if i == count - 1:
        return [{"service": "avoimet-tyomarkkinat", "condition": finnish.condition(rng, True)},
                {"end": True, "condition": finnish.condition(rng, False)}]
    if not decision:
        return [{"step": f"vaihe-{i + 2:02d}"}]
    other: dict[str, Any] = {"end": True} if rng.random() < 0.3 else {"step": f"vaihe-{min(i + 4, count):02d}"}
    return [{"step": f"vaihe-{i + 2:02d}", "condition": finnish.condition(rng, True)},
            {**other, "condition": finnish.condition(rng, False)}]


def _answers(rng: random.Random, service: Service, lanes: list[str]) -> list[dict[str, Any]]:
    """Most canonical questions are answered; a few are left open, as in real regions' models."""
    answers: list[dict[str, Any]] = []
    for question in service.questions:
        if rng.random() < 0.15:
            continue
        answers.append({"question": question.id, "answer": finnish.paragraph(rng, 1, 3),
                        "roles": rng.sample(lanes, rng.randint(1, 2)), "sources": [SOURCE_ID]})
    return answers

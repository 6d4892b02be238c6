"""One repository copy holding every accepted payload, for ONE shared build (CPU is scarce).

Payload i gets its own region, role, legal basis, source, glossary term (abbreviation VIH<i>), form and process
model, with the payload in every text field of each, so every page kind shows every accepted payload. The same copy
also carries tests/site/hostile.py's inert text in every field of one real model (keski-uusimaa-fokus), for
tests/browser/test_site_security.py: one hostile build serves both suites (a second was a whole site more)."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.browser.serving import build_site, copy_repo
from tests.run_folder import built_once
from tests.security.payloads import INERT, P, Payload, dump, load
from tests.site.hostile import write_hostile_model

SERVICE = "tyollistymista-tukeva-toiminta"
C = "process_models/catalog/"


@dataclass(frozen=True)
class HostilePages:
    per_payload: dict[str, list[str]]  # payload name → its pages (site-relative URLs)
    shared: list[str]  # pages that show all of them (glossary, sources, comparison, guide, home)


def ids(index: int) -> dict[str, str]:
    return {"region": f"vihamielinen-alue-{index}", "role": f"vihamielinen-rooli-{index}",
            "legal": f"vihamielinen-saados-{index}", "source": f"vihamielinen-lahde-{index}",
            "term": f"vihamielinen-termi-{index}", "form": f"vihamielinen-lomake-{index}",
            "process": f"vihamielinen-{index}", "abbr": f"VIH{index}"}


def hostile_repository(repo: Path) -> HostilePages:
    """A private copy of the repository at `repo` with every accepted payload (write_hostile_repository) and the
    inert text in every field of the real model keski-uusimaa-fokus (its process page, region and roles)."""
    copy_repo(repo)
    pages = write_hostile_repository(repo)  # reads the pristine model P as the payload processes' base first
    write_hostile_model(repo, refused=False)
    return pages


def payload_pages(index: int) -> list[str]:
    my = ids(index)
    return [f"prosessit/{my['process']}/", f"lomakkeet/{my['form']}/", f"saadokset/{my['legal']}/",
            f"alueet/{my['region']}/", f"roolit/{my['role']}/"]


def write_hostile_repository(repo: Path, payloads: list[Payload] = INERT) -> HostilePages:
    catalogs = {name: load(repo / C / name) for name in
                ("alueet.yaml", "roolit.yaml", "saadokset.yaml", "lahteet.yaml", "sanasto.yaml")}
    process = load(repo / P)
    form = load(repo / "process_models/forms/ktt-sopimus.yaml")
    pages: dict[str, list[str]] = {}
    for index, payload in enumerate(payloads):
        text, my = payload.text, ids(index)
        _catalog_entries(catalogs, my, text)
        (repo / "process_models" / my["region"]).mkdir()
        dump(repo / "process_models" / my["region"] / "prosessi.yaml", _process(process, my, text))
        dump(repo / "process_models" / "forms" / f"{my['form']}.yaml", _form(form, my, text))
        pages[payload.name] = payload_pages(index)
    for name, data in catalogs.items():
        dump(repo / C / name, data)
    shared = ["", "sanasto/", "lahteet/", f"vertailu/{SERVICE}/", "yllapito/", "prosessit/"]
    return HostilePages(pages, shared)


def _catalog_entries(catalogs: dict[str, Any], my: dict[str, str], text: str) -> None:
    region = copy.deepcopy(catalogs["alueet.yaml"]["regions"][0])
    catalogs["alueet.yaml"]["regions"].append({**region, "id": my["region"], "name": text, "description": text})
    role = next(r for r in catalogs["roolit.yaml"]["roles"] if r["id"] == "asiakas")
    catalogs["roolit.yaml"]["roles"].append({**copy.deepcopy(role), "id": my["role"], "name": text,
                                             "description": text})
    basis = next(b for b in catalogs["saadokset.yaml"]["legal_bases"] if b["id"] == "ktt-laki-2")
    catalogs["saadokset.yaml"]["legal_bases"].append({**copy.deepcopy(basis), "id": my["legal"], "act": text,
                                                      "title": text, "section": text, "note": text,
                                                      "amended_by": [text]})
    source = catalogs["lahteet.yaml"]["sources"][0]
    catalogs["lahteet.yaml"]["sources"].append({**copy.deepcopy(source), "id": my["source"], "title": text,
                                                "note": text})
    catalogs["sanasto.yaml"]["glossary"].append({"id": my["term"], "term": text, "abbreviation": my["abbr"],
                                                 "definition": text})


def _process(base: Any, my: dict[str, str], text: str) -> Any:
    model = copy.deepcopy(base)
    model.update(id=my["process"], region=my["region"], title=text, summary=text, target_group=text)
    model.pop("owner", None)
    model["sources"] = [*model.get("sources", []), my["source"]]
    model["lanes"] = [*model["lanes"], my["role"]]
    for step in model["steps"]:
        step.update(title=text, description=text, duration=text)
    first = model["steps"][0]
    first["participants"] = [*first.get("participants", []), my["role"]]
    first["legal_bases"], first["forms"] = [my["legal"]], [my["form"]]
    for answer in model.get("answers", []):
        answer["answer"] = text
    model["development_needs"] = [text, f"Lyhenne {my['abbr']} näkyy vihjeenä"]
    model["evaluation_points"] = [text]
    model["changelog"] = [{"date": "2025-01-01", "summary": text}]
    return model


def _form(base: Any, my: dict[str, str], text: str) -> Any:
    form = copy.deepcopy(base)
    form.update(id=my["form"], title=text, purpose=text)
    section = form["sections"][0]
    section["title"] = text
    section["fields"][0].update(label=text, help=text)
    return form


@dataclass(frozen=True)
class HostileSite:
    repo: Path
    out: Path
    pages: HostilePages
    stderr: str
    before: dict[str, str]
    after: dict[str, str]


HOSTILE = "vihamielinen"  # the folder built_once shares between the workers and both test modules
BUILD_RECORD = "rakennus.json"  # written after the second checksum, so the comparison never sees it


def hostile_build(factory: pytest.TempPathFactory, worker_id: str) -> HostileSite:
    """The one hostile build, made by the first worker that asks (tests/run_folder.py); what the build did is kept
    in a file beside the repository copy so every worker and both modules assert on the same build."""
    base = built_once(factory, worker_id, HOSTILE, _build)
    record = json.loads((base / BUILD_RECORD).read_text(encoding="utf-8"))
    pages = HostilePages(**record["pages"])
    return HostileSite(base / "repo", base / "built", pages, record["output"], record["before"], record["after"])


def _checksums(folder: Path) -> dict[str, str]:
    """Every file under `folder` except the build output and the diagram cache (both made by the build)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts
        if path.is_file() and parts[0] != "built" and ".cache" not in parts:
            found["/".join(parts)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _build(base: Path) -> None:
    repo = base / "repo"
    pages = hostile_repository(repo)
    before = _checksums(base)
    built = build_site(repo, base / "built", strict=True)
    assert built.returncode == 0, built.stdout + built.stderr
    record = {"pages": dataclasses.asdict(pages), "output": built.stdout + built.stderr, "before": before,
              "after": _checksums(base)}
    (base / BUILD_RECORD).write_text(json.dumps(record), encoding="utf-8")

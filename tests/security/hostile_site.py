"""One repository copy holding every accepted payload, for ONE shared build (CPU is scarce).

Payload i gets its own region, role, legal basis, source, glossary term (abbreviation VIH<i>), form and process
model, with the payload in every text field of each, so every page kind shows every accepted payload."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.security.payloads import INERT, P, Payload, dump, load

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

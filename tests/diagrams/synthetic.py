"""Synthetic hand-off-heavy process models: many lanes, responsibility changing at almost every step,
decisions with three branches, loops back, exits to other services, participants – deterministic per seed."""

from __future__ import annotations

import dataclasses
import random

from generator.model.process import Process
from generator.resolve import KnowledgeGraph

SEEDS = range(12)


def synthetic_process(graph: KnowledgeGraph, seed: int) -> Process:
    rng = random.Random(seed)
    service = graph.services["kuntouttava-tyotoiminta"]
    roles = sorted(graph.roles)
    lanes = rng.sample(roles, rng.randint(3, 7))
    phases = [p.id for p in service.phases]
    count = rng.randint(8, 20)
    ids = [f"v{i}" for i in range(count)]
    steps = []
    for index, step_id in enumerate(ids):
        decision = index < count - 2 and rng.random() < 0.3
        following = ids[index + 1:]
        targets: list[dict[str, object]] = []
        if following:
            targets.append({"step": following[0]})
        if decision:
            targets += [{"step": rng.choice(following)}, {"step": rng.choice(ids)}]
            if rng.random() < 0.5:
                targets[-1] = {"service": rng.choice(["palkkatuki", "avoimet-tyomarkkinat"])}
            for number, target in enumerate(targets):
                target["condition"] = ["Kyllä", "Ei, asiakkaan tarpeeseen vastaa muu palvelu", "Ehkä myöhemmin"][
                    number % 3]
        elif rng.random() < 0.25:
            targets.append({"step": rng.choice(ids[: index + 1])})  # a loop back (or to itself)
        if not following:
            targets.append({"end": True})
        steps.append({
            "id": step_id,
            "title": rng.choice(["Palvelutarpeen arviointi", "Työllistymissuunnitelman laadinta ja seuranta",
                                 "Ohjaus", "Työtoimintapaikan etsintä yhdessä asiakkaan kanssa"]),
            "phase": phases[min(len(phases) - 1, index * len(phases) // count)],
            "responsible": rng.choice([*lanes, None]),
            "participants": rng.sample(lanes, rng.randint(0, 2)),
            **({"decision": "Sopiiko?"} if decision else {}),
            "next": targets,
        })
    for step in steps:
        if step["responsible"] is None:
            del step["responsible"]
    return Process.model_validate({
        "id": f"synteettinen-{seed}", "title": f"Synteettinen {seed}", "region": "etela-pohjanmaa",
        "service": service.id, "status": "luonnos", "version": "1.0", "lanes": lanes, "steps": steps})


def with_synthetic(graph: KnowledgeGraph) -> KnowledgeGraph:
    extra = {f"synteettinen-{seed}": synthetic_process(graph, seed) for seed in SEEDS}
    files = {**graph.source_files, **{f"process:{pid}": f"process_models/testi/{pid}.yaml" for pid in extra}}
    return dataclasses.replace(graph, processes={**graph.processes, **extra}, source_files=files)

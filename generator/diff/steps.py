"""Pair the steps of two versions of a process, recognising retitled and renamed steps.

Same id → the same step (a new title means it was retitled). Of the rest, a step with the same title,
or failing that at the same position in the same canonical phase, is the same step under a new id
(renamed). Whatever is left was removed or added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.model.process import Process, Step
from generator.render.text import t


@dataclass(frozen=True, slots=True)
class StepPairing:
    pairs: tuple[tuple[Step, Step], ...]  # (before, after) in the after order
    removed: tuple[Step, ...]
    added: tuple[Step, ...]

    def after_id(self, before_id: str) -> str | None:
        """The id a step of the old version has in the new one (None when it was removed)."""
        return next((a.id for b, a in self.pairs if b.id == before_id), None)


def pair_steps(before: Process, after: Process) -> StepPairing:
    old, new = list(before.steps), list(after.steps)
    pairs: list[tuple[Step, Step]] = []
    for same in (_same_id, _same_title, _same_place(before, after)):
        for b in list(old):
            match = next((a for a in new if same(b, a)), None)
            if match is not None:
                pairs.append((b, match))
                old.remove(b)
                new.remove(match)
    order = {s.id: i for i, s in enumerate(after.steps)}
    pairs.sort(key=lambda pair: order[pair[1].id])
    return StepPairing(tuple(pairs), tuple(old), tuple(new))


def _same_id(b: Step, a: Step) -> bool:
    return b.id == a.id


def _same_title(b: Step, a: Step) -> bool:
    return t(b.title) == t(a.title)


def _same_place(before: Process, after: Process) -> Callable[[Step, Step], bool]:
    old_index = {s.id: i for i, s in enumerate(before.steps)}
    new_index = {s.id: i for i, s in enumerate(after.steps)}
    return lambda b, a: old_index[b.id] == new_index[a.id] and b.phase == a.phase

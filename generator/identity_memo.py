"""Values computed from an immutable model object, kept for as long as that object lives.

Under `polku serve` every unchanged model file keeps its typed model object from one save's build to the next
(generator/validate/memory.py), so a value computed from such an object alone – the digest of its repr, its
swimlane's placement – need not be computed again: repr of a national model set's processes was a second and a
half of every save. The models are frozen pydantic objects that nothing changes after validation. An entry is
keyed by the object's identity (a model need not be hashable) and dropped when the object is collected; a
`detail` (any hashable value the result also depends on, e.g. the diagram style) is part of the key.
"""

from __future__ import annotations

import hashlib
import weakref
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

_V = TypeVar("_V")


class IdentityMemo(Generic[_V]):
    def __init__(self) -> None:
        # id(owner) → (a weak reference to the owner, the detail, the value); only the latest detail is kept
        self._entries: dict[int, tuple[weakref.ref[object], Hashable, _V]] = {}

    def get(self, owner: object, detail: Hashable, compute: Callable[[], _V]) -> _V:
        key = id(owner)
        found = self._entries.get(key)
        if found is not None and found[0]() is owner and found[1] == detail:
            return found[2]
        value = compute()
        self._entries[key] = (weakref.ref(owner, self._forget(key)), detail, value)
        return value

    def __len__(self) -> int:
        return len(self._entries)

    def _forget(self, key: int) -> Callable[[weakref.ref[object]], None]:
        def forget(reference: weakref.ref[object]) -> None:
            found = self._entries.get(key)
            if found is not None and found[0] is reference:  # not a newer object that got the same id
                del self._entries[key]
        return forget


_REPR_DIGESTS: IdentityMemo[str] = IdentityMemo()


def repr_digest(model: object) -> str:
    """sha256 of the model's repr (its every field): computed once per model object."""
    return _REPR_DIGESTS.get(model, None, lambda: hashlib.sha256(repr(model).encode("utf-8")).hexdigest())

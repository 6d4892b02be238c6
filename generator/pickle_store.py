"""One pickled value per file in a build cache folder: read as a miss when anything is wrong, written atomically.

Shared by the parse cache (generator/load/parse_cache.py) and the rendered-files cache
(generator/render/artifact_cache.py). The folders are our own, written only by `write` below.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path


def read(entry: Path) -> object | None:
    """The value in `entry`, or None when it is missing, unreadable or from an older version of the code."""
    try:
        with entry.open("rb") as stream:
            value: object = pickle.load(stream)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return value


def write(directory: Path, entry: Path, value: object) -> None:
    """Atomically (a parallel build never reads half an entry); a read-only folder is no error."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(dir=directory, suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(scratch, entry)
    except OSError:
        return

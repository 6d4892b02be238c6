"""A folder made once per test run and shared by every pytest-xdist worker.

A module- or session-scoped fixture is set up once per worker: a site build behind one would run on both cores
for the same bytes whenever the scheduler hands the module's tests to both workers. Here the first worker to ask
builds the folder under a file lock; the others wait for it and reuse it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from filelock import FileLock


def built_once(factory: pytest.TempPathFactory, worker_id: str, name: str, build: Callable[[Path], None]) -> Path:
    """The folder `name`, filled by `build(folder)` once per run; `build` raises (fails the test) on a bad build,
    and the next worker that asks then builds again and fails the same way."""
    # the run's temp dir, common to all workers; without pytest-xdist the session's own (modules share it there too)
    folder = (factory.getbasetemp() if worker_id == "master" else factory.getbasetemp().parent) / name
    done = folder.with_name(f"{name}.done")  # beside the folder, not in it: the folder is what tests compare
    with FileLock(f"{folder}.lock"):
        if not done.is_file():  # a folder without it is what a failed build left behind
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            done.touch()
    return folder

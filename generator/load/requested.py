"""The paths a maintainer names on the command line: each must match at least one model file.

`polku validate process_models/testila/malli.yml` with a typo used to print "Kaikki kunnossa" because
nothing was checked. A path that does not exist (F005, with the closest real path) or holds no model
files (F007) is an error, reported at the path itself."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from pathlib import Path

from generator import codes
from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.load.files import YAML_SUFFIXES, discover
from generator.messages import message


def requested_path_problems(paths: Sequence[Path], root: Path, models_dir: Path) -> list[Diagnostic]:
    model_files = discover([models_dir]) if models_dir.is_dir() else []
    out: list[Diagnostic] = []
    for path in paths:
        problem = _problem(path, root, models_dir, model_files)
        if problem is not None:
            out.append(problem)
    return out


def _problem(path: Path, root: Path, models_dir: Path, model_files: list[Path]) -> Diagnostic | None:
    shown = path.as_posix()
    absolute = (path if path.is_absolute() else Path.cwd() / path).resolve()
    if not absolute.exists():
        return dg.make(codes.F005, shown, 1, 1, path=shown, suggestion=_closest(absolute, root, model_files))
    if not absolute.is_relative_to(models_dir.resolve()):
        reason = message("load.requested.outside_models", folder=_relative(models_dir, root))
        return dg.make(codes.F007, shown, 1, 1, path=shown, reason=reason)
    if absolute.is_file() and absolute.suffix not in YAML_SUFFIXES:
        return dg.make(codes.F007, shown, 1, 1, path=shown, reason=message("load.requested.not_yaml"))
    if absolute.is_dir() and not any(f.resolve().is_relative_to(absolute) for f in model_files):
        return dg.make(codes.F007, shown, 1, 1, path=shown, reason=message("load.requested.no_yaml_in_folder"))
    return None


def _closest(absolute: Path, root: Path, model_files: list[Path]) -> str:
    candidates = {_relative(f, root) for f in model_files}
    candidates |= {_relative(f.parent, root) + "/" for f in model_files}
    wanted = _relative(absolute, root)
    close = difflib.get_close_matches(wanted, sorted(candidates), n=1, cutoff=0.8)
    return message("validate.did_you_mean", value=close[0]) if close else ""


def _relative(path: Path, root: Path) -> str:
    resolved = path.resolve()
    root = root.resolve()
    return resolved.relative_to(root).as_posix() if resolved.is_relative_to(root) else resolved.as_posix()

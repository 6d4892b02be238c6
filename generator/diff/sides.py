"""One side of a diff: a git revision or a directory, loaded, validated and resolved.

A revision is read with `git ls-tree` / `git show` into a temporary folder; the working tree is never
touched, so `polku diff` is safe to run in the middle of an edit.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.diagnostics import Diagnostic
from generator.load.files import discover
from generator.messages import message
from generator.project import MODELS_DIR
from generator.resolve import KnowledgeGraph, resolve
from generator.validate import display_path, load_models, validate_loaded


class SideError(Exception):
    """A side could not be read at all (unknown revision, git missing); message in Finnish."""


@dataclass(frozen=True, slots=True)
class Side:
    label: str
    graph: KnowledgeGraph | None
    diagnostics: tuple[Diagnostic, ...]
    files: int


def load_side(spec: str, repo_root: Path, scratch: Path) -> Side:
    """`spec` is a directory (a project root or its process_models/) or a git revision of `repo_root`."""
    root = _directory_root(Path(spec)) if Path(spec).is_dir() else export_revision(spec, repo_root, scratch)
    files = [(p, display_path(p, root)) for p in discover([root / MODELS_DIR])]
    loaded, problems = load_models(files)
    result = validate_loaded(loaded, problems)
    graph = resolve(result.models) if result.ok else None
    return Side(spec, graph, () if graph is not None else tuple(result.diagnostics), len(files))


def _directory_root(path: Path) -> Path:
    return path.parent if path.name == MODELS_DIR and not (path / MODELS_DIR).is_dir() else path


def export_revision(revision: str, repo_root: Path, scratch: Path) -> Path:
    """Copy the models of `revision` into `scratch/<n>` and return that folder as a project root."""
    commit = _commit(revision, repo_root)
    target = scratch / commit
    for name in _git(repo_root, "ls-tree", "-r", "-z", "--name-only", commit, "--", MODELS_DIR).split("\0"):
        if not name:
            continue
        destination = confined(target, name)
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(_git_bytes(repo_root, "show", f"{commit}:{name}"))
    (target / MODELS_DIR).mkdir(parents=True, exist_ok=True)
    return target


def confined(target: Path, name: str) -> Path:
    """`target/name` for a path from a git tree, which is untrusted: `git mktree` accepts '..', '.' and
    empty entries, and writing them would leave the scratch folder."""
    parts = PurePosixPath(name).parts
    if not parts or PurePosixPath(name).is_absolute() or any(p in ("", ".", "..") or "\\" in p for p in parts):
        raise SideError(message("diff.sides.outside", name=repr(name)))
    destination = target.joinpath(*parts)
    if not destination.resolve().is_relative_to(target.resolve()):
        raise SideError(message("diff.sides.outside", name=repr(name)))
    return destination


def _commit(revision: str, repo_root: Path) -> str:
    try:
        return _git(repo_root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").strip()
    except SideError as exc:
        raise SideError(message("diff.sides.not_found", revision=revision, error=exc)) from exc


def _git(repo_root: Path, *args: str) -> str:
    return _git_bytes(repo_root, *args).decode("utf-8")


def _git_bytes(repo_root: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", "-C", str(repo_root), *args], capture_output=True, check=False)
    except FileNotFoundError as exc:
        raise SideError(message("diff.sides.no_git")) from exc
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        last = detail[-1] if detail else message("diff.sides.unknown_revision")
        raise SideError(message("diff.sides.git_failed", command=args[0], detail=last))
    return done.stdout

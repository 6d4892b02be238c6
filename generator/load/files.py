"""Find model files, read them safely and parse them into positioned YAML nodes."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator import codes
from generator import diagnostics as dg
from generator.diagnostics import Diagnostic
from generator.load.characters import scan_characters
from generator.load.comments import Comment, find_comments
from generator.load.yaml_errors import quote_comment_values
from generator.load.yaml_nodes import YMap, YNode, parse_yaml
from generator.messages import message
from generator.model.text import SLUG_RE, slug_suggestion

MAX_FILE_BYTES = 1_000_000
YAML_SUFFIXES = (".yaml", ".yml")
MODELS_FOLDER = "process_models"


class FileKind(enum.StrEnum):
    CATALOG = "catalog"
    FORM = "form"
    PROCESS = "process"


@dataclass(frozen=True, slots=True)
class LoadedFile:
    """One parsed file: its display path (relative to the project), kind and root mapping."""

    path: str
    kind: FileKind
    root: YMap
    comments: tuple[Comment, ...] = ()


def kind_of(relative: Path) -> FileKind:
    """The folder decides the kind: catalog/, forms/, anything else is a process model."""
    parts = relative.parts
    if "catalog" in parts[:-1]:
        return FileKind.CATALOG
    if "forms" in parts[:-1]:
        return FileKind.FORM
    return FileKind.PROCESS


def discover(paths: Iterable[Path]) -> list[Path]:
    """Every YAML file under the given files or folders, sorted, hidden folders skipped."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(
                p for p in path.rglob("*")
                if ((p.suffix in YAML_SUFFIXES and p.is_file()) or p.is_symlink())  # links are refused (F009)
                and not any(s.startswith(".") for s in p.parts[-3:])
            )
        elif path.suffix in YAML_SUFFIXES:
            found.add(path)
    return sorted(found)


def check_file_name(path: Path, display: str) -> Diagnostic | None:
    """File names become page addresses, edit links and code spans: only slugs, and no symbolic links
    (a link would publish a file from outside the repository)."""
    linked = _symlinked_part(path, display)
    if linked is not None:
        return dg.make(codes.F009, display, 1, 1, name=linked)
    relative = PurePosixPath(display)
    parts = relative.parts[1:] if relative.parts[:1] == (MODELS_FOLDER,) else relative.parts[-1:]
    for number, part in enumerate(parts, 1):
        name = part.removesuffix(path.suffix) if number == len(parts) else part
        if not SLUG_RE.match(name) or (number == len(parts) and path.suffix not in YAML_SUFFIXES):
            return dg.make(codes.F008, display, 1, 1, name=part, suggestion=slug_suggestion(name) + (
                ".yaml" if number == len(parts) else ""))
    return None


def _symlinked_part(path: Path, display: str) -> str | None:
    """The first symbolic link among the file and its folders below the models folder (by display path)."""
    depth = len(PurePosixPath(display).parts) - 1 if display.startswith(MODELS_FOLDER + "/") else 0
    current = path
    for _ in range(max(depth, 1)):
        if current.is_symlink():
            return current.name
        current = current.parent
    return None


def read_text(path: Path, display: str) -> tuple[str | None, list[Diagnostic]]:
    """Bytes → text, refusing huge, non-UTF-8 and empty files with positioned diagnostics."""
    data = path.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        return None, [dg.make(codes.F003, display, 1, 1, size=len(data), limit=MAX_FILE_BYTES)]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [dg.make(codes.F001, display, line, column, offset=exc.start)]
    if not text.strip():
        return None, [dg.make(codes.F002, display, 1, 1)]
    return text, []


Parsed = tuple[LoadedFile | None, list[Diagnostic]]
_LONE_CARRIAGE_RETURN = re.compile(r"\r(?!\n)")


def load_file(path: Path, display: str, kind: FileKind,
              parse: Callable[[str, str, FileKind], Parsed] | None = None) -> Parsed:
    """Name check, read, parse; `parse` replaces `parse_text` (the validator passes a cached one)."""
    refused = check_file_name(path, display)
    if refused is not None:
        return None, [refused]
    text, problems = read_text(path, display)
    if text is None:
        return None, problems
    return (parse or parse_text)(text, display, kind)


def parse_text(text: str, display: str, kind: FileKind) -> tuple[LoadedFile | None, list[Diagnostic]]:
    # A carriage return without a line feed (an old Mac file, a paste) ends a line for libyaml and for an editor:
    # made a plain line break, so every position below counts lines as both do.
    text = _LONE_CARRIAGE_RETURN.sub("\n", text)
    # Word-paste characters and `key: #…` are named first and repaired in the text that is parsed, so
    # one pasted character is one diagnostic, not a YAML error somewhere below it.
    repaired, problems = scan_characters(text, display)
    repaired, commented = quote_comment_values(repaired, display)
    root, parsed = parse_yaml(repaired, display)
    problems += commented + parsed
    if root is None:
        if not problems:
            problems.append(_empty(text, display))
        return None, problems
    if not isinstance(root, YMap):
        problems.append(dg.make(codes.F004, display, root.pos.line, root.pos.column, found=_describe(root)))
        return None, problems
    return LoadedFile(display, kind, root, find_comments(text) if "#" in text else ()), problems


def _empty(text: str, display: str) -> Diagnostic:
    """An editor shows a file of comments as 130 lines; "tyhjä" would contradict what the maintainer sees."""
    lines = text.splitlines()
    comments = [i for i, line in enumerate(lines, start=1) if line.lstrip().startswith("#")]
    if comments:
        return dg.make(codes.F006, display, comments[0], 1, lines=len(lines))
    return dg.make(codes.F002, display, 1, 1)


def _describe(node: YNode) -> str:
    return message("load.root.list" if not isinstance(node, YMap) and hasattr(node, "items") else "load.root.scalar")

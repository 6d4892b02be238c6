"""The guide's worked example (content/yllapito/esimerkki.md) applied to a copy of the repository, and that copy
built ONCE per run with `mkdocs build --strict` (tests/run_folder.py): tests/workflow/test_guide_example.py checks
the pages the example describes, tests/site/test_early_search_documents.py the search documents a cold build made
(the copy starts without the search cache, tests/browser/serving.py). One build serves both: each was a whole site."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.browser.serving import REPO_ROOT, build_site, copy_repo
from tests.run_folder import built_once

GUIDE_PAGE = REPO_ROOT / "content" / "yllapito" / "esimerkki.md"
BLOCK = re.compile(r"<!-- esimerkki: (?P<path>\S+)(?: (?P<key>\w+))? -->\n```yaml\n(?P<body>.*?)```", re.DOTALL)
MODEL = "process_models/esimerkkila/kuntouttava-tyotoiminta.yaml"


def blocks() -> list[tuple[str, str | None, str]]:
    return [(m["path"], m["key"], m["body"]) for m in BLOCK.finditer(GUIDE_PAGE.read_text(encoding="utf-8"))]


def insert_under(text: str, key: str, entries: str) -> str:
    """Append list entries at the end of a top-level key's list, as the guide says (text, comments kept)."""
    lines = text.splitlines(keepends=True)
    start = lines.index(f"{key}:\n")
    end = next((i for i in range(start + 1, len(lines)) if re.match(r"[a-z_]+:", lines[i])), len(lines))
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return "".join(lines[:end]) + entries + "".join(lines[end:])


def apply_example(root: Path) -> None:
    for path, key, body in blocks():
        target = root / path
        if key is None:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(body, encoding="utf-8")
        else:
            target.write_text(insert_under(target.read_text(encoding="utf-8"), key, body), encoding="utf-8")



@dataclass(frozen=True)
class ExampleBuild:
    repo: Path  # the copy with the example applied; its .cache/polku is what the build made
    site: Path
    output: str  # what `mkdocs build` printed (stderr)


RECORD = "rakennus.json"


def example_build(factory: pytest.TempPathFactory, worker_id: str) -> ExampleBuild:
    folder = built_once(factory, worker_id, "esimerkki", _build)
    record = json.loads((folder / RECORD).read_text(encoding="utf-8"))
    return ExampleBuild(folder / "repo", folder / "site", record["stderr"])


def _build(folder: Path) -> None:
    repo = copy_repo(folder / "repo")
    apply_example(repo)
    built = build_site(repo, folder / "site", strict=True)
    assert built.returncode == 0, built.stdout + built.stderr
    (folder / RECORD).write_text(json.dumps({"stderr": built.stderr}), encoding="utf-8")

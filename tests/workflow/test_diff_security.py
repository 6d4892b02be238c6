"""`polku diff` on hostile revisions: a git tree with '..' entries cannot write outside the scratch folder,
and the pull-request comment carries no raw HTML and no @mention, whether a side is valid or not."""

from __future__ import annotations

import hashlib
import re
import subprocess
import tempfile
from pathlib import Path

import pytest

from generator.diff.escape import comment_text, fenced
from tests.workflow.conftest import MODEL, GitRepo, Polku, git_env

PWNED = "polku-diff-pwned.yaml"


def _tree_with_dotdot(repo: GitRepo, levels: int) -> str:
    """A commit whose tree holds process_models/../../…/PWNED (git mktree accepts '..' entries)."""
    blob = _git_input(repo, ["hash-object", "-w", "--stdin"], b"id: pwned\n")
    tree = _git_input(repo, ["mktree"], f"100644 blob {blob}\t{PWNED}\n".encode())
    for _ in range(levels):
        tree = _git_input(repo, ["mktree"], f"040000 tree {tree}\t..\n".encode())
    root = _git_input(repo, ["mktree"], f"040000 tree {tree}\tprocess_models\n".encode())
    return repo.git("commit-tree", root, "-p", "HEAD", "-m", "Vihamielinen puu").strip()


def _git_input(repo: GitRepo, args: list[str], data: bytes) -> str:
    done = subprocess.run(["git", *args], cwd=repo.root, env=git_env(repo.home), input=data,
                          capture_output=True, check=True)
    return done.stdout.decode().strip()


def _checksums(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and ".git" not in p.parts}


@pytest.mark.parametrize("levels", [1, 3, 6])
def test_a_tree_with_dotdot_entries_writes_nothing_outside_the_scratch_folder(
        repo: GitRepo, polku: Polku, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, levels: int) -> None:
    scratch_parent = tmp_path / "scratch"
    scratch_parent.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch_parent))  # 3 levels up from the scratch is tmp_path
    hostile = _tree_with_dotdot(repo, levels)
    before = _checksums(tmp_path)
    result = polku(repo, "diff", "HEAD", hostile)
    assert result.code == 1
    assert result.err == ("polku diff: Versiossa on tiedostonimi, joka osoittaa vertailukansion ulkopuolelle: "
                          f"'process_models/{'../' * levels}{PWNED}'.\n")
    assert _checksums(tmp_path) == before, "nothing was written anywhere under the test's folder"
    assert list(scratch_parent.iterdir()) == [], "the scratch folder was removed"
    assert [p for p in (tmp_path, *tmp_path.parents) if (p / PWNED).exists()] == []


def test_an_invalid_side_is_reported_inside_a_code_fence(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "title: Esimerkkipalvelun prosessi", 'title: Esimerkki\n"<img src=x onerror=alert(1)>": 1\n'
              "summary: <details open>@octocat katso</details>")
    repo.commit("Rikottu")
    result = polku(repo, "diff", "HEAD~1", "HEAD")
    assert result.code == 1
    outside = re.sub(r"(?ms)^(`{3,})text\n.*?^\1\n", "", result.out)
    assert outside == "Versiossa HEAD on virheitä, joten sitä ei voi verrata:\n"
    assert "<img src=x onerror=alert(1)>" in result.out, "the offending key is still shown, verbatim, in the fence"
    assert result.out.count("```") == 2


def test_mentions_and_markup_in_model_text_are_neutralised_in_a_valid_comment(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "title: Sopimuksen laatiminen", "title: Sopimus @octocat ja [linkki](https://example.invalid)")
    repo.commit("Nimi")
    result = polku(repo, "diff", "HEAD~1", "HEAD")
    assert result.code == 0, result.err
    assert "@octocat" not in result.out and "@\u2060octocat" in result.out
    # The brackets are escaped, so GitHub shows the text literally instead of a link named "linkki".
    assert "Sopimus @\u2060octocat ja \\[linkki\\](https://example.invalid)" in result.out
    assert " [linkki](" not in result.out


def test_escape_helpers() -> None:
    assert comment_text("<b>@team</b> a@b") == "&lt;b>@\u2060team&lt;/b> a@\u2060b"
    # Only what GitHub would misread is escaped: versions, hyphenated names and brackets read as written.
    assert comment_text("Etelä-Pohjanmaa, versio 1.0 (luonnos)") == "Etelä-Pohjanmaa, versio 1.0 (luonnos)"
    assert comment_text("**a** _b_ `c` [d](e) ~~f~~ g|h") == (
        "\\*\\*a\\*\\* \\_b\\_ \\`c\\` \\[d\\](e) \\~\\~f\\~\\~ g\\|h")
    assert comment_text("1. kohta") == "1\\. kohta"
    assert comment_text("# otsikko") == "\\# otsikko"
    assert fenced("a ```` b\n") == "`````text\na ```` b\n`````\n"

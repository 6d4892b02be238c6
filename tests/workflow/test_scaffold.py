"""`polku new`: scaffolds validate strictly at once, for every service in the repository's catalogue,
and never overwrite or damage an existing file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.project import Project
from generator.resolve import resolve
from tests.workflow.conftest import Run

REPO = Path(__file__).resolve().parents[2]
GRAPH = resolve(Project.at(REPO).validate().models)
REGIONS = "process_models/catalog/alueet.yaml"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the repository's models (the real catalogue), safe to write into."""
    root = tmp_path / "projekti"
    shutil.copytree(REPO / "process_models", root / "process_models")
    shutil.copytree(REPO / "schema", root / "schema")
    return root


def polku(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> Run:
    from generator.cli import main

    capsys.readouterr()
    code = main(["--root", str(root), *args])
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


@pytest.mark.parametrize("service_id", list(GRAPH.services))
def test_scaffold_for_every_service_passes_strict_validation(
        service_id: str, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    created = polku(capsys, project, "new", "process", "--region", "uusimaa", "--service", service_id,
                    "--id", f"uusi-{service_id}")
    assert created.code == 0, created.err
    path = f"process_models/uusimaa/uusi-{service_id}.yaml"
    assert created.out.startswith(f"Luotu: {path}\n")
    checked = polku(capsys, project, "validate", "--strict")
    assert checked.code == 0, checked.out
    assert checked.out.startswith("Kaikki kunnossa")


def test_scaffold_is_prefilled_with_phases_and_questions(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert polku(capsys, project, "new", "process", "--region", "uusimaa",
                 "--service", "kuntouttava-tyotoiminta").code == 0
    models = Project.at(project).validate().models
    [scaffold] = [p.model for p in models.processes if p.model.id == "uusimaa-kuntouttava-tyotoiminta"]
    service = GRAPH.services["kuntouttava-tyotoiminta"]
    assert [s.phase for s in scaffold.steps] == [p.id for p in service.phases]
    assert [a.question for a in scaffold.answers] == [q.id for q in service.questions]
    assert all(a.answer is None for a in scaffold.answers), "a scaffold never invents an answer"
    text = (project / "process_models/uusimaa/kuntouttava-tyotoiminta.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schema/process.schema.json\n")
    assert "# Kuka tekee PTA:n?\n  - question: kuka-tekee-pta\n" in text


def test_custom_title_with_yaml_specials_is_quoted(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    title = 'Työkokeilu: "Uusimaa" # ja muut'
    assert polku(capsys, project, "new", "process", "--region", "uusimaa", "--service", "tyokokeilu",
                 "--title", title).code == 0
    [made] = [p.model for p in Project.at(project).validate().models.processes if p.model.id == "uusimaa-tyokokeilu"]
    assert made.title.fi == title


def test_scaffold_refuses_to_overwrite(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A model with another id already sits where the scaffold would go: it stays as it was."""
    source = project / "process_models/etela-pohjanmaa/kuntouttava-tyotoiminta.yaml"
    target = project / "process_models/uusimaa/tyokokeilu.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    text = source.read_text(encoding="utf-8").replace("id: etela-pohjanmaa-kuntouttava-tyotoiminta\n",
                                                      "id: kasin-aloitettu\n").replace(
        "region: etela-pohjanmaa\n", "region: uusimaa\n")  # in its region's folder (R014)
    target.write_text(text, encoding="utf-8")
    result = polku(capsys, project, "new", "process", "--region", "uusimaa", "--service", "tyokokeilu")
    assert result.code == 1
    assert "Tiedosto process_models/uusimaa/tyokokeilu.yaml on jo olemassa; en kirjoita sen päälle" in result.err
    assert target.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(("args", "message"), [
    (["--region", "lappi", "--service", "tyokokeilu"], "Aluetta 'lappi' ei ole aluekatalogissa"),
    (["--region", "uusimaa", "--service", "tyokoe"], "Palvelua 'tyokoe' ei ole palvelukatalogissa"),
    (["--region", "uusimaa", "--service", "tyokokeilu", "--id", "Iso Id"], "Tunniste 'Iso Id' ei kelpaa"),
])
def test_bad_arguments_are_finnish_errors(args: list[str], message: str, project: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    result = polku(capsys, project, "new", "process", *args)
    assert result.code == 1
    assert message in result.err
    assert not (project / "process_models/uusimaa").exists()


def test_new_region_keeps_every_comment_and_validates(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (project / REGIONS).read_text(encoding="utf-8")
    result = polku(capsys, project, "new", "region", "--id", "keski-suomi", "--name", "Keski-Suomi",
                   "--kind", "hyvinvointialue")
    assert result.code == 0, result.out + result.err
    after = (project / REGIONS).read_text(encoding="utf-8")
    entry = '  - id: keski-suomi\n    name: "Keski-Suomi"\n    kind: hyvinvointialue\n'
    assert after.count(entry) == 1
    assert after.replace(entry, "") == before, "only the new entry is added; comments and layout stay"
    assert after.index(entry) < after.index("organisations:")
    graph = resolve(Project.at(project).validate().models)
    assert graph.regions["keski-suomi"].name.fi == "Keski-Suomi"
    made = polku(capsys, project, "new", "process", "--region", "keski-suomi", "--service", "tyokokeilu")
    assert made.code == 0 and polku(capsys, project, "validate", "--strict").code == 0


def test_existing_region_is_refused_and_file_untouched(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (project / REGIONS).read_text(encoding="utf-8")
    result = polku(capsys, project, "new", "region", "--id", "satakunta", "--name", "Satakunta", "--kind", "maakunta")
    assert result.code == 1
    assert "Alue 'satakunta' on jo aluekatalogissa" in result.err
    assert (project / REGIONS).read_text(encoding="utf-8") == before


def test_region_that_would_break_the_models_is_rolled_back(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = project / REGIONS
    broken = path.read_text(encoding="utf-8").replace("organisations:\n", "organisations: [\n", 1)
    path.write_text(broken, encoding="utf-8")
    result = polku(capsys, project, "new", "region", "--id", "lappi", "--name", "Lappi", "--kind", "maakunta")
    assert result.code == 1
    assert "korjaa nämä ensin" in result.out
    assert path.read_text(encoding="utf-8") == broken

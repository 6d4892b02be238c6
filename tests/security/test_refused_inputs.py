"""Hostile files rather than hostile text: names, links, nesting, size, control characters after YAML escapes,
reserved ids and personal data in comments. Each is refused once, with its code, at its place, never with a
traceback."""

from __future__ import annotations

import copy
import os
import shutil
from pathlib import Path

import pytest

from generator.diagnostics import Diagnostic
from generator.project import Project
from generator.publish.build import build
from generator.validate.limits import MAX_STEPS
from tests.browser.serving import REPO_ROOT
from tests.security.payloads import P, dump, load

PROCESS = P


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(REPO_ROOT / "process_models", tmp_path / "process_models")
    return tmp_path


def problems(repo: Path) -> list[tuple[str, str, int, int]]:
    return [(d.code, d.file, d.line, d.column) for d in Project.at(repo).validate().diagnostics]


@pytest.mark.parametrize("name", ['x"><img src=x onerror=alert(1)>.yaml', "a`b.yaml", "Iso.yaml", "väli lyönti.yaml",
                                  "x.yaml.txt.yaml", "x..yaml"])
def test_a_file_name_that_is_not_a_slug_is_refused(repo: Path, name: str) -> None:
    shutil.copy(repo / PROCESS, repo / "process_models" / "satakunta" / name)
    assert problems(repo) == [("F008", f"process_models/satakunta/{name}", 1, 1)]


def test_a_folder_name_that_is_not_a_slug_is_refused(repo: Path) -> None:
    (repo / "process_models" / "Uusi Alue").mkdir()
    shutil.copy(repo / PROCESS, repo / "process_models" / "Uusi Alue" / "malli.yaml")
    assert problems(repo) == [("F008", "process_models/Uusi Alue/malli.yaml", 1, 1)]


def test_symlinked_files_and_folders_are_refused_not_followed(repo: Path, tmp_path: Path) -> None:
    outside = tmp_path / "muualla"
    outside.mkdir()
    shutil.copy(repo / PROCESS, outside / "salainen.yaml")
    os.symlink(outside / "salainen.yaml", repo / "process_models" / "satakunta" / "linkki.yaml")
    os.symlink(outside, repo / "process_models" / "linkkikansio")
    found = Project.at(repo).validate().diagnostics
    assert [(d.code, d.file, d.line) for d in found] == [
        ("F009", "process_models/linkkikansio", 1), ("F009", "process_models/satakunta/linkki.yaml", 1)]
    assert not any(str(tmp_path) in d.message for d in found), "no absolute path is echoed"


@pytest.mark.parametrize("depth", [25, 330, 5000])
def test_deep_nesting_is_one_positioned_y005_without_recursion_error(repo: Path, depth: int) -> None:
    target = repo / "process_models" / "satakunta" / "syva.yaml"
    target.write_text("id: syva\nsummary: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    # the composer stops at level 25; libyaml's scanner, which reads ahead, stops at level 1000 on its own
    column = 34 if depth < 1000 else 1009
    assert problems(repo) == [("Y005", "process_models/satakunta/syva.yaml", 2, column)]
    assert build(repo).diagnostics[0].code == "Y005", "the build refuses it the same way"


def test_a_document_over_the_node_limit_is_reported_once(repo: Path) -> None:
    target = repo / "process_models" / "satakunta" / "laaja.yaml"
    target.write_text("id: laaja\nsummary: [" + ",".join(["a"] * 200_500) + "]\n", encoding="utf-8")
    found = Project.at(repo).validate().diagnostics
    assert [(d.code, d.line) for d in found] == [("Y005", 2)]
    assert found[0].message == "Rakenne on liian laaja (200001; enintään 200000)."


@pytest.mark.parametrize(("escape", "codepoint"), [("\\x0b", "000B"), ("\\0", "0000"), ("\\x07", "0007"),
                                                   ("\\e", "001B"), ("\\x85", "0085"), ("\\u009b", "009B"),
                                                   ("\\r", "000D")])
def test_a_control_character_written_as_an_escape_is_refused_at_its_value(
        repo: Path, escape: str, codepoint: str) -> None:
    text = (repo / PROCESS).read_text(encoding="utf-8")
    text = text.replace('title: "Fokus:', f'title: "Fokus{escape}:', 1)
    (repo / PROCESS).write_text(text, encoding="utf-8")
    found = Project.at(repo).validate().diagnostics
    assert [(d.code, d.file, d.line, d.column) for d in found] == [("Y012", PROCESS, 5, 8)]
    assert found[0].message.startswith(f"Arvossa on ohjausmerkki U+{codepoint} ")


def test_a_control_character_in_a_key_is_refused(repo: Path) -> None:
    (repo / PROCESS).write_text((repo / PROCESS).read_text(encoding="utf-8") + '"avain\\x07": 1\n', encoding="utf-8")
    codes = {d.code for d in Project.at(repo).validate().diagnostics}
    assert "Y012" in codes


@pytest.mark.parametrize(("catalog", "kind"), [("roolit.yaml", "roles"), ("alueet.yaml", "regions"),
                                                ("saadokset.yaml", "legal_bases"), ("palvelut.yaml", "services")])
def test_index_is_a_reserved_catalogue_id(repo: Path, catalog: str, kind: str) -> None:
    path = repo / "process_models" / "catalog" / catalog
    data = load(path)
    data[kind].append({**copy.deepcopy(data[kind][-1]), "id": "index"})
    dump(path, data)
    found = [d for d in Project.at(repo).validate().diagnostics if d.code == "S009"]
    assert [(d.file, d.message) for d in found] == [
        (f"process_models/catalog/{catalog}", found[0].message)]
    assert found[0].message.startswith("Tunniste 'index' on varattu sivuston omaan käyttöön")


@pytest.mark.parametrize("file", [PROCESS, "process_models/forms/ktt-sopimus.yaml"])
def test_index_is_a_reserved_process_and_form_id(repo: Path, file: str) -> None:
    text = (repo / file).read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("id: "))
    (repo / file).write_text(text.replace(text.splitlines()[line - 1], "id: index", 1), encoding="utf-8")
    found = [(d.code, d.file, d.line, d.column) for d in Project.at(repo).validate().diagnostics]
    assert ("S009", file, line, 5) in found
    assert not build(repo).ok, "the build stops at validation with the positioned message"


def test_too_many_steps_are_refused_before_graphviz(repo: Path) -> None:
    data = load(repo / PROCESS)
    first = data["steps"][0]
    # one step over the limit (a file over the size limit, F003, is refused before its steps are counted:
    # tests/validate/test_files.py)
    data["steps"] = [{**copy.deepcopy(first), "id": f"v{i}", "next": [{"step": f"v{i + 1}"}]}
                     for i in range(MAX_STEPS + 1)]
    data["steps"][-1]["next"] = [{"end": True}]
    (repo / PROCESS).write_text("", encoding="utf-8")
    dump(repo / PROCESS, data)
    result = build(repo)
    assert result.content is None and "render" not in result.timings, "refused before any diagram is drawn"
    assert [(d.code, d.file, d.message) for d in result.diagnostics if d.is_error] == [
        ("S010", PROCESS, f"Prosessissa on {MAX_STEPS + 1} vaihetta; enintään {MAX_STEPS} on sallittu.")]


def test_a_text_over_the_length_limit_is_refused(repo: Path) -> None:
    data = load(repo / PROCESS)
    data["summary"] = "sana " * 2001
    dump(repo / PROCESS, data)
    found: list[Diagnostic] = Project.at(repo).validate().diagnostics
    assert [(d.code, d.message) for d in found] == [("Y013", "Teksti on liian pitkä (10005 merkkiä; enintään 10000).")]


@pytest.mark.parametrize(("comment", "code", "column"), [
    ("# soita 040 123 4567", "D002", 9), ("# vastuu: matti.meikalainen@example.invalid", "D003", 11),
    ("# asiakas 131052-308T", "D001", 11), ("# käy osoitteessa Hämeenkatu 5 as. 3", "D004", 19),
    ("# kysy matti@example.invalid", "D003", 8),
])
def test_personal_data_in_a_yaml_comment_is_refused_at_its_place(repo: Path, comment: str, code: str,
                                                                 column: int) -> None:
    text = (repo / PROCESS).read_text(encoding="utf-8")
    (repo / PROCESS).write_text(comment + "\n" + text, encoding="utf-8")
    assert problems(repo) == [(code, PROCESS, 1, column)]


def test_an_ordinary_comment_and_a_business_id_are_fine(repo: Path) -> None:
    text = (repo / PROCESS).read_text(encoding="utf-8")
    (repo / PROCESS).write_text("# Lähde: Y-tunnus 0201256-6, kirjaamo@example.invalid, vaihe 3\n" + text,
                                encoding="utf-8")
    assert problems(repo) == []

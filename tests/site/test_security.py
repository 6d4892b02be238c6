"""Model text is untrusted: hostile text is refused by the validator or escaped by the templates, and ids
never become paths outside the site."""

from __future__ import annotations

import html
import posixpath
import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.project import Project
from generator.publish.build import build
from generator.render.text import block, inline, meta
from tests.browser.serving import REPO_ROOT
from tests.site.hostile import IMAGE_BLOCK, INERT_BLOCK, INERT_INLINE, MODEL, write_hostile_model


@pytest.fixture
def models_copy(tmp_path: Path) -> Path:
    shutil.copytree(REPO_ROOT / "process_models", tmp_path / "process_models")
    return tmp_path


def test_validator_refuses_scripts_handlers_links_html_and_extension_syntax(models_copy: Path) -> None:
    model = write_hostile_model(models_copy, refused=True)
    result = Project.at(models_copy).validate()
    assert not result.ok
    ours = [d for d in result.diagnostics if d.file == MODEL]
    assert {"H001", "H002", "H003", "H004", "H005", "H006", "H007"} <= {d.code for d in ours}
    payload_lines = {n for n, line in enumerate(model.read_text(encoding="utf-8").splitlines(), 1)
                     if "window.__pwned" in line}
    assert payload_lines and payload_lines <= {d.line for d in ours}, "every hostile field is reported"


def test_validator_accepts_the_inert_payloads(models_copy: Path) -> None:
    """The browser test renders these; they must get past validation or that test proves nothing."""
    write_hostile_model(models_copy, refused=False)
    result = Project.at(models_copy).validate()
    assert result.ok, [(d.code, d.line, d.message) for d in result.diagnostics if d.file == MODEL]


@pytest.mark.parametrize("bad_id", ["../../etc/passwd", "/etc/passwd", "a/b", "..", "Isot-Kirjaimet", "a b"])
def test_an_id_that_could_leave_the_site_is_refused(models_copy: Path, bad_id: str) -> None:
    path = models_copy / MODEL
    model = yaml.safe_load(path.read_text(encoding="utf-8"))
    model["id"] = bad_id
    path.write_text(yaml.safe_dump(model, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = Project.at(models_copy).validate()
    assert "S004" in {d.code for d in result.diagnostics if d.file == MODEL}


def test_every_generated_file_stays_inside_the_site() -> None:
    result = build(REPO_ROOT)
    assert result.content is not None
    paths = [p.path for p in result.content.pages] + [a.path for a in result.content.assets]
    outside = [p for p in paths if posixpath.normpath(p) != p or p.startswith(("/", "..")) or "\\" in p]
    assert outside == []
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9._/-]*", p) for p in paths), [p for p in paths if not p.isascii()]


def test_inline_text_cannot_start_markup() -> None:
    escaped = inline(INERT_BLOCK)
    assert "\n" not in escaped
    assert not re.search(r"(?<!\\)[|<>\[\]`*{}]", escaped), escaped


def test_block_text_cannot_start_headings_tables_admonitions_or_images() -> None:
    lines = block(IMAGE_BLOCK).splitlines()
    assert not [line for line in lines if re.match(r"\s{0,3}(#|\||!!!|===|<)", line)]
    assert "![" not in block(IMAGE_BLOCK).replace("\\![", "")
    assert lines[-1] == "[ohje](https://example.invalid)", "a link title is dropped, never an attribute"


def test_front_matter_value_is_one_yaml_scalar_with_escaped_html() -> None:
    hostile = INERT_INLINE + '\n---\ntitle: "kaapattu" \\'
    parsed = yaml.safe_load(f"title: {meta(hostile)}\nnext: kept")
    assert parsed == {"title": html.escape(" ".join(hostile.split()), quote=True), "next": "kept"}

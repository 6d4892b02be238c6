"""Material's Finnish strings as the site uses them, through the theme overrides in generator/publish/overrides."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from mkdocs.config import load_config

from tests.browser.serving import REPO_ROOT


@pytest.fixture(scope="module")
def translate() -> Callable[[str], str]:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config = load_config(config_file=str(REPO_ROOT / "mkdocs.yml"))
    env = config.theme.get_env()
    module = env.get_template("partials/language.html", None, {"config": config}).module
    translation: Callable[[str], str] = module.t  # type: ignore[attr-defined]  # a Jinja macro
    return translation


@pytest.mark.parametrize(("key", "finnish"), [("meta.source", "Lähdekoodi"), ("search.reset", "Tyhjennä"),
                                              ("search.placeholder", "Hae")])
def test_finnish_strings(translate: Callable[[str], str], key: str, finnish: str) -> None:
    assert str(translate(key)) == finnish

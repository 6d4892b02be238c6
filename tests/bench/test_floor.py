"""The floor's mkdocs.yml gives Material everything the polku plugin would have: the theme overrides read their
words from `config.extra`, and a floor without them stops `make bench` after its cold and warm builds."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.publish.script_messages import THEME_EXTRA_KEY, theme_messages
from tests.bench.floor import write_floor_config
from tests.browser.serving import copy_repo


def test_the_floor_config_carries_the_theme_words_and_no_polku_plugin(tmp_path: Path) -> None:
    corpus = copy_repo(tmp_path / "repo")
    written = yaml.safe_load(write_floor_config(corpus, tmp_path / "tree").read_text(encoding="utf-8"))
    assert written["extra"][THEME_EXTRA_KEY] == theme_messages()
    assert [p for p in written["plugins"] if p == "polku" or (isinstance(p, dict) and "polku" in p)] == []
    assert written["docs_dir"] == str(tmp_path / "tree")

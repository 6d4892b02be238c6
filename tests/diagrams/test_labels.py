"""Label text: wrapped by width, over-long Finnish words hyphenated at syllables, escaped for DOT."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.render.diagrams.labels import html_lines, plain, split_word, wrap


@pytest.mark.parametrize(("word", "width", "pieces"), [
    ("työllistymissuunnitelman", 20, ["työllistymissuunni-", "telman"]),
    ("Aktivointisuunnitelman", 14, ["Aktivointi-", "suunnitelman"]),
    ("Aktivointisuunnitelman", 22, ["Aktivointisuunnitelman"]),
])
def test_long_words_break_with_a_hyphen(word: str, width: int, pieces: list[str]) -> None:
    assert split_word(word, width) == pieces


@given(st.text(alphabet="abcdeiklmnoprstuvyäö -", min_size=1, max_size=200), st.integers(8, 30))
def test_wrapped_lines_fit_and_keep_every_letter(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert all(len(line) <= width for line in lines)
    assert "".join(lines).replace("-", "").replace(" ", "") == text.replace("-", "").replace(" ", "")


def test_html_label_text_is_escaped() -> None:
    assert html_lines('<b>x</b> & "y"', 40) == "&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;"


def test_plain_attributes_cannot_become_html_or_escapes() -> None:
    import graphviz

    dot = graphviz.Digraph()
    dot.node("a", tooltip=plain("<b>x</b> \\N"))
    assert 'tooltip="<b>x</b> \\\\N"' in dot.source

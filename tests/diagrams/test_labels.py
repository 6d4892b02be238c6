"""Label text: wrapped by width, over-long Finnish words hyphenated where Voikko allows, escaped for DOT."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.render.diagrams.labels import html_lines, plain, split_word, wrap


@pytest.mark.parametrize(("word", "width", "pieces"), [
    # a compound seam first, when it fills at least half the line
    ("työllistymissuunnitelman", 20, ["työllistymis-", "suunnitelman"]),
    ("Aktivointisuunnitelman", 14, ["Aktivointi-", "suunnitelman"]),
    ("Aktivointisuunnitelman", 22, ["Aktivointisuunnitelman"]),
    ("sosiaalityöntekijä", 16, ["sosiaalityön-", "tekijä"]),  # not "sosiaalityönte-kijä"
    ("Työvoimaviranomainen", 16, ["Työvoimaviran-", "omainen"]),  # not "Työvoimavirano-mainen"
    ("palvelutarpeeseen?", 12, ["palvelu-", "tarpeeseen?"]),  # punctuation does not hide the word
    ("asiakas", 4, ["asiakas"]),  # a short word is never broken: its box grows instead
])
def test_long_words_break_at_voikko_syllable_boundaries(word: str, width: int, pieces: list[str]) -> None:
    assert split_word(word, width) == pieces


def test_breaks_are_voikko_hyphenation_points() -> None:
    import libvoikko

    voikko = libvoikko.Voikko("fi")
    for word in ("kuntouttavan", "työtoimintapaikan", "yhteyshenkilönä", "monialaisen"):
        allowed = {i for i, mark in enumerate(voikko.getHyphenationPattern(word)) if mark == "-"}
        for width in range(4, len(word)):
            pieces = split_word(word, width)
            cuts = [sum(len(p) - 1 for p in pieces[: k + 1]) for k in range(len(pieces) - 1)]
            assert set(cuts) <= allowed, (word, width, pieces)
            assert all(len(p.rstrip("-")) >= 3 for p in pieces), (word, width, pieces)


@given(st.text(alphabet="abcdeiklmnoprstuvyäö -", min_size=1, max_size=200), st.integers(8, 30))
def test_wrapped_lines_fit_and_keep_every_letter(text: str, width: int) -> None:
    lines = wrap(text, width)
    # only a single word without an allowed break may run past the width (never a cut inside a syllable)
    assert all(len(line) <= width or " " not in line.strip() for line in lines)
    assert "".join(lines).replace("-", "").replace(" ", "") == text.replace("-", "").replace(" ", "")


def test_html_label_text_is_escaped() -> None:
    assert html_lines('<b>x</b> & "y"', 40) == "&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;"


def test_plain_attributes_cannot_become_html_or_escapes() -> None:
    import graphviz

    dot = graphviz.Digraph()
    dot.node("a", tooltip=plain("<b>x</b> \\N"))
    assert 'tooltip="<b>x</b> \\\\N"' in dot.source

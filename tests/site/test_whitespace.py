"""The theme's indentation next to tags is dropped as a page is written; text and preformatted blocks are not."""

from __future__ import annotations

from generator.publish.whitespace import collapse_layout_whitespace


def test_indentation_between_tags_becomes_one_line_break() -> None:
    page = '<nav>\n      \n    <ul>\n  <li>\n    <a href="x">Etusivu</a>\n  </li>\n</ul></nav>'
    assert collapse_layout_whitespace(page) == '<nav>\n<ul>\n<li>\n<a href="x">Etusivu</a>\n</li>\n</ul></nav>'


def test_blank_lines_around_a_navigation_title_become_one_line_break_each() -> None:
    page = '<a href="x">\n<span class="md-ellipsis">\n    \n  \n    Etusivu\n  \n\n    \n  </span>\n</a>'
    assert collapse_layout_whitespace(page) == '<a href="x">\n<span class="md-ellipsis">\nEtusivu\n</span>\n</a>'


def test_spaces_on_one_line_and_text_stay() -> None:
    page = "<p><b>Vastuu</b> <i>ohjaaja</i></p>\n  <p>  teksti\n    jatkuu  </p>"
    assert collapse_layout_whitespace(page) == "<p><b>Vastuu</b> <i>ohjaaja</i></p>\n<p>  teksti\n    jatkuu  </p>"


def test_preformatted_scripts_and_styles_are_left_alone() -> None:
    kept = ('<pre><code><span>id: x</span>\n    <span>steps:</span>\n</code></pre>'
            '<textarea>\n  <b>\n</textarea><script>\n  if (a >\n  <b) {}\n</script><STYLE>\n  a>\n  <b\n</STYLE>')
    assert collapse_layout_whitespace(f"<div>\n  {kept}\n  </div>") == f"<div>\n{kept}\n</div>"


def test_only_runs_next_to_a_tag_or_an_end_change_whatever_whitespace_they_hold() -> None:
    """The pattern is written for speed (whitespace.py); these edges pin what it must still mean: a run with a line
    break after `>` or at the start, or before `<` or at the end, is one line break; any other run stays as it is,
    such as one whose line break comes only after a non-breaking space, a form feed or a line separator."""
    cases = {
        "\n\n<a>": "\n<a>",
        ">\n  \n": ">\n",
        " \t\r\n\f\v <p>": "\n<p>",
        "x\n\n\n  y": "x\n\n\n  y",
        "x \n\u00a0\n <b>": "x\n<b>",
        "x\u00a0\n <b>": "x\u00a0\n<b>",
        "y \n\u00a0 \n z": "y \n\u00a0 \n z",
        "text\u2028\n <i>": "text\u2028\n<i>",
        "\f\n <x>": "\f\n<x>",
        "<p>a   \n   b</p>\n\n": "<p>a   \n   b</p>\n",
        "<b>  x  \n": "<b>  x\n",
        "<b> \u00a0\n</b>": "<b> \u00a0\n</b>",
        "a \t b\n": "a \t b\n",
    }
    assert {page: collapse_layout_whitespace(page) for page in cases} == cases

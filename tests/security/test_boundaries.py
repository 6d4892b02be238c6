"""The escaping at each boundary, on its own: what reaches an attribute, a link destination, a code span or
a Markdown block cannot become markup, whatever the validator let through."""

from __future__ import annotations

import html

import pytest

from generator.publish.attributes import safe_title_attributes
from generator.render.text import block, code, href


@pytest.mark.parametrize(("source", "expected"), [
    ('<abbr title="&lt;img src=x onerror=alert(1)&gt;">ja</abbr>',
     '<abbr title="&amp;lt;img src=x onerror=alert(1)&amp;gt;">ja</abbr>'),
    ('<a class="x" title="A &amp; B">t</a>', '<a class="x" title="A &amp;amp; B">t</a>'),
    ('<a title="Linkki tähän kohtaan">¶</a>', '<a title="Linkki tähän kohtaan">¶</a>'),
    ("<pre>title=\"&lt;b&gt;\"</pre>", "<pre>title=\"&lt;b&gt;\"</pre>"),
])
def test_a_title_never_decodes_to_markup_for_innerhtml(source: str, expected: str) -> None:
    assert safe_title_attributes(source) == expected


def test_innerhtml_of_a_made_safe_title_is_the_original_text() -> None:
    text = "<img src=x onerror=alert(1)> & &lt;"
    made = safe_title_attributes(f'<abbr title="{html.escape(text)}">x</abbr>')
    dom_value = html.unescape(made.split('title="')[1].split('"')[0])  # what el.title returns
    assert "<" not in dom_value and html.unescape(dom_value) == text  # what innerHTML then shows


@pytest.mark.parametrize(("url", "expected"), [
    ("https://a.fi/)![p](https://b.fi/p.png)", "https://a.fi/%29!%5Bp%5D%28https://b.fi/p.png%29"),
    ('https://a.fi/" onmouseover="x', "https://a.fi/%22%20onmouseover=%22x"),
    ("javascript:alert(1)", "#"),
    ("https://www.finlex.fi/fi/laki/ajantasa/2001/20010189#P2", "https://www.finlex.fi/fi/laki/ajantasa/2001/20010189#P2"),
])
def test_href_keeps_a_destination_inside_its_parentheses(url: str, expected: str) -> None:
    assert href(url) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("process_models/forms/a`b.yaml", "``process_models/forms/a`b.yaml``"),
    ("`x`", "`` `x` ``"),
    ("plain.yaml", "`plain.yaml`"),
])
def test_a_code_span_cannot_be_closed_by_its_text(text: str, expected: str) -> None:
    assert code(text) == expected


def test_block_text_keeps_entities_as_text_and_drops_link_titles() -> None:
    assert block("&lt;img&gt; ja &#60;b&#62;") == "&amp;lt;img&amp;gt; ja &amp;#60;b&amp;#62;"
    assert block('[ohje](https://a.fi "&lt;img&gt;") ja [x](https://b.fi \'t\')') == "[ohje](https://a.fi) ja [x](https://b.fi)"
    assert block('[r]: https://a.fi "otsikko"') == "[r]: https://a.fi"

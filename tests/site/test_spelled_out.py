"""A glossary tooltip is kept where it explains something and dropped where the text already spells it out."""

from __future__ import annotations

from generator.publish.spelled_out import drop_spelled_out_abbreviations


def test_a_word_that_is_its_own_expansion_loses_the_tooltip_and_keeps_its_text() -> None:
    page = ('<a href="../../roolit/te-palvelut/"><abbr title="TE-palvelut">TE</abbr>-palvelut '
            '(<abbr title="TE-palvelut">TE</abbr>-toimisto)</a>')
    assert drop_spelled_out_abbreviations(page) == (
        '<a href="../../roolit/te-palvelut/">TE-palvelut (<abbr title="TE-palvelut">TE</abbr>-toimisto)</a>')


def test_an_abbreviation_standing_as_a_word_keeps_its_tooltip_even_beside_its_expansion() -> None:
    page = '<p><abbr title="IPS (Individual Placement and Support)">IPS</abbr> (Individual Placement and Support) on'
    assert drop_spelled_out_abbreviations(page) == page


def test_an_abbreviation_used_on_its_own_keeps_its_tooltip() -> None:
    page = ('<p><abbr title="kuntouttava työtoiminta">KTT</abbr> alkaa; <abbr title="Kansaneläkelaitos">Kela</abbr>'
            '</p><td><abbr title="TE-palvelut">TE</abbr></td><td>-palvelut</td>')
    assert drop_spelled_out_abbreviations(page) == page


def test_escaped_text_is_compared_as_the_reader_sees_it() -> None:
    page = ('<abbr title="A-&quot;B&quot; &amp; C">A</abbr>-"B" &amp; C, '
            '<abbr title="A-&quot;B&quot; &amp; C">A</abbr>-"B" &amp; D')
    assert drop_spelled_out_abbreviations(page) == ('A-"B" &amp; C, '
                                                    '<abbr title="A-&quot;B&quot; &amp; C">A</abbr>-"B" &amp; D')

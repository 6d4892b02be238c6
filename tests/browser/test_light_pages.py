"""How the lightened pages look in the browser: the responsibility matrix is centred by one stylesheet rule."""

from __future__ import annotations

from playwright.sync_api import Page

PROCESS = "prosessit/padasjoki-padaspaletti/"


def test_matrix_role_columns_are_centred_and_step_names_left(page: Page, site_url: str) -> None:
    page.goto(site_url + PROCESS)
    aligns = page.evaluate("""() => {
        const table = document.querySelector('.polku-vastuumatriisi table')
        const align = (cell) => getComputedStyle(cell).textAlign
        return {heads: [...table.querySelectorAll('thead th')].map(align),
                cells: [...new Set([...table.querySelectorAll('tbody td:not(:first-child)')].map(align))],
                steps: [...new Set([...table.querySelectorAll('tbody td:first-child')].map(align))]}
    }""")
    heads = aligns["heads"]
    assert heads[0] == "left" and set(heads[1:]) == {"center"}
    assert aligns["cells"] == ["center"]
    assert aligns["steps"] == ["left"]


def test_icons_drawn_by_the_stylesheet_have_the_size_and_colour_of_the_inline_ones(page: Page, site_url: str) -> None:
    page.goto(site_url + PROCESS)
    icons = page.evaluate("""() => {
        const look = (selector, pseudo) => {
            const element = document.querySelector(selector)
            const style = getComputedStyle(element, pseudo)
            return {size: [style.width, style.height], fill: style.backgroundColor,
                    colour: getComputedStyle(element).color, mask: style.maskImage.slice(0, 24)}
        }
        return {repository: look('.md-header .polku-lahdeikoni', '::after'), logo: look('.md-header .polku-logo'),
                menu: look('.md-header .polku-ikoni--valikko'), edit: look('.md-content__button .polku-ikoni')}
    }""")
    header = "rgb(255, 255, 255)"  # Material's header text on the indigo bar, which the inline icons took
    edit = icons["edit"]["colour"]  # the edit link's own (light grey) colour
    data = 'url("data:image/svg+xml,'
    assert icons == {
        "repository": {"size": ["24px", "24px"], "fill": header, "colour": header, "mask": data},
        "logo": {"size": ["24px", "24px"], "fill": header, "colour": header, "mask": data},
        "menu": {"size": ["24px", "24px"], "fill": header, "colour": header, "mask": data},
        "edit": {"size": ["24px", "24px"], "fill": edit, "colour": edit, "mask": data},
    }
    assert edit != header

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

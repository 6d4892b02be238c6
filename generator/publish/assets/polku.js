/* Polku: small enhancements; every page works without JavaScript. */

/* A wide table scrolls sideways inside its own box (on a phone). Keyboard users must be able to reach and
   scroll that box (WCAG 2.1.1, axe scrollable-region-focusable), so an overflowing box becomes a named,
   focusable region; a table that fits adds no extra tab stop. */
function polkuMarkScrollableTables() {
  for (const box of document.querySelectorAll(".md-typeset__scrollwrap")) {
    if (box.scrollWidth > box.clientWidth) {
      box.tabIndex = 0
      box.setAttribute("role", "region")
      box.setAttribute("aria-label", "Taulukko, vieritä sivusuunnassa")
    } else {
      box.removeAttribute("tabindex")
      box.removeAttribute("role")
      box.removeAttribute("aria-label")
    }
  }
}

document$.subscribe(polkuMarkScrollableTables)
window.addEventListener("resize", polkuMarkScrollableTables)

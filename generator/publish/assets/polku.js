/* Polku: small enhancements; every page works without JavaScript.
   The texts come from the message catalogue through viestit.js (polkuViesti), which loads first. */

/* A wide table scrolls sideways inside its own box (on a phone). Keyboard users must be able to reach and
   scroll that box (WCAG 2.1.1, axe scrollable-region-focusable), so an overflowing box becomes a named,
   focusable region; a table that fits adds no extra tab stop. */
function polkuMarkScrollableTables() {
  for (const box of document.querySelectorAll(".md-typeset__scrollwrap")) {
    if (box.scrollWidth > box.clientWidth) {
      box.tabIndex = 0
      box.setAttribute("role", "region")
      box.setAttribute("aria-label", polkuViesti("js.tables.scrollable"))
    } else {
      box.removeAttribute("tabindex")
      box.removeAttribute("role")
      box.removeAttribute("aria-label")
    }
  }
}

document$.subscribe(polkuMarkScrollableTables)
window.addEventListener("resize", polkuMarkScrollableTables)

/* Copy buttons next to the ids maintainers type into model files (partials/item_id.md.jinja). The buttons
   are hidden in the HTML, so a page without JavaScript shows only the selectable id. The result is said
   on the button itself and in a polite live region, for screen-reader users. */
function polkuCopyButtons() {
  let status = document.getElementById("polku-kopioitu")
  if (!status) {
    status = document.createElement("div")
    status.id = "polku-kopioitu"
    status.className = "polku-nakymaton"
    status.setAttribute("role", "status")
    document.body.appendChild(status)
  }
  for (const button of document.querySelectorAll("button.polku-kopioi")) {
    button.hidden = false
    if (button.dataset.valmis) continue
    button.dataset.valmis = "1"
    button.addEventListener("click", () => polkuCopy(button, status))
  }
}

async function polkuCopy(button, status) {
  const id = button.dataset.tunniste
  let copied = false
  try {
    await navigator.clipboard.writeText(id)
    copied = true
  } catch (_) {
    copied = polkuCopyBySelection(button.previousElementSibling)
  }
  const label = button.querySelector(".polku-kopioi__teksti")
  label.textContent = polkuViesti(copied ? "js.copy.copied" : "js.copy.failed_button")
  status.textContent = copied ? polkuViesti("js.copy.copied_status", { id }) : polkuViesti("js.copy.failed_status")
  setTimeout(() => { label.textContent = polkuViesti("js.copy.button") }, 2500)
}

function polkuCopyBySelection(element) {
  const range = document.createRange()
  range.selectNodeContents(element)
  const selection = window.getSelection()
  selection.removeAllRanges()
  selection.addRange(range)
  try { return document.execCommand("copy") } catch (_) { return false }
}

document$.subscribe(polkuCopyButtons)

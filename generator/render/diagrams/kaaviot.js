/* Polku swimlane viewer: fit, zoom (buttons, Ctrl + wheel, pinch), drag to pan, full screen, sticky lane
   names, "korosta rooli", a details panel for the clicked step, and links from the step texts back to the
   diagram. Without JavaScript the diagram simply scrolls in its box and a step links to its text.
   The SVG is moved with a CSS transform (never its viewBox), so printing (kaaviot.css) can undo it.
   Texts: assets/polku/viestit.js (polkuViesti), which every page loads before this script. */
(function () {
  "use strict"
  const MIN_ZOOM = 0.1
  const MAX_ZOOM = 4
  const STEP = 1.25
  const BESIDE = "polku-kaavio-katselin--sivussa"
  const WIDE = "polku-kaavio-katselin--leveys"
  const WIDE_WINDOW = window.matchMedia("screen and (min-width: 76.25em)") // kaaviot.css: beside the navigation

  function Viewer(root) {
    this.root = root
    this.box = root.querySelector(".polku-kaavio")
    this.svg = this.box.querySelector("svg")
    this.panel = root.querySelector(".polku-kaavio-paneeli")
    this.tools = root.querySelector(".polku-kaavio-tyokalut")
    const view = this.svg.viewBox.baseVal
    this.width = view.width
    this.height = view.height
    this.scale = 1
    this.x = 0
    this.y = 0
    this.pointers = new Map()
    this.moved = false
    this.gaveWay = false // the wide view made room for the keyboard in the navigation
    this.navigation = document.querySelector(".md-sidebar--primary") // Material's left navigation, if any
    this.start()
  }

  Viewer.prototype.start = function () {
    this.root.classList.add("polku-kaavio-katselin--js")
    this.addTools()
    this.tools.hidden = false
    this.svg.style.width = this.width + "px"
    this.svg.style.height = this.height + "px"
    this.svg.style.minWidth = "0"
    this.svg.style.maxWidth = "none"
    this.svg.style.transformOrigin = "0 0"
    this.lanes = this.stickyLanes()
    this.tools.addEventListener("click", (event) => this.onTool(event))
    this.tools.querySelector("select").addEventListener("change", (event) => this.highlight(event.target.value))
    this.box.addEventListener("wheel", (event) => this.onWheel(event), { passive: false })
    this.box.addEventListener("pointerdown", (event) => this.onPointerDown(event))
    this.box.addEventListener("pointermove", (event) => this.onPointerMove(event))
    this.box.addEventListener("pointerup", (event) => this.onPointerUp(event))
    this.box.addEventListener("pointercancel", (event) => this.onPointerUp(event))
    this.box.addEventListener("click", (event) => this.onClick(event), true)
    this.box.addEventListener("keydown", (event) => this.onKey(event))
    this.box.addEventListener("focusin", (event) => this.reveal(event.target))
    this.root.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && this.root.classList.contains("polku-kaavio-katselin--koko")) this.fullScreen(false)
    })
    window.addEventListener("resize", () => this.fit())
    const navigation = this.navigation
    if (navigation) {
      navigation.addEventListener("focusin", () => {
        if (!this.root.classList.contains(WIDE) || !this.keyboardInNavigation()) return
        this.gaveWay = true
        this.fit()
      })
      navigation.addEventListener("focusout", (event) => {
        if (!this.gaveWay || navigation.contains(event.relatedTarget)) return
        this.gaveWay = false
        setTimeout(() => this.fit())
      })
    }
    this.fit()
  }

  /* The zoom and full-screen buttons and the hint work only with this script, so it writes them (the page
     carries only the toolbar and its role list): before the role list, separated by spaces like the markup
     they replace, so the toolbar looks as it did. */
  Viewer.prototype.addTools = function () {
    const roles = this.tools.querySelector("label")
    const button = (action, text, title, hiddenText) => {
      const element = document.createElement("button")
      element.type = "button"
      element.className = "md-button"
      element.dataset.toiminto = action
      element.textContent = text
      if (title) element.title = polkuViesti(title)
      if (hiddenText) {
        const hidden = document.createElement("span")
        hidden.className = "polku-piilotettu"
        hidden.textContent = polkuViesti(hiddenText)
        element.append(" ", hidden)
      }
      return element
    }
    const full = button("koko", polkuViesti("js.diagram.fullscreen"))
    full.setAttribute("aria-pressed", "false")
    const hint = document.createElement("span")
    hint.className = "polku-kaavio-vihje"
    hint.textContent = polkuViesti("js.diagram.hint")
    this.tools.insertBefore(button("loitonna", "\u2212", "js.diagram.zoom_out_title", "js.diagram.zoom_out"), roles)
    for (const element of [
      button("lahenna", "+", "js.diagram.zoom_in_title", "js.diagram.zoom_in"),
      button("sovita", polkuViesti("js.diagram.fit"), "js.diagram.fit_title"),
      full,
    ]) roles.before(" ", element)
    roles.before(" ")
    roles.after(" ", hint)
  }

  /* A copy of the lane-name column that stays at the left edge while the diagram is panned sideways. */
  Viewer.prototype.stickyLanes = function () {
    const ns = "http://www.w3.org/2000/svg"
    const names = this.svg.querySelectorAll(".polku-radan-nimi")
    if (!names.length) return null
    const header = names[0].querySelector("rect").width.baseVal.value
    const copy = document.createElementNS(ns, "svg")
    copy.setAttribute("viewBox", "0 0 " + header + " " + this.height)
    copy.setAttribute("class", "polku-kaavio-radat")
    copy.setAttribute("aria-hidden", "true")
    copy.setAttribute("focusable", "false")
    copy.style.width = header + "px"
    copy.style.height = this.height + "px"
    copy.style.transformOrigin = "0 0"
    copy.setAttribute("font-family", this.svg.getAttribute("font-family") || "sans-serif")
    for (const name of names) {
      const clone = name.cloneNode(true)
      clone.removeAttribute("id")
      copy.appendChild(clone)
    }
    this.box.appendChild(copy)
    this.headerWidth = header
    return copy
  }

  /* The tallest the box may grow: the window under the site's header, less the toolbar above the box and the
     margins round it, so that the whole viewer fits the screen it is scrolled to. */
  Viewer.prototype.tallest = function () {
    const header = document.querySelector(".md-header")
    const room = window.innerHeight - (header ? header.offsetHeight : 0)
    const above = this.box.getBoundingClientRect().top - this.root.getBoundingClientRect().top
    const below = parseFloat(getComputedStyle(this.box).marginBottom) || 0
    return Math.max(room / 2, room - above - below - 4)
  }

  /* The scale that shows the whole diagram: as wide as the box, and no taller than the box may grow, so a tall
     diagram is not cut at the bottom. */
  Viewer.prototype.fitScale = function () {
    const width = this.box.clientWidth
    const tallest = this.root.classList.contains("polku-kaavio-katselin--koko") ? this.box.clientHeight : this.tallest()
    return Math.max(MIN_ZOOM, Math.min(1.5, width / this.width, tallest / this.height))
  }

  /* On a wide window (kaaviot.css: the left navigation beside the content) a diagram that the column would
     draw below its natural size may have its tools beside the box instead of above it (BESIDE: the box gets
     the window's height), and the left navigation's place as well (WIDE) while it is in view: the least of
     these that draws it largest, so the view takes the navigation's width only for a diagram that then uses
     it. Full screen has the whole window anyway; while the keyboard is in the navigation the viewer gives its
     place back, so a focused link is never hidden. */
  Viewer.prototype.chooseWidth = function (full) {
    const classes = this.root.classList
    classes.remove(BESIDE, WIDE)
    if (full || !WIDE_WINDOW.matches) return
    const plain = this.fitScale()
    if (plain >= 1) return
    classes.add(BESIDE)
    const beside = this.fitScale()
    if (!this.keyboardInNavigation()) {
      classes.add(WIDE)
      if (this.fitScale() > Math.max(plain, beside)) return
      classes.remove(WIDE)
    }
    if (beside <= plain) classes.remove(BESIDE)
  }

  /* A link in the left navigation focused from the keyboard (a click on one needs no room: it is visible). */
  Viewer.prototype.keyboardInNavigation = function () {
    const focused = document.activeElement
    return Boolean(this.navigation && focused && this.navigation.contains(focused) && focused.matches(":focus-visible"))
  }

  Viewer.prototype.fit = function () {
    const full = this.root.classList.contains("polku-kaavio-katselin--koko")
    this.chooseWidth(full)
    const scale = this.fitScale()
    if (!full) this.box.style.height = Math.ceil(this.height * scale) + 2 + "px"
    this.scale = scale
    this.x = 0
    this.y = 0
    this.apply()
  }

  Viewer.prototype.clamp = function () {
    const viewW = this.box.clientWidth
    const viewH = this.box.clientHeight
    const drawnW = this.width * this.scale
    const drawnH = this.height * this.scale
    // a diagram smaller than its box is centred across it
    this.x = drawnW <= viewW ? (viewW - drawnW) / 2 : Math.min(0, Math.max(viewW - drawnW, this.x))
    this.y = drawnH <= viewH ? 0 : Math.min(0, Math.max(viewH - drawnH, this.y))
  }

  Viewer.prototype.apply = function () {
    this.clamp()
    const transform = "translate(" + this.x + "px, " + this.y + "px) scale(" + this.scale + ")"
    this.svg.style.transform = transform
    if (this.lanes) {
      this.lanes.style.transform = "translate(0px, " + this.y + "px) scale(" + this.scale + ")"
      this.lanes.classList.toggle("polku-kaavio-radat--nakyvissa", this.x < -1)
    }
    const zoomed = this.scale > this.fitScale() + 0.001
    this.box.classList.toggle("polku-kaavio--zoomattu", zoomed)
    this.root.dataset.zoom = this.scale.toFixed(3)
  }

  /* Zoom by `factor` keeping the diagram point under (px, py) – box coordinates – where it is. */
  Viewer.prototype.zoom = function (factor, px, py) {
    const scale = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, this.scale * factor))
    if (px === undefined) {
      px = this.box.clientWidth / 2
      py = this.box.clientHeight / 2
    }
    const dx = (px - this.x) / this.scale
    const dy = (py - this.y) / this.scale
    if (!this.root.classList.contains("polku-kaavio-katselin--koko")) {
      // the box grows with the zoom up to most of the window, so zooming in shows more, not less
      const wanted = Math.min(this.height * scale, this.tallest() + 2)
      this.box.style.height = Math.max(Math.ceil(wanted) + 2, this.box.clientHeight) + "px"
    }
    this.scale = scale
    this.x = px - dx * scale
    this.y = py - dy * scale
    this.apply()
  }

  Viewer.prototype.pan = function (dx, dy) {
    this.x += dx
    this.y += dy
    this.apply()
  }

  Viewer.prototype.onTool = function (event) {
    const button = event.target.closest("button")
    if (!button) return
    const action = button.dataset.toiminto
    if (action === "lahenna") this.zoom(STEP)
    else if (action === "loitonna") this.zoom(1 / STEP)
    else if (action === "sovita") this.fit()
    else if (action === "koko") this.fullScreen(!this.root.classList.contains("polku-kaavio-katselin--koko"))
  }

  Viewer.prototype.fullScreen = function (on) {
    this.root.classList.toggle("polku-kaavio-katselin--koko", on)
    document.documentElement.classList.toggle("polku-kaavio-auki", on)
    const button = this.tools.querySelector('[data-toiminto="koko"]')
    button.setAttribute("aria-pressed", on ? "true" : "false")
    button.textContent = polkuViesti(on ? "js.diagram.close_fullscreen" : "js.diagram.fullscreen")
    if (!on) this.box.style.height = ""
    this.fit()
    button.focus()
  }

  Viewer.prototype.onWheel = function (event) {
    const full = this.root.classList.contains("polku-kaavio-katselin--koko")
    if (!event.ctrlKey && !event.metaKey && !full) return // the page scrolls as usual
    event.preventDefault()
    const rect = this.box.getBoundingClientRect()
    this.zoom(Math.exp(-event.deltaY * 0.002), event.clientX - rect.left, event.clientY - rect.top)
  }

  Viewer.prototype.onPointerDown = function (event) {
    if (event.button !== 0 && event.pointerType === "mouse") return
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY })
    this.moved = false
    this.pinch = null
  }

  Viewer.prototype.onPointerMove = function (event) {
    const last = this.pointers.get(event.pointerId)
    if (!last) return
    const now = { x: event.clientX, y: event.clientY }
    this.pointers.set(event.pointerId, now)
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()]
      const distance = Math.hypot(a.x - b.x, a.y - b.y)
      const rect = this.box.getBoundingClientRect()
      if (this.pinch) this.zoom(distance / this.pinch, (a.x + b.x) / 2 - rect.left, (a.y + b.y) / 2 - rect.top)
      this.pinch = distance
      this.moved = true
      return
    }
    const dx = now.x - last.x
    const dy = now.y - last.y
    if (!this.moved && Math.hypot(dx, dy) < 3) {
      this.pointers.set(event.pointerId, last)
      return
    }
    if (!this.moved) this.box.setPointerCapture(event.pointerId)
    this.moved = true
    this.box.classList.add("polku-kaavio--vedetaan")
    this.pan(dx, dy)
  }

  Viewer.prototype.onPointerUp = function (event) {
    this.pointers.delete(event.pointerId)
    if (this.pointers.size < 2) this.pinch = null
    this.box.classList.remove("polku-kaavio--vedetaan")
  }

  Viewer.prototype.onKey = function (event) {
    const moves = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] }
    if (event.target !== this.box && !moves[event.key]) {
      if (event.key !== "+" && event.key !== "-") return
    }
    if (moves[event.key]) {
      if (event.target !== this.box) return
      this.pan(moves[event.key][0], moves[event.key][1])
    } else if (event.key === "+" || event.key === "=") this.zoom(STEP)
    else if (event.key === "-") this.zoom(1 / STEP)
    else if (event.key === "0") this.fit()
    else return
    event.preventDefault()
  }

  /* Pan so that `element` (a step the keyboard focused, or one asked for) is in view. */
  Viewer.prototype.reveal = function (element, centre) {
    const group = element.closest ? element.closest("g") : null
    if (!group || !this.svg.contains(group)) return
    const shape = group.querySelector("rect, polygon, circle")
    if (!shape) return
    const box = shape.getBBox()
    const left = this.x + box.x * this.scale
    const right = this.x + (box.x + box.width) * this.scale
    const top = this.y + box.y * this.scale
    const bottom = this.y + (box.y + box.height) * this.scale
    const viewW = this.box.clientWidth
    const viewH = this.box.clientHeight
    const margin = (this.headerWidth || 0) * this.scale + 10
    if (centre || left < margin || right > viewW || top < 0 || bottom > viewH) {
      this.x = viewW / 2 - (box.x + box.width / 2) * this.scale
      this.y = viewH / 2 - (box.y + box.height / 2) * this.scale
      this.apply()
    }
    this.box.scrollLeft = 0
    this.box.scrollTop = 0
  }

  Viewer.prototype.onClick = function (event) {
    if (this.moved) { // the end of a drag is not a click
      event.preventDefault()
      event.stopPropagation()
      this.moved = false
      return
    }
    const link = event.target.closest("a")
    const step = event.target.closest(".polku-vaihe, .polku-osallistuja")
    if (!link || !step) return
    event.preventDefault()
    this.showStep(step.dataset.vaihe, link)
  }

  Viewer.prototype.stepGroup = function (id) {
    return this.svg.querySelector('.polku-vaihe[data-vaihe="' + CSS.escape(id) + '"]')
  }

  /* The details panel: the step's facts (responsible, participants, forms, laws, next) copied from its text. */
  Viewer.prototype.showStep = function (id, opener) {
    const heading = document.getElementById("vaihe-" + id)
    if (!heading) return
    for (const old of this.svg.querySelectorAll(".polku-valittu")) old.classList.remove("polku-valittu")
    const group = this.stepGroup(id)
    if (group) group.classList.add("polku-valittu")
    this.panel.textContent = ""
    const title = document.createElement("h3")
    title.id = this.root.dataset.kaavio + "-paneeli-otsikko"
    title.tabIndex = -1
    title.textContent = heading.textContent.replace(/¶$/, "").trim()
    this.panel.appendChild(title)
    let next = heading.nextElementSibling
    while (next && !/^H[1-4]$/.test(next.tagName)) {
      if (next.tagName === "UL" || (next.tagName === "P" && next.querySelector("strong"))) {
        this.panel.appendChild(next.cloneNode(true))
      }
      next = next.nextElementSibling
    }
    const more = document.createElement("p")
    const link = document.createElement("a")
    link.href = "#vaihe-" + id
    link.textContent = polkuViesti("js.diagram.read_more")
    more.appendChild(link)
    const close = document.createElement("button")
    close.type = "button"
    close.className = "md-button polku-kaavio-sulje"
    close.textContent = polkuViesti("js.diagram.close_panel")
    close.addEventListener("click", () => {
      this.panel.hidden = true
      this.root.classList.remove("polku-kaavio-katselin--paneeli")
      if (group) group.classList.remove("polku-valittu")
      const back = group && group.querySelector("a")
      if (back) back.focus()
      else if (opener) opener.focus()
      this.fit()
    })
    more.appendChild(document.createTextNode(" "))
    more.appendChild(close)
    this.panel.appendChild(more)
    this.panel.setAttribute("aria-labelledby", title.id)
    const wasOpen = !this.panel.hidden
    this.panel.hidden = false
    this.root.classList.add("polku-kaavio-katselin--paneeli")
    if (!wasOpen) this.fit()
    title.focus({ preventScroll: true })
  }

  Viewer.prototype.highlight = function (role) {
    this.svg.classList.toggle("polku-korostus", role !== "")
    const takesPart = new Set() // the steps with a chip in the role's lane (swimlane_svg.py: one <use> a role)
    for (const chip of this.svg.querySelectorAll(".polku-osallistuja use")) {
      const mine = role !== "" && chip.dataset.rooli === role
      chip.classList.toggle("polku-korostettu", mine)
      if (mine) takesPart.add(chip.closest(".polku-osallistuja").dataset.vaihe)
    }
    for (const step of this.svg.querySelectorAll(".polku-vaihe")) {
      const mine = role === "-" ? step.dataset.rooli === "" : step.dataset.rooli === role || takesPart.has(step.dataset.vaihe)
      step.classList.toggle("polku-korostettu", role !== "" && mine)
    }
    for (const lane of this.svg.querySelectorAll(".polku-rata")) {
      const key = lane.dataset.rooli === "" ? "-" : lane.dataset.rooli
      lane.classList.toggle("polku-korostettu", role !== "" && key === role)
    }
  }

  /* "Näytä vaihe kaaviossa": scroll to the diagram, centre the step, select it and focus its link. */
  Viewer.prototype.goTo = function (id) {
    const group = this.stepGroup(id)
    if (!group) return false
    this.root.scrollIntoView({ block: "start" })
    this.reveal(group.querySelector("a") || group, true)
    for (const old of this.svg.querySelectorAll(".polku-valittu")) old.classList.remove("polku-valittu")
    group.classList.add("polku-valittu")
    const link = group.querySelector("a")
    if (link) link.focus({ preventScroll: true })
    return true
  }

  function start() {
    const viewers = []
    for (const root of document.querySelectorAll(".polku-kaavio-katselin")) {
      if (root.classList.contains("polku-kaavio-katselin--js") || !root.querySelector("svg")) continue
      viewers.push(new Viewer(root))
    }
    if (!viewers.length) return
    document.addEventListener("click", (event) => {
      const link = event.target.closest('a[href^="#kaavio-vaihe-"]')
      if (!link) return
      const id = link.getAttribute("href").slice("#kaavio-vaihe-".length)
      if (viewers.some((viewer) => viewer.goTo(id))) {
        event.preventDefault()
        history.replaceState(null, "", "#kaavio-vaihe-" + id)
      }
    })
    if (location.hash.startsWith("#kaavio-vaihe-")) {
      const id = decodeURIComponent(location.hash.slice("#kaavio-vaihe-".length))
      viewers.some((viewer) => viewer.goTo(id))
    }
  }

  if (typeof document$ !== "undefined") document$.subscribe(start)
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start)
  else start()
})()

/* Polku: the site search in the header, over Pagefind (pagefind/pagefind.js, built with the site).

   Results appear as the reader types; each shows its page kind and region; two selects filter by kind and
   region. Keyboard: Arrow down from the box moves into the results, arrows move between them, Esc closes.
   Pagefind loads only the index chunks and page fragments a query needs, so nothing big is downloaded up front.
   Excerpts are built here from the page text Pagefind returns, leaving out the hidden base-form keywords at the
   end of each page (generator/search/pages.py) so a reader never sees them.
   Texts: viestit.js (polkuViesti), loaded first; the search box's own labels are in partials/polku-haku.html. */

(function () {
  "use strict"

  const PAGE_SIZE = 10
  const EXCERPT_WORDS = 28
  const TYPING_PAUSE_MS = 120  // search once the reader pauses, not on every keystroke
  /* A catalogue entry's own page carries its name as the `nimi` meta (generator/search/pages.py): a match there
     counts on top of the text, so the role's own page comes before the dozens of region pages that name it. */
  /* toisto: the words behind a page's markers (see pageWords), a list and no signal. pageLength (Pagefind's
     default 0.75): a page keeps its length in the index while only a word's first occurrences are indexed, so
     at the default a long page whose subject recurs (a service's comparison) sank below shorter pages. */
  const RANKING = { metaWeights: { nimi: 3, toisto: 0 }, pageLength: 0.3 }
  /* The page kinds' names are the type filter's values (generator/search/pages.py); the catalogue has them. */
  const KIND_ORDER = ["process", "role", "service", "comparison", "form", "legal", "region", "glossary",
                      "sources", "home", "guide", "about"].map((kind) => polkuViesti("search.kinds." + kind))

  const root = document.querySelector("[data-polku-haku]")
  if (!root) return
  const input = root.querySelector("#polku-haku-kentta")
  const panel = root.querySelector("#polku-haku-paneeli")
  const list = root.querySelector("#polku-haku-tulokset")
  const status = root.querySelector("#polku-haku-tila")
  const more = root.querySelector("#polku-haku-lisaa")
  const selects = Array.from(root.querySelectorAll("select[data-filter]"))
  const pagefindUrl = new URL(root.dataset.pagefind, document.baseURI).href
  const siteRoot = new URL("..", pagefindUrl).pathname

  let loading = null
  let results = []
  let shown = 0
  let generation = 0
  root.hidden = false

  /* One load for every caller: keystrokes that arrive while Pagefind is still loading wait for the same
     promise, so their searches start in the order they were typed. */
  function engine() {
    loading = loading || load()
    return loading
  }

  async function load() {
    try {
      const pagefind = await import(pagefindUrl)
      /* noWorker: Pagefind 1.5 would fetch pagefind-worker.js (41 kB, a second copy of the search code that
         pagefind.js already has) to search off the main thread; a query here takes milliseconds, while the first
         query's download is what a reader on a slow line waits for (issue #18: ≤ 300 kB at national scale). */
      await pagefind.options({ baseUrl: siteRoot, ranking: RANKING, noWorker: true })
      await pagefind.init()
      return pagefind
    } catch (error) {
      loading = null  // a later keystroke may try again (e.g. after a network hiccup)
      throw error
    }
  }

  function pause(milliseconds) {
    return new Promise((resolve) => setTimeout(resolve, milliseconds))
  }

  let filtersFilled = null
  function fillFilters() {
    filtersFilled = filtersFilled || addFilterOptions()  // once, however many keystrokes ask
    return filtersFilled
  }

  async function addFilterOptions() {
    const available = await (await engine()).filters()
    for (const select of selects) {
      const counts = available[select.dataset.filter] || {}
      const names = Object.keys(counts)
      names.sort(select.dataset.filter === "tyyppi"
        ? (a, b) => rank(a) - rank(b)
        : (a, b) => a.localeCompare(b, "fi"))
      for (const name of names) select.add(new Option(name, name))
    }
  }

  function rank(kind) {
    const at = KIND_ORDER.indexOf(kind)
    return at < 0 ? KIND_ORDER.length : at
  }

  function chosenFilters() {
    const filters = {}
    for (const select of selects) if (select.value) filters[select.dataset.filter] = select.value
    return filters
  }

  function open(isOpen) {
    panel.hidden = !isOpen
  }

  /* `data-tila` says whether the list shows what the box holds ("valmis") or a search is under way ("haetaan"),
     and `data-haettu` which query it shows: scripts that drive the box (the browser tests) wait for these instead
     of guessing from the spinner text. Only the newest search may say "valmis". */
  function settled(mine, query) {
    if (mine !== generation) return
    root.dataset.haettu = query
    root.dataset.tila = "valmis"
  }

  async function run() {
    const query = input.value.trim()
    const mine = ++generation
    root.dataset.tila = "haetaan"
    if (!query) {
      results = []
      list.replaceChildren()
      more.hidden = true
      status.textContent = ""
      open(false)
      settled(mine, query)
      return
    }
    open(true)
    status.textContent = polkuViesti("js.search.searching")
    let found
    try {
      fillFilters().catch(() => {})
      await pause(TYPING_PAUSE_MS)
      if (mine !== generation) return  // a newer keystroke took over
      const pagefind = await engine()
      if (mine !== generation) return
      found = await pagefind.search(query, { filters: chosenFilters() })
    } catch (error) {  // no index (e.g. opened from disk): say so instead of failing silently
      if (mine === generation) status.textContent = polkuViesti("js.search.unavailable")
      settled(mine, query)
      return
    }
    if (mine !== generation) return
    results = found.results
    shown = 0
    list.replaceChildren()
    await showMore(mine, query)
    if (mine !== generation) return
    status.textContent = results.length === 0
      ? polkuViesti("js.search.no_results", { query })
      : polkuViestiN("js.search.results", results.length, { query })
    settled(mine, query)
  }

  async function showMore(mine, query) {
    const next = results.slice(shown, shown + PAGE_SIZE)
    const pages = await Promise.all(next.map((result) => result.data()))
    if (mine !== generation) return
    if (shown === 0) titleFirst(pages, query)
    for (const data of pages) list.append(item(data))
    shown += next.length
    more.hidden = shown >= results.length
  }

  /* Pagefind ranks words, not phrases: a page whose title is what was typed ("kuntouttava työtoiminta" → the
     service page, whose title is that phrase) moves to the top of the first screenful. */
  function titleFirst(pages, query) {
    const wanted = plain(query)
    const exact = pages.filter((data) => plain(title(data)) === wanted)
    const others = pages.filter((data) => plain(title(data)) !== wanted)
    pages.splice(0, pages.length, ...exact, ...others)
  }

  function plain(text) {
    return text.toLocaleLowerCase("fi").replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim()
  }

  function title(data) {
    return (data.meta && data.meta.title) || data.url
  }

  function item(data) {
    const li = document.createElement("li")
    li.className = "polku-haku__tulos"
    const link = document.createElement("a")
    link.href = data.url
    link.textContent = title(data)
    const facts = document.createElement("span")
    facts.className = "polku-haku__tiedot"
    const kind = first(data.filters, "tyyppi")
    const region = first(data.filters, "alue")
    facts.textContent = region ? `${kind} · ${region}` : kind
    const excerpt = document.createElement("p")
    excerpt.className = "polku-haku__ote"
    excerpt.append(...excerptNodes(data))
    li.append(link, facts, excerpt)
    return li
  }

  function first(filters, name) {
    const values = (filters && filters[name]) || []
    return values.length ? values[0] : ""
  }

  /* Pagefind's `locations` index the page text split at whitespace; the last `hakusanoja` words are the
     hidden keywords. Show the words around the first visible match (or the page's opening words). */
  function excerptNodes(data) {
    const words = pageWords(data)
    const hidden = Number(readable((data.meta && data.meta.hakusanoja) || "0"))
    const visible = Math.max(0, words.length - hidden)
    const hits = new Set(data.locations.filter((at) => at < visible))
    const firstHit = hits.size ? Math.min(...hits) : 0
    const start = Math.max(0, Math.min(firstHit - 6, visible - EXCERPT_WORDS))
    const end = Math.min(visible, start + EXCERPT_WORDS)
    const nodes = []
    if (start > 0) nodes.push(document.createTextNode("… "))
    for (let at = start; at < end; at++) {
      if (hits.has(at)) {
        const mark = document.createElement("mark")
        mark.textContent = words[at]
        nodes.push(mark)
      } else {
        nodes.push(document.createTextNode(words[at]))
      }
      nodes.push(document.createTextNode(" "))
    }
    if (end < visible) nodes.push(document.createTextNode("…"))
    return nodes
  }

  /* The index keeps only a word's first few occurrences on a page: later ones stand in the text Pagefind returns
     as a marker, "¤" and the word's place in the page's `toisto` meta written with REPEAT_DIGITS for 0–9
     (generator/search/repeats.py). Put back, the excerpt shows the page's own words. */
  const REPEAT_MARKER = "¤"
  const REPEAT_DIGITS = "!#$%()*+-="

  function pageWords(data) {
    const words = data.content.split(/[\r\n\s]+/g).filter(Boolean)
    const repeats = data.meta && data.meta.toisto ? readable(data.meta.toisto).split(" ") : null
    return repeats ? words.map((word) => restored(word, repeats)) : words
  }

  /* The `toisto` and `hakusanoja` metas are written in Unicode's Private Use Area, each character moved up by
     U+E000, because Pagefind indexes the words of every meta (generator/search/unindexed.py): moved back here. */
  const PRIVATE_USE_START = 0xE000
  const SHIFTABLE_BELOW = 0x1900

  function readable(text) {
    return Array.from(text, (character) => {
      const at = character.codePointAt(0) - PRIVATE_USE_START
      return at >= 0 && at < SHIFTABLE_BELOW ? String.fromCodePoint(at) : character
    }).join("")
  }

  function restored(word, repeats) {
    const start = word.indexOf(REPEAT_MARKER)  // after punctuation of a neighbouring element, e.g. "(¤!)"
    if (start < 0) return word
    let at = 0
    let end = start + 1
    while (end < word.length && REPEAT_DIGITS.includes(word[end])) {
      at = at * 10 + REPEAT_DIGITS.indexOf(word[end])
      end++
    }
    return end > start + 1 && at < repeats.length ? word.slice(0, start) + repeats[at] + word.slice(end) : word
  }

  function links() {
    return Array.from(list.querySelectorAll("a"))
  }

  input.addEventListener("input", run)
  input.addEventListener("focus", () => { engine().catch(() => {}) }, { once: true })
  for (const select of selects) select.addEventListener("change", run)
  more.addEventListener("click", async () => {
    const before = links().length
    const mine = generation
    const query = root.dataset.haettu || ""
    root.dataset.tila = "haetaan"
    await showMore(mine, "")
    settled(mine, query)
    const firstNew = links()[before]
    if (firstNew) firstNew.focus()
  })
  root.querySelector("form").addEventListener("submit", (event) => {
    event.preventDefault()
    const top = links()[0]
    if (top) {
      open(true)
      top.focus()
    }
  })

  root.addEventListener("keydown", (event) => {
    const all = links()
    const at = all.indexOf(document.activeElement)
    if (event.key === "Escape") {
      open(false)
      input.focus()
      event.preventDefault()
    } else if (event.key === "ArrowDown" && (document.activeElement === input || at >= 0) && all.length) {
      all[Math.min(at + 1, all.length - 1)].focus()
      event.preventDefault()
    } else if (event.key === "ArrowUp" && at >= 0) {
      (at === 0 ? input : all[at - 1]).focus()
      event.preventDefault()
    }
  })
  input.addEventListener("focus", () => { if (input.value.trim()) open(true) })
  document.addEventListener("click", (event) => { if (!root.contains(event.target)) open(false) })
})()

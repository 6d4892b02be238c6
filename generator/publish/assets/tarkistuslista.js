/* Polku: the role pages' onboarding checklist (roolit/<rooli>/<alue>/).
 * Without JavaScript the boxes still tick and the list prints with empty date and perehdyttäjä columns.
 * With it, each tick and its date are kept in this browser (localStorage, one entry per page), shown in the
 * date column, and can be cleared. Nothing leaves the browser. Texts: viestit.js (polkuViesti). */
(function () {
  "use strict";

  var PREFIX = "polku-tarkistuslista:";

  function storageKey() { return PREFIX + window.location.pathname; }

  function load() {
    try { return JSON.parse(window.localStorage.getItem(storageKey()) || "{}") || {}; }
    catch (error) { return {}; }  // storage blocked or damaged: the list still works for this visit
  }

  function save(state) {
    try {
      if (Object.keys(state).length) window.localStorage.setItem(storageKey(), JSON.stringify(state));
      else window.localStorage.removeItem(storageKey());
    } catch (error) { /* private mode: ticks last until the page is left */ }
  }

  function today() {
    var now = new Date();
    return now.getDate() + "." + (now.getMonth() + 1) + "." + now.getFullYear();
  }

  function dateCell(box) {
    var row = box.closest("tr");
    return row ? row.querySelector(".polku-paivays") : null;
  }

  function show(box, state) {
    var id = box.getAttribute("data-kohta");
    box.checked = Object.prototype.hasOwnProperty.call(state, id);
    var cell = dateCell(box);
    if (cell) cell.textContent = box.checked ? state[id] : "";
  }

  function element(tag, attrs, text) {
    var el = document.createElement(tag);
    Object.keys(attrs).forEach(function (key) { el.setAttribute(key, attrs[key]); });
    if (text) el.textContent = text;
    return el;
  }

  function init() {
    var table = document.querySelector("[data-tarkistuslista]");
    if (!table) return;
    var boxes = Array.prototype.slice.call(table.querySelectorAll("input[data-kohta]"));
    var state = load();
    boxes.forEach(function (box) {
      show(box, state);
      box.addEventListener("change", function () {
        var id = box.getAttribute("data-kohta");
        if (box.checked) state[id] = today(); else delete state[id];
        save(state);
        show(box, state);
        status.textContent = polkuViesti(box.checked ? "js.checklist.ticked" : "js.checklist.unticked");
      });
    });
    var actions = document.querySelector("[data-tarkistuslista-toiminnot]");
    var status = element("p", { "class": "polku-tarkistuslista-tila", role: "status" });
    if (!actions) return;
    var clear = element("button", { type: "button", "class": "md-button" }, polkuViesti("js.checklist.clear"));
    clear.addEventListener("click", function () {
      state = {};
      save(state);
      boxes.forEach(function (box) { show(box, state); });
      status.textContent = polkuViesti("js.checklist.cleared");
    });
    var print = element("button", { type: "button", "class": "md-button" }, polkuViesti("js.checklist.print"));
    print.addEventListener("click", function () { window.print(); });
    actions.appendChild(clear);
    actions.appendChild(print);
    actions.appendChild(status);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

/* Polku: region filter and row toggles for the comparison pages (vertailu/…).
 * Without JavaScript the filter container stays empty and every region and row is shown. With it, the reader
 * ticks the regions to compare; cells, headers and rows marked data-alue="<region>" of the others are
 * hidden. The choice is kept in the address (?alueet=a,b) so a narrowed view can be shared.
 * Two toggles narrow the rows among the regions shown: "näytä vain erot" keeps rows whose region cells differ
 * (data-arvo: what the build compares, e.g. the responsible roles), "näytä vain vastaamattomat" keeps rows where
 * a shown region's description is silent (data-aukko). Texts: viestit.js (polkuViesti), loaded first. */
(function () {
  "use strict";

  var HIDDEN = "vertailu-piilossa";
  var ROW_HIDDEN = "vertailu-rivi-piilossa";
  var toggles = { erot: false, aukot: false };
  var PARAM = "alueet";

  function regionsOnPage() {
    var seen = {};
    var regions = [];
    document.querySelectorAll("thead th[data-alue]").forEach(function (th) {
      var id = th.getAttribute("data-alue");
      if (!seen[id]) {
        seen[id] = true;
        var link = th.querySelector("a");
        regions.push({ id: id, name: (link || th).textContent.trim(),
                       described: th.getAttribute("data-kuvattu") !== "ei" });
      }
    });
    return regions;
  }

  function requested(regions) {
    var value = new URLSearchParams(window.location.search).get(PARAM);
    if (!value) return null;
    var known = regions.map(function (r) { return r.id; });
    var wanted = value.split(",").filter(function (id) { return known.indexOf(id) !== -1; });
    return wanted.length ? wanted : null;
  }

  function comparedRows() {
    return Array.prototype.filter.call(document.querySelectorAll(".vertailu-taulukko tbody tr"), function (row) {
      return row.querySelector("td[data-arvo]") !== null;
    });
  }

  function rowState(row) {
    var cells = Array.prototype.filter.call(row.querySelectorAll("td[data-arvo]"), function (cell) {
      return !cell.classList.contains(HIDDEN);
    });
    var values = {};
    cells.forEach(function (cell) { values[cell.getAttribute("data-arvo")] = true; });
    return {
      differs: Object.keys(values).length > 1,
      silent: cells.some(function (cell) { return cell.hasAttribute("data-aukko"); })
    };
  }

  function applyRows(rowStatus) {
    var rows = comparedRows();
    var shownRows = 0;
    rows.forEach(function (row) {
      var state = rowState(row);
      var hide = (toggles.erot && !state.differs) || (toggles.aukot && !state.silent);
      row.classList.toggle(ROW_HIDDEN, hide);
      if (!hide) shownRows += 1;
    });
    // a phase heading row stays only while one of its rows shows
    document.querySelectorAll(".vertailu-taulukko tbody").forEach(function (body) {
      var heading = body.querySelector("tr.vertailu-ryhma");
      if (!heading) return;
      var visible = Array.prototype.some.call(body.querySelectorAll("tr:not(.vertailu-ryhma)"), function (row) {
        return !row.classList.contains(ROW_HIDDEN);
      });
      heading.classList.toggle(ROW_HIDDEN, !visible);
    });
    if (rowStatus) {
      rowStatus.textContent = toggles.erot || toggles.aukot
        ? polkuViesti("js.comparison.rows_shown", { shown: shownRows, total: rows.length })
        : "";
    }
  }

  function apply(shown, total, status, rowStatus) {
    document.querySelectorAll("[data-alue]").forEach(function (el) {
      el.classList.toggle(HIDDEN, shown.indexOf(el.getAttribute("data-alue")) === -1);
    });
    applyRows(rowStatus);
    status.textContent = shown.length === total
      ? polkuViesti("js.comparison.all_regions_shown", { total: total })
      : polkuViesti("js.comparison.regions_shown", { shown: shown.length, total: total });
    var url = new URL(window.location.href);
    if (shown.length === total) url.searchParams.delete(PARAM);
    else url.searchParams.set(PARAM, shown.join(","));
    window.history.replaceState(null, "", url.toString());
  }

  function element(tag, attrs, text) {
    var el = document.createElement(tag);
    Object.keys(attrs).forEach(function (key) { el.setAttribute(key, attrs[key]); });
    if (text) el.textContent = text;
    return el;
  }

  function build(container) {
    var regions = regionsOnPage();
    if (regions.length < 2) {  // nothing to choose between, but the rows can still be narrowed
      applyRows(rowToggles(container));
      return;
    }
    var initial = requested(regions);
    var fieldset = element("fieldset", { "class": "vertailu-suodatin__valinnat" });
    fieldset.appendChild(element("legend", {}, polkuViesti("js.comparison.regions_legend")));
    var help = element("p", { "class": "vertailu-suodatin__ohje", id: "vertailu-ohje" },
      polkuViesti("js.comparison.regions_help"));
    fieldset.appendChild(help);
    var boxes = element("div", { "class": "vertailu-suodatin__alueet" });
    var status = element("p", { "class": "vertailu-suodatin__tila", role: "status" });

    function shownIds() {
      return Array.prototype.filter.call(boxes.querySelectorAll("input"), function (box) { return box.checked; })
        .map(function (box) { return box.value; });
    }

    regions.forEach(function (region) {
      var label = element("label", {});
      var box = element("input", { type: "checkbox", value: region.id, name: "alue", "aria-describedby": "vertailu-ohje" });
      box.checked = !initial || initial.indexOf(region.id) !== -1;
      box.addEventListener("change", function () {
        if (!shownIds().length) {
          box.checked = true;  // an empty comparison helps nobody: one region always stays
          status.textContent = polkuViesti("js.comparison.one_region_needed");
          return;
        }
        apply(shownIds(), regions.length, status, rowStatus);
      });
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + region.name));
      boxes.appendChild(label);
    });
    fieldset.appendChild(boxes);

    var all = element("button", { type: "button", "class": "md-button" }, polkuViesti("js.comparison.show_all"));
    all.addEventListener("click", function () {
      boxes.querySelectorAll("input").forEach(function (box) { box.checked = true; });
      apply(shownIds(), regions.length, status, rowStatus);
    });
    fieldset.appendChild(all);
    var undescribed = regions.filter(function (r) { return !r.described; });
    if (undescribed.length && undescribed.length < regions.length) {
      var describedOnly = element("button", { type: "button", "class": "md-button" },
        polkuViesti("js.comparison.hide_undescribed"));
      describedOnly.addEventListener("click", function () {
        boxes.querySelectorAll("input").forEach(function (box) {
          box.checked = !undescribed.some(function (r) { return r.id === box.value; });
        });
        apply(shownIds(), regions.length, status, rowStatus);
      });
      fieldset.appendChild(describedOnly);
    }
    fieldset.appendChild(status);
    container.appendChild(fieldset);
    var rowStatus = rowToggles(container);
    apply(shownIds(), regions.length, status, rowStatus);
  }

  function rowToggles(container) {
    if (!comparedRows().length) return null;
    var fieldset = element("fieldset", { "class": "vertailu-suodatin__valinnat" });
    fieldset.appendChild(element("legend", {}, polkuViesti("js.comparison.rows_legend")));
    var choices = element("div", { "class": "vertailu-suodatin__alueet" });
    var rowStatus = element("p", { "class": "vertailu-suodatin__tila", role: "status" });
    [["erot", polkuViesti("js.comparison.only_differences")], ["aukot", polkuViesti("js.comparison.only_gaps")]].forEach(function (pair) {
      var label = element("label", {});
      var box = element("input", { type: "checkbox", name: "rivit", value: pair[0] });
      box.addEventListener("change", function () {
        toggles[pair[0]] = box.checked;
        applyRows(rowStatus);
      });
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + pair[1]));
      choices.appendChild(label);
    });
    fieldset.appendChild(element("p", { "class": "vertailu-suodatin__ohje" },
      polkuViesti("js.comparison.rows_help")));
    fieldset.appendChild(choices);
    fieldset.appendChild(rowStatus);
    container.appendChild(fieldset);
    return rowStatus;
  }

  function init() {
    document.querySelectorAll("[data-vertailu-suodatin]").forEach(function (container) {
      if (!container.hasChildNodes() || !container.textContent.trim()) {
        container.textContent = "";
        build(container);
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

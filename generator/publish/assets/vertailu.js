/* Polku: region filter for the comparison pages (vertailu/…).
 * Without JavaScript the filter container stays empty and every region is shown. With it, the reader
 * ticks the regions to compare; cells, headers and rows marked data-alue="<region>" of the others are
 * hidden. The choice is kept in the address (?alueet=a,b) so a narrowed view can be shared. */
(function () {
  "use strict";

  var HIDDEN = "vertailu-piilossa";
  var PARAM = "alueet";

  function regionsOnPage() {
    var seen = {};
    var regions = [];
    document.querySelectorAll("thead th[data-alue]").forEach(function (th) {
      var id = th.getAttribute("data-alue");
      if (!seen[id]) {
        seen[id] = true;
        var link = th.querySelector("a");
        regions.push({ id: id, name: (link || th).textContent.trim() });
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

  function apply(shown, total, status) {
    document.querySelectorAll("[data-alue]").forEach(function (el) {
      el.classList.toggle(HIDDEN, shown.indexOf(el.getAttribute("data-alue")) === -1);
    });
    status.textContent = shown.length === total
      ? "Näytetään kaikki " + total + " aluetta."
      : "Näytetään " + shown.length + " aluetta " + total + ":stä.";
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
    if (regions.length < 2) return;
    var initial = requested(regions);
    var fieldset = element("fieldset", { "class": "vertailu-suodatin__valinnat" });
    fieldset.appendChild(element("legend", {}, "Vertailtavat alueet"));
    var help = element("p", { "class": "vertailu-suodatin__ohje", id: "vertailu-ohje" },
      "Valitse alueet, joita haluat verrata. Ero-sarakkeen merkinnät on laskettu kaikkien alueiden kesken.");
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
          status.textContent = "Vähintään yhden alueen on oltava valittuna.";
          return;
        }
        apply(shownIds(), regions.length, status);
      });
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + region.name));
      boxes.appendChild(label);
    });
    fieldset.appendChild(boxes);

    var all = element("button", { type: "button", "class": "md-button" }, "Näytä kaikki alueet");
    all.addEventListener("click", function () {
      boxes.querySelectorAll("input").forEach(function (box) { box.checked = true; });
      apply(shownIds(), regions.length, status);
    });
    fieldset.appendChild(all);
    fieldset.appendChild(status);
    container.appendChild(fieldset);
    apply(shownIds(), regions.length, status);
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

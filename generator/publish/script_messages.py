"""The scripts' and the theme's interface text, from the message catalogue.

The site's JavaScript (assets/polku/*.js, the diagram viewer) reads its Finnish text from one generated asset,
`assets/polku/viestit.js`: it freezes the catalogue areas the scripts use into the global `POLKU_VIESTIT` and
defines `polkuViesti(id, params)` / `polkuViestiN(id, count, params)`, the same `str.format`-style templates
and `.one`/`.other` plural ids as the Python side. Every page loads it before any other script
(`publish.build.page_scripts`), under MkDocs through the plugin and under Zensical through its config.

The theme overrides (Material's HTML templates, rendered by the engine, not by the core) get their text through
`config.extra`: the plugin and the Zensical config both put the `theme` area there as `extra.polku_viestit`.
"""

from __future__ import annotations

import json

from generator.messages import DEFAULT_LANGUAGE, catalogue

SCRIPT = "assets/polku/viestit.js"
# the areas the scripts read: their own, and the search result kinds (haku.js orders its type filter by them)
SCRIPT_AREAS = ("js", "search")
THEME_AREA = "theme"
THEME_EXTRA_KEY = "polku_viestit"

_RUNTIME = """\
(function () {
  "use strict";
  var texts = Object.freeze(%s);
  /* `{name}` is filled from params, `{{` and `}}` are literal braces (Python's str.format, as in the catalogue).
     An unknown id or a missing value is a programming error: it throws, so a test or the console shows it. */
  function format(id, params) {
    if (!Object.prototype.hasOwnProperty.call(texts, id)) throw new Error("polkuViesti: unknown message id " + id);
    return texts[id].replace(/\\{\\{|\\}\\}|\\{(\\w+)\\}/g, function (whole, name) {
      if (!name) return whole.charAt(0);
      if (!params || !Object.prototype.hasOwnProperty.call(params, name)) {
        throw new Error("polkuViesti: " + id + " needs {" + name + "}");
      }
      return String(params[name]);
    });
  }
  window.POLKU_VIESTIT = texts;
  window.polkuViesti = format;
  window.polkuViestiN = function (id, count, params) {
    return format(id + (count === 1 ? ".one" : ".other"), Object.assign({ count: count }, params || {}));
  };
})();
"""


def _area(language: str, areas: tuple[str, ...]) -> dict[str, str]:
    prefixes = tuple(f"{area}." for area in areas)
    return {key: text for key, text in sorted(catalogue(language).items()) if key.startswith(prefixes)}


def script_messages(language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """Every id the scripts may ask for, by its full catalogue id ("js.search.placeholder")."""
    return _area(language, SCRIPT_AREAS)


def messages_script(language: str = DEFAULT_LANGUAGE) -> bytes:
    header = (f"/* Polku: the scripts' interface text, generated from generator/messages/{language}/"
              f"({', '.join(SCRIPT_AREAS)}).yaml by generator/publish/script_messages.py. Do not edit. */\n")
    texts = json.dumps(script_messages(language), ensure_ascii=False, indent=2, sort_keys=True)
    return (header + _RUNTIME % texts.replace("\n", "\n  ")).encode("utf-8")


def theme_messages(language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """The theme overrides' text, for `config.extra` (templates: `config.extra.polku_viestit["theme.…"]`)."""
    return _area(language, (THEME_AREA,))

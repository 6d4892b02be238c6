"""Base-form keywords in Material's search index, added after the search plugin has written it.

How Material searches (material/plugins/search/plugin.py and the worker's integrations/search/_/index.ts):
the plugin writes `search/search_index.json` = {config: {lang, separator, pipeline, fields}, docs: [...]},
and the worker indexes every field named in `config.fields` from each doc, splitting on `config.separator`.
For Finnish the pipeline is only the stop-word filter (no stemmer), and every query term becomes a prefix
query. So we add one more field, `keywords`, to `config.fields` and to each doc: lunr indexes it like the
text, while the result list only ever shows title, text and tags, so the keywords stay invisible.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator.search.keywords import Abbreviation, entry_keywords
from generator.search.lemmas import Lemmatiser

KEYWORD_FIELD = "keywords"
KEYWORD_BOOST = 1.0  # as strong as the text it was derived from: it only repairs matching, not ranking


def add_keywords(index: dict[str, Any], lemmatiser: Lemmatiser, abbreviations: Mapping[str, Abbreviation]) -> None:
    """Add the `keywords` field to the index config and to every doc that needs keywords (in place)."""
    index["config"]["fields"][KEYWORD_FIELD] = {"boost": KEYWORD_BOOST}
    for doc in index["docs"]:
        keywords = entry_keywords(doc.get("title", ""), doc.get("text", ""), lemmatiser, abbreviations)
        if keywords:
            doc[KEYWORD_FIELD] = keywords


def rewrite_index_file(path: Path, lemmatiser: Lemmatiser, abbreviations: Mapping[str, Abbreviation]) -> None:
    """Rewrite the search plugin's JSON with keywords, in the plugin's own compact format."""
    index = json.loads(path.read_text(encoding="utf-8"))
    add_keywords(index, lemmatiser, abbreviations)
    path.write_text(json.dumps(index, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")

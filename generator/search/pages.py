"""One finished HTML page as Pagefind should see it: the article only, its kind and region, its keywords.

Engine-independent: everything is read from the built HTML and its path (MkDocs + Material and Zensical both
put the page body in `<article>`), so the same code indexes any site folder. The page on disk is never changed;
Pagefind gets a small document made from the article:

- `data-pagefind-body` on the article (never the navigation, header or footer);
- a `tyyppi` filter (Prosessi, Rooli, …) from the page's section, and the `alue` filter that region-bound
  pages carry themselves (`<span data-pagefind-filter="alue">` in the generated Markdown);
- a word's occurrences past the first few replaced by unindexed markers, the words in the `toisto` meta
  (repeats.py; the search box restores them in excerpts);
- the Voikko keywords in a hidden block at the end, low-weighted, whose word count is the `hakusanoja` meta so
  the search box never shows them as an excerpt, written without diacritics so Pagefind sizes its index chunks
  right (keywords.folded);
- on maintainer-guide pages every heading and the text get a lower weight, so reader content comes first for
  everyday words while a maintainer still finds the guide;
- the title of a catalogue entry's own page (a role, service, act, form or region) weighs the most Pagefind
  allows, and the title of a page below another page (a role's page for one region, a comparison's questions)
  weighs like a minor heading: at national scale dozens of region pages named "Työvalmentaja: <alue>" would
  otherwise bury the role's own page, being shorter. The own page's title is also its `nimi` meta, which the
  search box weighs on top of the text (haku.js, Pagefind's metaWeights), as Pagefind does the `title` meta
  that the region pages share.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

import lxml.html

from generator.messages import message
from generator.render import urls
from generator.search.keywords import Abbreviation, folded, keyword_occurrences, page_keywords, stems, words
from generator.search.lemmas import Lemmatiser
from generator.search.repeats import REPEATS_META, thin_repeats
from generator.search.unindexed import unindexed

# The first path segment → the page kind a reader sees next to a result and in the type filter, from the one
# table of page kinds (render/urls.py); the names are interface text (messages/fi/search.yaml). The guide kind is
# the maintainer guide: its hand-written pages and the generated reference pages under yllapito/, and the
# benchmark page listed with them.
GUIDE_KIND = message("search.kinds.guide")
_KIND_LABELS = {urls.PROCESS: message("search.kinds.process"), urls.ROLE: message("search.kinds.role"),
                urls.LEGAL: message("search.kinds.legal"), urls.FORM: message("search.kinds.form"),
                urls.COMPARISON: message("search.kinds.comparison"), urls.SERVICE: message("search.kinds.service"),
                urls.REGION: message("search.kinds.region"), urls.GLOSSARY_PAGE: message("search.kinds.glossary"),
                urls.SOURCES_PAGE: message("search.kinds.sources"), urls.HOME_PAGE: message("search.kinds.home"),
                urls.FORMAT_PAGE: GUIDE_KIND, urls.CODES_PAGE: GUIDE_KIND}


def _section(kind: urls.PageKind) -> str:
    """'prosessit' for the process pages, 'sanasto' for sanasto.md, '' for the home page."""
    path = kind.folder or kind.fixed.removesuffix(urls.INDEX).removesuffix(".md")
    return path.split("/", 1)[0]


KIND_BY_SECTION: Mapping[str, str] = {**{_section(kind): label for kind, label in _KIND_LABELS.items()},
                                      "yllapito": GUIDE_KIND, "suorituskyky": GUIDE_KIND}
OTHER_KIND = message("search.kinds.about")  # feedback, accessibility statement
KIND_FILTER = "tyyppi"
REGION_FILTER = "alue"
KEYWORD_COUNT_META = "hakusanoja"
NAME_META = "nimi"  # a catalogue entry's name, on its own page only (haku.js gives it a ranking weight)
KEYWORD_REPEAT_CAP = 5    # a keyword stands in the index as often as its inflected forms on the page, up to this
GUIDE_WEIGHT = 0.2        # scales the maintainer guide's text, headings and keywords (Pagefind's defaults below)
HEADING_WEIGHTS = {"h1": 7.0, "h2": 6.0, "h3": 5.0, "h4": 4.0, "h5": 3.0, "h6": 2.0}
OWN_PAGE_TITLE_WEIGHT = 10.0  # Pagefind's maximum
SUBPAGE_TITLE_WEIGHT = 3.0    # like an h5: the title names the parent page's subject, which has its own page
# sections whose second-level pages are a catalogue entry's own page (roolit/<rooli>/, palvelut/<palvelu>/, …)
OWN_PAGE_SECTIONS = frozenset(_section(kind) for kind in (urls.ROLE, urls.SERVICE, urls.LEGAL, urls.FORM,
                                                           urls.REGION))
# ... of which these carry their name as the `nimi` meta: not the acts, whose every section page has the act's
# name ("Laki kuntouttavasta työtoiminnasta 5 §"), so a name match would fill the first screenful with sections
NAMED_SECTIONS = OWN_PAGE_SECTIONS - {_section(urls.LEGAL)}
# Parts of the article that are not content: the edit button, heading permalinks (¶), buttons (an id's "Kopioi"
# would be glued to the id in the index), inline SVG drawings (their step titles are in the text already), scripts.
# Also what a process page repeats: the diagram viewer's controls, each step's "Näytä vaihe kaaviossa"
# link, and the responsibility matrix (its step titles and roles stand in the steps above it). At national scale
# every indexed word of ~1000 process and region pages is a location the browser downloads with the query.
# And what the aggregate pages repeat from the process pages, which are indexed where the text lives: a role's
# region page keeps its step titles but not its printable checklist (the same titles again) nor the name of
# another role responsible for a step (polku-viittaus); a comparison keeps its headings and row and column
# headers (questions, regions, phases) but not the cells, which repeat each region's step titles, answers and
# responsible roles. On the 4× bench corpus these were 40 % of all indexed words, so a common word like
# "työtoimintapaikka" took a second query over its download budget.
# Likewise a step's "Seuraavaksi" item (the next steps' titles, each one a heading on the same page) and a role's
# region page's answers (the processes' answers to the service questions, word for word; the process pages index
# them): on the 4× bench corpus a quarter of the occurrences of "työtoimintapaikka", every one of them a location
# the browser downloads with the query. Both are found by their catalogue texts (label, heading).
# And a form's "Missä lomaketta käytetään" list (every step of every process that uses the form, with the process
# and region names): it grows with the corpus (at 4× a common form's list made its search fragment 8 kB, the
# largest download of a second query) and says nothing the process pages, which name the form at the step, do not.
_CLASS = 'contains(concat(" ", @class, " "), " {} ")'


def _literal(text: str) -> str:
    """`text` as an XPath string literal (these catalogue texts have no double quotes)."""
    return f'"{text}"'


_NEXT_LABEL = _literal(message("process.step.next").strip("*"))
_ANSWERS_HEADING = _literal(message("role.region.answers_heading"))
_FORM_USE_HEADING = _literal(message("form_pages.use.heading"))
NOT_CONTENT = (f"//*[{_CLASS.format('headerlink')}]", f"//*[{_CLASS.format('md-content__button')}]",
               "//button", "//*[local-name()='svg']", "//script", "//style",
               f"//*[{_CLASS.format('polku-kaavio-katselin')}]", f"//*[{_CLASS.format('polku-nayta-kaaviossa')}]",
               "//h2[@id='vastuumatriisi']/following-sibling::*[1][self::p]",
               f"//*[{_CLASS.format('polku-vastuumatriisi')}]",
               f"//*[{_CLASS.format('polku-tulostettava')}]", f"//*[{_CLASS.format('polku-viittaus')}]",
               f"//*[{_CLASS.format('vertailu-vastuu')}]", f"//*[{_CLASS.format('vertailu-taulukko')}]//td",
               f"//li[normalize-space(strong[1])={_NEXT_LABEL}]",
               f"//h2[normalize-space()={_ANSWERS_HEADING}]/following-sibling::*[1][self::ul]",
               f"//h2[normalize-space()={_FORM_USE_HEADING}]/following-sibling::*[1][self::ul]")


_UTF8 = lxml.html.HTMLParser(encoding="utf-8")  # the site's encoding, whether or not a page declares it


@dataclass(frozen=True, slots=True)
class SearchPage:
    """A page ready for Pagefind: its site-relative URL, kind, region (if any) and the HTML to index."""

    source: str  # the page's file, relative to the site ("prosessit/x/index.html"): Pagefind derives the URL
    url: str
    kind: str
    region: str | None
    keywords: int  # words in the hidden keyword blocks
    document: str


def page_url(relative_file: PurePosixPath) -> str:
    """'prosessit/x/index.html' → '/prosessit/x/'; '404.html' → '/404.html'."""
    if relative_file.name == "index.html":
        parent = str(relative_file.parent)
        return "/" if parent == "." else f"/{parent}/"
    return f"/{relative_file}"


def page_kind(url: str) -> str:
    section = url.strip("/").split("/", 1)[0]
    return KIND_BY_SECTION.get(section, OTHER_KIND)


def read_article(raw: bytes) -> lxml.html.HtmlElement | None:
    """The page body: the element marked `data-pagefind-body`, else the first `<article>`; None if neither."""
    root = lxml.html.document_fromstring(raw, parser=_UTF8)
    found = root.xpath("//*[@data-pagefind-body]") or root.xpath("//article")
    if not found:
        return None
    article: lxml.html.HtmlElement = found[0]
    for path in NOT_CONTENT:
        for element in article.xpath("." + path):
            element.drop_tree()
    # Pagefind lists every element with an id, and its text, in the page's fragment (for sub-results, which the
    # search box does not show): a fifth of a process page's fragment, downloaded with every result shown.
    for element in article.xpath("descendant-or-self::*[@id]"):
        del element.attrib["id"]
    return article


def page_abbreviations(article: lxml.html.HtmlElement) -> dict[str, Abbreviation]:
    """The glossary abbreviations the page shows as tooltips (`<abbr title="kuntouttava työtoiminta">KTT</abbr>`)."""
    found: dict[str, Abbreviation] = {}
    for abbr in article.iter("abbr"):
        short, title = abbr.text_content().strip().lower(), abbr.get("title", "")
        if short and title:
            found[short] = Abbreviation(short, tuple(w.lower() for w in words(title)))
    return found


def search_page(source: PurePosixPath, article: lxml.html.HtmlElement, lemmatiser: Lemmatiser | None,
                abbreviations: Mapping[str, Abbreviation]) -> SearchPage:
    url = page_url(source)
    kind = page_kind(url)
    regions = [e.text_content().strip() for e in article.xpath(f'.//*[@data-pagefind-filter="{REGION_FILTER}"]')]
    region = next((r for r in regions if r), None)
    factor = GUIDE_WEIGHT if kind == GUIDE_KIND else 1.0
    weights = heading_weights(url, kind)
    _weigh(article, factor, weights)
    if is_own_page(url) and url.strip("/").split("/")[0] in NAMED_SECTIONS:
        for title in article.iter("h1"):
            title.set("data-pagefind-meta", f"{NAME_META}:{_name(_text(title), lemmatiser)}")
            break
    blocks = _keyword_blocks(article, factor, weights, lemmatiser, abbreviations) if lemmatiser is not None else []
    keyword_words = sum(len(block.split()) for _, block in blocks)
    repeats = thin_repeats(article)  # after the keywords, which count every occurrence
    if repeats.words:
        # outside the indexed text: Pagefind still reads a meta inside an ignored element
        holder = lxml.html.Element("div", {"data-pagefind-ignore": ""})
        meta = lxml.html.Element("span", {"data-pagefind-meta": REPEATS_META})
        meta.text = unindexed(" ".join(repeats.words))
        holder.append(meta)
        article.append(holder)
    # attributes, not elements: a filter or meta element's text would become part of the page's words
    article.set("data-pagefind-body", "")
    article.set("data-pagefind-filter", f"{KIND_FILTER}:{kind}")
    article.set("data-pagefind-meta", f"{KEYWORD_COUNT_META}:{unindexed(str(keyword_words))}")
    # folded: see keywords.folded (the words the reader sees keep their ä and ö)
    keyword_html = "".join(f'<p hidden data-pagefind-weight="{weight:g}">{html.escape(folded(block))}</p>'
                           for weight, block in blocks)
    body = lxml.html.tostring(article, encoding="unicode")
    # the keywords are the content's final words: the search box leaves them out of excerpts (see haku.js)
    close = body.rindex("</")
    document = ('<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"></head><body>'
                f"{body[:close]}{keyword_html}{body[close:]}</body></html>")
    return SearchPage(str(source), url, kind, region, keyword_words, document)


def is_own_page(url: str) -> bool:
    """'/roolit/asiakas/' is the role's own page; '/roolit/asiakas/huittinen/' and '/roolit/' are not."""
    parts = url.strip("/").split("/")
    return len(parts) == 2 and parts[0] in OWN_PAGE_SECTIONS


def heading_weights(url: str, kind: str) -> dict[str, float]:
    """Each heading level's weight on this page (the guide's are scaled down, see _weigh)."""
    weights = dict(HEADING_WEIGHTS)
    parts = url.strip("/").split("/")
    if kind == GUIDE_KIND:
        return {level: weight * GUIDE_WEIGHT for level, weight in weights.items()}
    if is_own_page(url):
        weights["h1"] = OWN_PAGE_TITLE_WEIGHT
    elif len(parts) > 2:
        weights["h1"] = SUBPAGE_TITLE_WEIGHT
    return weights


def _keyword_blocks(article: lxml.html.HtmlElement, factor: float, weights: Mapping[str, float],
                    lemmatiser: Lemmatiser, abbreviations: Mapping[str, Abbreviation]) -> list[tuple[float, str]]:
    """(weight, words) blocks: the text's keywords at the text's weight, each heading level's keywords at that
    level's weight, so a base form ranks the page as its inflected form in the same place would.

    A keyword stands as often as its inflected forms (up to the cap), not once at a higher weight: Pagefind's default
    ranking counts occurrences relative to the page's length, so a single heavier word ranked the reader's pages
    below the maintainer guide for "jatkopolku"."""
    text = _text(article)
    present = stems(text)
    counts = keyword_occurrences(text, present, lemmatiser, cap=KEYWORD_REPEAT_CAP)
    for keyword in page_keywords(text, lemmatiser, abbreviations):
        counts[keyword] = max(counts[keyword], 1)  # the abbreviation keywords
    blocks = [(factor, counts)]
    for level, weight in weights.items():
        heading_text = " ".join(_text(h) for h in article.iter(level))
        blocks.append((weight, keyword_occurrences(heading_text, present, lemmatiser, cap=1)))
    return [(weight, " ".join(k for k, n in sorted(found.items()) for _ in range(n))) for weight, found in blocks
            if found]


def _name(title: str, lemmatiser: Lemmatiser | None) -> str:
    """The `nimi` meta: the title and the base forms its words do not stem to, since Pagefind matches the meta
    like the text ("seurantatutkimus" finds "… seurantatutkimukseen"). Pagefind splits metas at commas."""
    keywords = page_keywords(title, lemmatiser, {}) if lemmatiser is not None else []
    return " ".join([" ".join(title.split()), *keywords]).replace(",", " ")


def _text(element: lxml.html.HtmlElement) -> str:
    """The element's words with a space between text nodes: text_content() would glue a heading to the next
    paragraph ("Päätöksen tekoSosiaaliohjaaja")."""
    return " ".join(element.itertext())


def _weigh(article: lxml.html.HtmlElement, factor: float, weights: Mapping[str, float]) -> None:
    """Explicit weights where they differ from Pagefind's defaults. On the guide every heading and the text:
    Pagefind weighs headings by level regardless of an ancestor's weight, so scaling only the article would leave
    every guide heading as strong as a reader's."""
    if factor != 1.0:
        article.set("data-pagefind-weight", f"{factor:g}")
    for level, weight in weights.items():
        if weight != HEADING_WEIGHTS[level]:
            for heading in article.iter(level):
                heading.set("data-pagefind-weight", f"{weight:g}")

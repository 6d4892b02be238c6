"""Every reader page of the built site speaks Finnish content, not our machinery: no English developer text
(commit subjects, type names), no file paths or field names, no source file names. The maintainer guide
(yllapito/) and the benchmark page may use them."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import html

MAINTAINER_PAGES = ("yllapito/", "suorituskyky/")
# file paths, YAML field names and internal words that only mean something to us
MACHINERY = re.compile(
    r"process_models|content/|generator/|\.ya?ml\b|\.py\b|\.jinja\b|\bchangelog\b|\bcommit\b|kanoni|"
    r"\b(?:legal_bases|next_steps|responsible|participants|extras|StepRef|NextStep|ChangelogEntry|None|True|False)\b"
)
SOURCE_FILE = re.compile(r"\b\d{3}_[0-9a-f]{8,}\b|\.txt\b")
# English function words: model texts may hold an English name ("Individual Placement and Support"), so one
# is allowed; two different ones in one text block is English prose (e.g. a commit subject).
ENGLISH = re.compile(r"\b(the|and|from|with|for|into|this|that|should|when|is|are|of|to)\b")


def reader_pages(site_dir: Path) -> list[Path]:
    pages = []
    for page in sorted(site_dir.rglob("index.html")):
        relative = page.relative_to(site_dir).as_posix()
        if not relative.startswith(MAINTAINER_PAGES):
            pages.append(page)
    return pages


def text_blocks(page: Path) -> list[str]:
    """The visible text of the article, one string per block element (paragraph, cell, list item …)."""
    root = html.parse(str(page)).getroot()
    article = root.xpath("//article")
    if not article:
        return []
    for hidden in article[0].xpath(".//script | .//style"):
        hidden.drop_tree()
    blocks = article[0].xpath(".//p | .//li | .//td | .//th | .//h1 | .//h2 | .//h3 | .//h4 | .//small"
                              " | .//*[local-name()='text']")
    return [" ".join(b.text_content().split()) for b in blocks]


def problems(page: Path) -> list[str]:
    found = []
    for block in text_blocks(page):
        for pattern in (MACHINERY, SOURCE_FILE):
            found += [f"{m.group(0)!r} in {block[:90]!r}" for m in pattern.finditer(block)]
        english = {m.group(0).lower() for m in ENGLISH.finditer(block)}
        if len(english) >= 2:
            found.append(f"English words {sorted(english)} in {block[:90]!r}")
    return found


def test_the_crawl_covers_every_kind_of_reader_page(site_dir: Path) -> None:
    kinds = {p.relative_to(site_dir).parts[0] for p in reader_pages(site_dir)}
    assert {"prosessit", "roolit", "vertailu", "lomakkeet", "saadokset", "alueet", "palvelut", "lahteet",
            "sanasto"} <= kinds


def test_no_reader_page_shows_developer_text_paths_or_source_file_names(site_dir: Path) -> None:
    bad = {p.relative_to(site_dir).as_posix(): problems(p) for p in reader_pages(site_dir)}
    assert {page: found for page, found in bad.items() if found} == {}


def test_the_checker_catches_what_it_is_for(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text("<html><body><article><p>Content: catalogues from the seeds</p>"
                    "<li>Katso process_models/satakunta/malli.yaml</li><td>004_b6cf02d111afdad8.txt</td>"
                    "<p>Individual Placement and Support</p></article></body></html>", encoding="utf-8")
    assert [f.split(" in ")[0] for f in problems(page)] == [
        "English words ['from', 'the']", "'process_models'", "'.yaml'", "'004_b6cf02d111afdad8'", "'.txt'"]

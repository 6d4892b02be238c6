"""The search documents of earlier builds, kept in the build cache so a page whose article did not change is
neither parsed nor lemmatised again.

The documents live as files in one folder (`<cache>/haku/sivut/<page path>`) that the Pagefind binary indexes
directly, so an unchanged page costs one read of its HTML and a hash; a warm build with nothing changed is
little more than the Pagefind run itself. A page's key is a hash of what its document is made from: the
article's HTML (not the navigation, which changes on every page when a model is added), the page's path, the
site's glossary abbreviations, whether Voikko was there, and `FORMAT` (raise it when pages.py changes what a
document contains).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

try:
    import fcntl
except ImportError:  # not on Windows: builds there do not share a cache folder concurrently
    fcntl = None  # type: ignore[assignment]

FORMAT = "13"
FOLDER = "haku"
DOCUMENTS = "sivut"
MANIFEST = "avaimet.json"
LOCK = "lukko"


@dataclass(frozen=True, slots=True)
class CachedPage:
    """What the index statistics need of a page whose document is already on disk."""

    key: str
    url: str
    kind: str
    region: str | None
    keywords: int


def article_bytes(raw: bytes) -> bytes:
    """The part of a page its search document is made from: the article, or the whole page when it marks its own
    body (`data-pagefind-body` may sit outside `<article>`) or has no article."""
    if b"data-pagefind-body" in raw:
        return raw
    start, end = raw.find(b"<article"), raw.rfind(b"</article>")
    return raw[start:end] if 0 <= start < end else raw


def page_key(source: PurePosixPath, raw: bytes, context: str) -> str:
    """`context`: what every page's document depends on (the abbreviations, Voikko or not)."""
    digest = hashlib.sha256(f"{FORMAT}\0{source}\0{context}\0".encode())
    digest.update(article_bytes(raw))
    return digest.hexdigest()


class DocumentCache:
    """The folder of search documents and the manifest that says which page state each one was made from."""

    def __init__(self, cache_dir: Path, *, clear_on_damage: bool = True) -> None:
        """`clear_on_damage`: remove the documents when the manifest cannot be read (only the lock holder may)."""
        self.root = cache_dir / FOLDER
        self.documents = self.root / DOCUMENTS
        self._manifest = self.root / MANIFEST
        self._pages = self._load(clear_on_damage)

    def _load(self, clear_on_damage: bool) -> dict[str, CachedPage]:
        try:
            data = json.loads(self._manifest.read_text(encoding="utf-8"))
            return {source: CachedPage(**entry) for source, entry in data.items()}
        except (OSError, ValueError, TypeError):
            if clear_on_damage:
                shutil.rmtree(self.documents, ignore_errors=True)  # no trustworthy manifest: start afresh
            return {}

    def keys(self) -> dict[str, str]:
        """Each page's key as the manifest has it."""
        return {source: page.key for source, page in self._pages.items()}

    @classmethod
    @contextmanager
    def opened(cls, cache_dir: Path) -> Iterator[DocumentCache]:
        """The cache, locked for this process until the index is written: two builds of the same project at once
        (test workers, `mkdocs serve` next to `mkdocs build`) would otherwise remove each other's documents."""
        (cache_dir / FOLDER).mkdir(parents=True, exist_ok=True)
        with open(cache_dir / FOLDER / LOCK, "w", encoding="utf-8") as lock:
            if fcntl is not None:
                fcntl.flock(lock, fcntl.LOCK_EX)
            yield cls(cache_dir)

    def get(self, source: str, key: str) -> CachedPage | None:
        found = self._pages.get(source)
        if found is None or found.key != key or not (self.documents / source).is_file():
            return None
        return found

    def put(self, source: str, document: str, page: CachedPage) -> None:
        target = self.documents / source
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(document, encoding="utf-8")
        self._pages[source] = page

    def adopt(self, source: str, staged: Path, page: CachedPage) -> None:
        """Take a document made elsewhere in this cache folder (early_documents.py) by moving its file."""
        target = self.documents / source
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staged, target)
        self._pages[source] = page

    def keep_only(self, sources: set[str]) -> None:
        """Forget pages the site no longer has (Pagefind indexes every file in the folder) and save the manifest."""
        for source in sorted(set(self._pages) - sources):
            del self._pages[source]
            (self.documents / source).unlink(missing_ok=True)
        if self.documents.is_dir():
            for path in self.documents.rglob("*.html"):
                if path.relative_to(self.documents).as_posix() not in sources:
                    path.unlink()
        self.root.mkdir(parents=True, exist_ok=True)
        scratch = self._manifest.with_suffix(".tmp")
        scratch.write_text(json.dumps({source: {"key": p.key, "url": p.url, "kind": p.kind, "region": p.region,
                                                "keywords": p.keywords}
                                       for source, p in sorted(self._pages.items())}), encoding="utf-8")
        os.replace(scratch, self._manifest)

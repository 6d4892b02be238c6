"""The personal-data guard covers everything the site publishes, and no real person's details from the source
documents are in the repository. The real details are read from ../shared/seeds at run time (never copied
into a test); without the seed folder these tests skip."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.codes import CODES
from generator.validate.published import check_published_text, published_files
from generator.validate.text_safety import scan

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"
_EMAIL = re.compile(r"([\w.+-]+)\s*(?:@|\(a\)|\[at\])\s*([\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)
_PHONE = re.compile(r"(?<!\d)(?:\+358|0)\d{1,3}(?:[\s-]?\d){5,8}(?!\d)")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


@dataclass(frozen=True)
class ContactLine:
    text: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]  # digits only
    names: tuple[str, ...]  # the person's name words as written in the source


def contact_lines() -> list[ContactLine]:
    """Every seed line that carries an e-mail address or a phone number, with the named person's words: the
    words of the line that spell the address's local part (matti.meikalainen → 'Matti', 'Meikäläinen')."""
    if not SEEDS.is_dir():
        pytest.skip("lähdeaineisto (../shared/seeds) ei ole tämän kloonin vieressä")
    found = []
    for seed in sorted(SEEDS.glob("*.txt")):
        for line in seed.read_text(encoding="utf-8", errors="replace").splitlines():
            emails = tuple(f"{m.group(1)}@{m.group(2)}" for m in _EMAIL.finditer(line))
            phones = tuple(re.sub(r"\D", "", m.group(0)) for m in _PHONE.finditer(line))
            if not emails and not phones:
                continue
            parts = {_fold(p) for e in emails for p in re.split(r"[._-]", e.split("@")[0]) if len(p) > 2}
            names = tuple(w for w in re.findall(r"[^\W\d_]+", line) if _fold(w) in parts)
            found.append(ContactLine(line, emails, phones, names))
    return found


def details() -> list[tuple[str, re.Pattern[str]]]:
    """What must not appear anywhere: addresses (also as 'x(a)y'), phone numbers (any spacing), full names and
    surnames (also without Finnish letters)."""
    out: list[tuple[str, re.Pattern[str]]] = []
    for line in contact_lines():
        for email in line.emails:
            local, domain = email.split("@")
            out.append(("e-mail", re.compile(re.escape(local) + r"\s*(?:@|\(a\)|\[at\])\s*" + re.escape(domain),
                                             re.IGNORECASE)))
        for phone in line.phones:
            out.append(("phone", re.compile(r"[\s-]?".join(phone))))
        if len(line.names) >= 2:
            surname = line.names[-1]
            out.append(("name", re.compile(r"\b" + re.escape(" ".join(line.names)) + r"\b")))
            for spelling in {surname, _fold(surname).capitalize()}:
                out.append(("surname", re.compile(r"\b" + re.escape(spelling) + r"\b")))
    return out


def repository_texts() -> list[tuple[str, str]]:
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, capture_output=True,
                            text=True, check=True).stdout.splitlines()
    texts = []
    for name in listed:
        path = REPO / name
        if not path.is_file() or path.suffix in {".ttf", ".png", ".woff", ".woff2"}:
            continue
        try:
            texts.append((name, path.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            continue
    return texts


def test_the_seeds_have_contact_details_to_guard_against() -> None:
    lines = contact_lines()
    assert lines, "the seeds are expected to name at least one person with contact details"
    assert all(line.names for line in lines if line.emails)


def test_the_guard_flags_every_contact_detail_in_the_seeds() -> None:
    for line in contact_lines():
        codes = {finding.code.id for finding in scan(line.text)}
        expected = ({"D002"} if line.phones else set()) | ({"D003"} if line.emails else set())
        assert expected <= codes, (expected, codes)


def test_no_real_contact_details_or_names_from_the_seeds_in_the_repository() -> None:
    patterns = details()
    hits = [(name, kind) for name, text in repository_texts() for kind, pattern in patterns if pattern.search(text)]
    assert hits == []


def test_the_error_code_examples_use_made_up_details() -> None:
    """The Virhekoodit page prints every example; D002's number is all zeros, D003's address is example.fi."""
    d002, d003 = CODES["D002"].example, CODES["D003"].example
    assert d002 is not None and d003 is not None
    assert re.findall(r"0\d{2} \d{3} \d{4}", d002.bad) == ["040 000 0000"]
    assert "@example.fi" in d003.bad


def test_hand_written_pages_and_templates_are_guarded_and_clean() -> None:
    guarded = {p.relative_to(REPO).as_posix() for p in published_files(REPO)}
    assert {"content/palaute.md", "content/yllapito/index.md", "generator/render/templates/home.md.jinja"} <= guarded
    assert check_published_text(REPO) == []


def test_a_phone_number_on_a_hand_written_page_is_an_error_with_its_position(tmp_path: Path) -> None:
    page = tmp_path / "content" / "yllapito" / "yhteystiedot.md"
    page.parent.mkdir(parents=True)
    page.write_text("# Yhteystiedot\n\nKysy lisää: 040 000 0000 tai matti.meikalainen@example.fi\n", encoding="utf-8")
    found = [(d.code, d.file, d.line, d.column) for d in check_published_text(tmp_path)]
    assert found == [("D002", "content/yllapito/yhteystiedot.md", 3, 13),
                     ("D003", "content/yllapito/yhteystiedot.md", 3, 30)]

"""XLSX as a zip package: fixed bytes when writing, size limits before anything parses it."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from generator import codes
from generator.codes import Code

ZIP_TIME = (2001, 1, 1, 0, 0, 0)
FIXED_STAMP = "2001-01-01T00:00:00Z"
_CORE_DATES = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")
# A returned questionnaire is tens of kilobytes; these leave room for long answers and refuse zip bombs.
# zipfile never inflates an entry past its declared size (a lying size fails the CRC), so the declared
# sizes bound what openpyxl can be made to parse.
MAX_PACKAGE_BYTES = 5_000_000
MAX_ENTRY_BYTES = 8_000_000
MAX_TOTAL_BYTES = 16_000_000
MAX_ENTRIES = 200


def normalised(data: bytes) -> bytes:
    """Same entries in the same order with fixed dates: openpyxl stamps the save time into the file."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _CORE_DATES.sub(rb"\g<1>" + FIXED_STAMP.encode() + rb"\g<3>", body)
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type, entry.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            target.writestr(entry, body)
    return out.getvalue()


@dataclass(frozen=True, slots=True)
class PackageProblem:
    """Why the bytes are not a workbook we will open; code and message parameters for the registry."""

    code: Code
    params: tuple[tuple[str, str], ...] = ()


def package_problem(data: bytes) -> PackageProblem | None:
    """None when the zip is a plausible, small workbook; checked from the central directory only."""
    if len(data) > MAX_PACKAGE_BYTES:
        return PackageProblem(codes.T002, (("size", str(len(data))), ("limit", str(MAX_PACKAGE_BYTES))))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return PackageProblem(codes.T001)
    names = {e.filename for e in entries}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        return PackageProblem(codes.T001)
    total = sum(e.file_size for e in entries)
    biggest = max(entries, key=lambda e: e.file_size)
    if len(entries) > MAX_ENTRIES or biggest.file_size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES:
        return PackageProblem(codes.T002, (("size", str(total)), ("limit", str(MAX_TOTAL_BYTES))))
    return None

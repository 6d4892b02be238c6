"""The previous round's benchmark (content/suorituskyky.md as of commit 120d9dc, measured 2026-11-24 on the same
kind of machine), for the page's before/after table. Each row names the current table's label it compares with.

Round one had Material's lunr search (one index file every reader downloaded whole), arc-routed swimlanes
(`neato`), no parse cache, and `mkdocs serve` without --dirty.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Before:
    label: str  # the current table's row label
    one: str  # 1×, as the old page printed it
    four: str  # 4×


MEASURED_ON = "2026-11-24"
BEFORE: tuple[Before, ...] = (
    Before("HTML-sivuja", "373", "1078"),
    Before("polku validate (seinäaika, CPU-aika)", "10,78 s (CPU 7,55 s)", "30,10 s (CPU 30,05 s)"),
    Before("Kylmä täysi rakennus, tyhjä kaaviovälimuisti", "271,07 s", "754,87 s"),
    Before("Lämmin rakennus, ei muutoksia", "44,39 s", "194,29 s"),
    Before("Lattia: MkDocs + Material + Pagefind samoista sivuista", "31,52 s (lunr-haku)", "130,66 s (lunr-haku)"),
    Before("Kylmä / lattia", "8,60 ×", "5,78 ×"),
    Before("Lämmin / lattia", "1,41 ×", "1,49 ×"),
    Before("Muistin huippu (ru_maxrss)", "429 MiB", "1420 MiB"),
    Before("Suurin HTML-sivu", "858 kt", "2898 kt"),
    Before("HTML-sivun mediaani", "146 kt", "170 kt"),
    Before("Navigaation osuus prosessisivusta", "32 %", "37 %"),
    Before("Ensimmäinen haku lataa (Chromium)", "12,9 MiB (koko lunr-hakemisto)", "49,6 MiB (koko lunr-hakemisto)"),
)
SERVE_BEFORE = "54,7 s (`mkdocs serve` ilman --dirty-tilaa, 1×)"

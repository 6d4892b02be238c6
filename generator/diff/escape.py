"""Model text and diagnostics on their way into a pull-request comment, which GitHub renders as Markdown
with raw HTML allowed and `@name` turned into a notification: every text passes one of these two."""

from __future__ import annotations

import re

from generator.model.text import LocalizedText
from generator.render.text import t

# U+2060 WORD JOINER after "@": the text reads the same, GitHub no longer sees a mention
_MENTION = re.compile(r"@(?=\w)")
# What GitHub's Markdown reads as markup inside a line: emphasis, code, links and images, strikethrough, tables
# and escapes. Dots, hyphens, brackets and the like are left alone ("1.0", "Etelä-Pohjanmaa" read as written).
_MARKUP = re.compile(r"([\\`*_\[\]|~])")
# At the start of a line: headings, quotes, list items and numbered lists.
_LINE_START = re.compile(r"^(#|>|[-+](?=\s))")
_NUMBERED = re.compile(r"^(\d+)([.)])(?=\s|$)")


def comment_text(text: LocalizedText | str | None) -> str:
    """Text that GitHub shows literally in a comment: no HTML, link, image, emphasis or @mention, and no
    backslash where Markdown would not misread the character anyway."""
    flat = " ".join(t(text).split()).replace("&", "&amp;").replace("<", "&lt;")
    escaped = _NUMBERED.sub(r"\1\\\2", _LINE_START.sub(r"\\\1", _MARKUP.sub(r"\\\1", flat)))
    return _MENTION.sub("@\u2060", escaped)


def fenced(text: str) -> str:
    """Verbatim text (e.g. validation output that echoes a hostile value) as a fenced code block: GitHub
    renders neither HTML nor mentions inside it, and the fence is longer than any backtick run in the text."""
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    fence = "`" * (longest + 1)
    return f"{fence}text\n{text.rstrip(chr(10))}\n{fence}\n"

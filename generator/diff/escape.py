"""Model text and diagnostics on their way into a pull-request comment, which GitHub renders as Markdown
with raw HTML allowed and `@name` turned into a notification: every text passes one of these two."""

from __future__ import annotations

import re

from generator.render.text import inline

# U+2060 WORD JOINER after "@": the text reads the same, GitHub no longer sees a mention
_MENTION = re.compile(r"@(?=\w)")


def comment_text(text: str) -> str:
    """Inline Markdown that shows `text` literally: no HTML, no link or image, no @mention."""
    return _MENTION.sub("@\u2060", inline(text))


def fenced(text: str) -> str:
    """Verbatim text (e.g. validation output that echoes a hostile value) as a fenced code block: GitHub
    renders neither HTML nor mentions inside it, and the fence is longer than any backtick run in the text."""
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    fence = "`" * (longest + 1)
    return f"{fence}text\n{text.rstrip(chr(10))}\n{fence}\n"

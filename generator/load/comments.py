"""YAML comments with their positions. The parser drops comments, but they are published with the
repository (and shown in pull requests), so the personal-data guard reads them too."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Comment:
    line: int
    column: int  # 1-based column of the '#'
    text: str  # after the '#'


def find_comments(text: str) -> tuple[Comment, ...]:
    """'#' at the start of a line or after whitespace, outside quotes on that line. Lines of a block
    scalar are not told apart; a '#' there is text, and the guard finds the same problem either way."""
    found: list[Comment] = []
    for number, line in enumerate(text.splitlines(), 1):
        column = _comment_start(line)
        if column is not None:
            found.append(Comment(number, column + 1, line[column + 1:]))
    return tuple(found)


def _comment_start(line: str) -> int | None:
    if "#" not in line:
        return None
    quote: str | None = None
    for index, char in enumerate(line):
        if quote is not None:
            if char == quote:
                quote = None
        elif char in "'\"" and (index == 0 or line[index - 1] in " \t:[{,-"):
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return index
    return None

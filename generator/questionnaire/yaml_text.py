"""Where things are in a YAML file's text, from the positioned nodes of generator.load: the lines a key's
value spans, where a new key or list item goes, and how a text is written as a YAML scalar."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence

from generator.load.yaml_nodes import YMap, YNode, YScalar, YSeq
from generator.messages import message

WRAP_AT = 110


class EditRefused(Exception):
    """The text cannot be edited safely by a program (flow style spanning lines …); `why` is Finnish."""

    def __init__(self, what: str, why: str) -> None:
        super().__init__(why)
        self.what, self.why = what, why


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def key_span(lines: Sequence[str], mapping: YMap, key: str) -> tuple[int, int]:
    """0-based [first, last] lines of `key` and its value: up to the last non-blank line before the next line
    indented no deeper than the key (comments at the key's depth belong to what follows)."""
    pos = mapping.key_pos[key]
    first, key_indent = pos.line - 1, pos.column - 1
    last = first
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        # a block list may sit at its key's own indentation ("answers:\n- question: …")
        if indent_of(line) < key_indent or (indent_of(line) == key_indent and not line.lstrip().startswith("- ")):
            break
        last = index
    return first, last


def insert_key(lines: list[str], mapping: YMap, key: str, value: str, order: Sequence[str]) -> None:
    """Insert `key: value` (value already rendered, starting with ' ' or a newline) after the last existing key
    that comes before `key` in the model's field order, at the mapping's indentation."""
    earlier = [k for k in order[: order.index(key)] if k in mapping.entries]
    anchor = earlier[-1] if earlier else next(iter(mapping.entries))
    indent = " " * (mapping.key_pos[anchor].column - 1)
    _, last = key_span(lines, mapping, anchor)
    lines.insert(last + 1, f"{indent}{key}:{value}")


def replace_value(lines: list[str], mapping: YMap, key: str, value: str) -> None:
    """Replace a key's whole value (all its lines) with a rendered one; a trailing comment on a one-line
    value is kept."""
    first, last = key_span(lines, mapping, key)
    pos = mapping.key_pos[key]
    head = lines[first][: pos.column - 1 + len(key) + 1]
    comment = _trailing_comment(lines[first]) if first == last else ""
    rendered = f"{head}{value}"
    if comment:
        rendered = rendered.rstrip("\n") + f"  {comment}\n"
    lines[first: last + 1] = [rendered]


def add_to_list(lines: list[str], mapping: YMap, key: str, item: str, order: Sequence[str], what: str) -> None:
    """Append a plain item (an id) to a list value: flow `[a, b]` on one line, a block list, or a new key."""
    node = mapping.entries.get(key)
    if node is None or (isinstance(node, YScalar) and node.is_null):
        if node is None:
            insert_key(lines, mapping, key, f" [{item}]\n", order)
        else:
            replace_value(lines, mapping, key, f" [{item}]\n")
        return
    if not isinstance(node, YSeq):
        raise EditRefused(what, message("questionnaire.edit.not_a_list", field=key))
    first, last = key_span(lines, mapping, key)
    line = lines[first]
    after_key = line[mapping.key_pos[key].column - 1 + len(key) + 1:].strip()
    if after_key.startswith("["):
        if first != last or "]" not in after_key:
            raise EditRefused(what, message("questionnaire.edit.flow_list_multiline", field=key))
        replace_value(lines, mapping, key, f" [{', '.join([*_flow_items(node), item])}]\n")
        return
    if not node.items:
        raise EditRefused(what, message("questionnaire.edit.list_form_unknown", field=key))
    item_line = lines[node.items[0].pos.line - 1]
    dash = " " * indent_of(item_line)
    lines.insert(last + 1, f"{dash}- {item}\n")


def _flow_items(node: YSeq) -> list[str]:
    out = []
    for child in node.items:
        if not isinstance(child, YScalar):
            raise EditRefused(message("questionnaire.edit.list"), message("questionnaire.edit.nested_list"))
        out.append(child.text)
    return out


def _trailing_comment(line: str) -> str:
    """A ' # comment' after a plain one-line value (not inside quotes)."""
    quote = None
    for index, ch in enumerate(line):
        if ch in "\"'" and quote is None:
            quote = ch
        elif ch == quote:
            quote = None
        elif ch == "#" and quote is None and index > 0 and line[index - 1] in " \t":
            return line[index:].rstrip("\n")
    return ""


def scalar(text: str, indent: int) -> str:
    """A text as a YAML value after 'key:': quoted on the line, folded (>-) when long, literal (|-) when it
    has line breaks. `indent` is the key's indentation; the result ends with a newline."""
    body = " " * (indent + 2)
    if "\n" in text:
        return " |-\n" + "".join(f"{body}{line}\n" if line.strip() else "\n" for line in text.split("\n"))
    if len(text) + indent <= 90:
        return f" {json.dumps(text, ensure_ascii=False)}\n"
    wrapped = textwrap.wrap(text, width=WRAP_AT - len(body), break_long_words=False, break_on_hyphens=False)
    return " >-\n" + "".join(f"{body}{line}\n" for line in wrapped)


def find_item(seq: YNode | None, key: str, value: str) -> YMap | None:
    """The mapping in a list whose `key` is `value` (a step by id, an answer by question)."""
    if not isinstance(seq, YSeq):
        return None
    for item in seq.items:
        if isinstance(item, YMap):
            node = item.entries.get(key)
            if isinstance(node, YScalar) and node.text == value:
                return item
    return None

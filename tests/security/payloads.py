"""Hostile text for every kind of text field: payload classes, the fields they go into, and where each field
sits in the files after writing (so a diagnostic can be attributed to the field it names)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.load.yaml_nodes import YNode, YScalar, child, parse_yaml


@dataclass(frozen=True)
class Payload:
    name: str
    text: str
    refused: bool  # True: the validator must refuse it in every field; False: accepted, and rendered inert


PWN = "window.__pwned=1"

REFUSED = [
    Payload("script", f"<script>{PWN}</script>", True),
    Payload("img-onerror", f'<img src=x onerror="{PWN}">', True),
    Payload("svg-onload", f"<svg onload={PWN}>", True),
    Payload("html-comment", "<!-- piilotettu -->", True),
    Payload("details", "<details open>avautuu</details>", True),
    Payload("javascript-link", f"[klikkaa](javascript:{PWN})", True),
    Payload("javascript-link-obfuscated", f"[klikkaa](jav&#x09;ascript:{PWN})", True),
    Payload("data-link", "[x](data:text/html;base64,PHNjcmlwdD4=)", True),
    Payload("javascript-autolink", f"<javascript:{PWN}>", True),
    Payload("javascript-refdef", f"[x]\n\n[x]: javascript:{PWN}", True),
    Payload("entity-img", f"&lt;img src&#61;x onerror&#61;{PWN}&gt;", True),
    Payload("hex-entity-img", "&#x3c;img src=x&#x3e;", True),
    Payload("entity-no-semicolon", "&ltimg src=x&gt", True),
    Payload("link-title", '[ohje](https://example.invalid "Ohje")', True),
    Payload("link-title-entity", '[ohje](https://example.invalid "&lt;img src=x onerror=alert(1)&gt;")', True),
    Payload("image", "![kuva](https://example.invalid/kuva.png)", True),
    Payload("image-in-url-breakout", "https://a.example/)![p](https://example.invalid/p.png)", True),
    Payload("attribute-list", f'tekstiä {{ onclick="{PWN}" }}', True),
    Payload("attribute-list-class", "tekstiä { .md-button #kaapattu }", True),
    Payload("snippet-include", '--8<-- "/etc/passwd"', True),
    Payload("abbreviation-hijack", "teksti\n*[ja]: kaapattu lyhenne", True),
    Payload("control-bel", "Teksti\x07kello", True),
    Payload("control-nul", "Teksti\x00nolla", True),
    Payload("control-esc", "Teksti\x1b[31mpunainen", True),
    Payload("control-c1", "Teksti\x9bväli", True),
    Payload("control-vt", "Teksti\x0bpysty", True),
    Payload("too-long", "pitkä " * 1700, True),
    Payload("hetu-lowercase", "Asiakas 131052-308t", True),
    Payload("phone-area-code", "Soita (09) 123 4567", True),
    Payload("phone-international-0", "Soita +358 (0)40 123 4567", True),
    Payload("phone-puh", "puh:0401234567", True),
    Payload("phone-dots", "Soita 040.123.4567", True),
    Payload("email-first-name", "matti@example.invalid", True),
    Payload("email-initial", "m.meikalainen@example.invalid", True),
    Payload("email-middle-initial", "matti.j.meikalainen@example.invalid", True),
    Payload("email-percent", "matti.meikalainen%40example.invalid", True),
    Payload("street-address", "Asiakas asuu Mannerheimintie 12 B 34", True),
]

INERT = [
    Payload("jinja", "{{ 7*7 }} {% raw %} {# kommentti #}", False),
    Payload("attribute-breakout", '" data-pwned="1 \' data-pwned=\'1', False),
    Payload("comparisons", "A & B < 5 > 3 </ title alle <3 tuntia", False),
    Payload("cdata-end", "]]> teksti ]]", False),
    Payload("markdown-blocks", '# kaapattu otsikko\n| a | b |\n|---|---|\n!!! danger "kaapattu"\nSetext\n===', False),
    Payload("backticks", "`koodi` ``kaksi ` sisällä`` ```", False),
    Payload("csv-formula", '=HYPERLINK("https://example.invalid","klik")', False),
    Payload("csv-plus", "+1+1 ja -2+3 ja @SUM(1)", False),
    Payload("plain-javascript-text", "javascript:alert(1) ja %6a%61vascript:alert(1)", False),
    Payload("mention", "@octocat kysy", False),
    Payload("business-id-and-service-mail", "Y-tunnus 0201256-6, kirjaamo@example.invalid", False),
    Payload("ok-link", "[Finlex](https://www.finlex.fi/fi/laki/ajantasa/2001/20010189)", False),
    Payload("pipes-and-stars", "| putki | *tähti* _alaviiva_ \\ kenoviiva", False),
]

PAYLOADS = REFUSED + INERT


@dataclass(frozen=True)
class Field:
    name: str
    file: str
    path: tuple[int | str, ...]


P = "process_models/keski-uusimaa/fokus-opinnoista-tyoelamaan.yaml"
C = "process_models/catalog/"
F = "process_models/forms/ktt-sopimus.yaml"

FIELDS = [
    Field("process.title", P, ("title",)),
    Field("process.summary", P, ("summary",)),
    Field("process.target_group", P, ("target_group",)),
    Field("step.title", P, ("steps", 0, "title")),
    Field("step.description", P, ("steps", 0, "description")),
    Field("step.duration", P, ("steps", 1, "duration")),
    Field("answer.answer", P, ("answers", 0, "answer")),
    Field("process.development_need", P, ("development_needs", 0)),
    Field("process.evaluation_point", P, ("evaluation_points", 0)),
    Field("glossary.term", C + "sanasto.yaml", ("glossary", 0, "term")),
    Field("glossary.definition", C + "sanasto.yaml", ("glossary", 0, "definition")),
    Field("legal.act", C + "saadokset.yaml", ("legal_bases", 0, "act")),
    Field("legal.section", C + "saadokset.yaml", ("legal_bases", 0, "section")),
    Field("legal.title", C + "saadokset.yaml", ("legal_bases", 0, "title")),
    Field("legal.amended_by", C + "saadokset.yaml", ("legal_bases", 0, "amended_by", 0)),
    Field("region.name", C + "alueet.yaml", ("regions", 0, "name")),
    Field("region.description", C + "alueet.yaml", ("regions", 0, "description")),
    Field("organisation.name", C + "alueet.yaml", ("organisations", 0, "name")),
    Field("role.name", C + "roolit.yaml", ("roles", 0, "name")),
    Field("role.description", C + "roolit.yaml", ("roles", 0, "description")),
    Field("source.title", C + "lahteet.yaml", ("sources", 0, "title")),
    Field("source.note", C + "lahteet.yaml", ("sources", 0, "note")),
    Field("service.name", C + "palvelut.yaml", ("services", 0, "name")),
    Field("service.question", C + "palvelut.yaml", ("services", 0, "questions", 0, "text")),
    Field("form.title", F, ("title",)),
    Field("form.purpose", F, ("purpose",)),
    Field("form.section_title", F, ("sections", 0, "title")),
    Field("form.field_label", F, ("sections", 0, "fields", 0, "label")),
    Field("form.field_help", F, ("sections", 0, "fields", 0, "help")),
]


# libyaml's safe loader and emitter, not PyYAML's pure-Python ones: the same documents, read and written about ten
# times faster (the payload files are read and written some 400 times a run; in Python that was ~15 s of CPU).
def load(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def dump(path: Path, data: Any) -> None:
    text = yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text(text, encoding="utf-8")


def set_at(data: Any, path: tuple[int | str, ...], value: str) -> None:
    """Set the value at `path`, creating a missing last list item or key (e.g. an empty amended_by)."""
    target = data
    for part in path[:-1]:
        if isinstance(part, str) and part not in target:
            target[part] = [] if isinstance(path[path.index(part) + 1], int) else {}
        if isinstance(part, int) and len(target) <= part:
            target.append({})
        target = target[part]
    last = path[-1]
    if isinstance(last, int):
        while len(target) <= last:
            target.append("")
    target[last] = value


def write_payload(repo: Path, text: str) -> dict[str, tuple[str, int, int]]:
    """Put `text` into every field; returns field name → (file, first line, last line) of its value."""
    by_file: dict[str, list[Field]] = {}
    for field in FIELDS:
        by_file.setdefault(field.file, []).append(field)
    spans: dict[str, tuple[str, int, int]] = {}
    for file, fields in by_file.items():
        data = load(repo / file)
        for field in fields:
            set_at(data, field.path, text)
        dump(repo / file, data)
        spans.update(_spans(repo / file, file, fields))
    return spans


def _spans(path: Path, file: str, fields: list[Field]) -> dict[str, tuple[str, int, int]]:
    source = path.read_text(encoding="utf-8")
    root, problems = parse_yaml(source, file)
    assert root is not None, problems
    starts = sorted((_node(root, f.path).pos.line, f.name) for f in fields)
    total = source.count("\n") + 1
    spans = {}
    for index, (line, name) in enumerate(starts):
        end = starts[index + 1][0] - 1 if index + 1 < len(starts) else total
        node = _node(root, next(f.path for f in fields if f.name == name))
        if isinstance(node, YScalar):  # the value's own lines, not the unrelated keys after it
            end = min(end, line + node.text.count("\n") + 2)
        spans[name] = (file, line, end)
    return spans


def _node(root: YNode, path: tuple[int | str, ...]) -> YNode:
    node: YNode = root
    for part in path:
        found = child(node, part)
        assert found is not None, path
        node = found
    return node

"""Interface text lives in the message catalogue (generator/messages/<language>/), not in code or templates: a
Finnish sentence written straight into a module or a template would stay Finnish in a Swedish interface.

The scan is a tripwire, not a proof: in Python, a string constant (not a docstring) with å, ä or ö; in a template,
a word left once Jinja's tags, expressions and comments, HTML tags and script bodies are taken out. What is
allowed is listed below with the reason."""

from __future__ import annotations

import ast
import re
from pathlib import Path

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
FINNISH_LETTER = re.compile(r"[åäöÅÄÖ]")

# Module → why its strings with å/ä/ö are not interface text.
PYTHON_ALLOWED = {
    "codes.py": "the codes' bad/good examples are model files (test data in the file format)",
    "model/catalog.py": "the id pattern admits Finnish letters (file format)",
    "model/process.py": "the file format's status values (luonnos, hyväksytty)",
    "model/text.py": "the slug table turns ä/ö/å into a/o/a (linguistic data)",
    "render/collation.py": "Finnish alphabetical order (linguistic data)",
    "render/diagrams/hyphenation.py": "Finnish vowels for syllable breaks (linguistic data)",
    "render/diagrams/text_metrics.py": "glyph classes for text width (typographic data)",
    "validate/text_safety.py": "Finnish street-name endings that look like an address (personal-data check)",
}

# Words a template may contain outside Jinja: front matter keys, CSS classes, anchors and paths that are part of
# URLs (changing them breaks links), file extensions, names.
TEMPLATE_WORDS = {
    "title", "description", "hide", "toc", "navigation", "button", "primary", "download", "docx", "pdf", "note",
    "danger", "warning", "text", "yaml", "index", "kattavuus", "kysymykset", "tehtavat", "vaiheet",
    "vastaamattomat", "yllapito", "kyselyt", "MkDocs", "Polku", "HTML", "Markdown",
    "depth", "lines", "loading", "lazy",  # front matter toc_depth, code block hl_lines, image loading=lazy
}
# In a YAML template (a model file being written) the keys and these values are the file format itself.
YAML_KEY = re.compile(r"[A-Za-z_-]+:")
YAML_VALUES = {"luonnos", "true", "muu", "schema"}


def _docstring_ids(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _finnish_constants(path: Path, root: Path = GENERATOR) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstring_ids(tree)
    return [f"{path.relative_to(root)}:{node.lineno}: {node.value[:60]!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and FINNISH_LETTER.search(node.value)]


def test_no_finnish_interface_text_in_python() -> None:
    modules = [p for p in sorted(GENERATOR.rglob("*.py"))
               if p.relative_to(GENERATOR).as_posix() not in PYTHON_ALLOWED and "messages" not in p.parts]
    assert [hit for module in modules for hit in _finnish_constants(module)] == []


def _words_outside_jinja(text: str) -> set[str]:
    for pattern in (r"\{#.*?#\}", r"\{\{.*?\}\}", r"\{%.*?%\}", r"<script\b.*?</script>", r"<style\b.*?</style>",
                    r"<[^>]*>"):
        text = re.sub(pattern, " ", text, flags=re.DOTALL)
    return set(re.findall(r"[A-Za-zÅÄÖåäö]{3,}", text))


def _template_words(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8")
    if path.name.endswith(".yaml.jinja"):
        return _words_outside_jinja(YAML_KEY.sub(" ", text)) - YAML_VALUES
    return _words_outside_jinja(text)


def test_no_interface_text_in_templates() -> None:
    left = {p.relative_to(GENERATOR).as_posix(): sorted(words - TEMPLATE_WORDS)
            for p in sorted(GENERATOR.rglob("*.jinja")) if (words := _template_words(p)) - TEMPLATE_WORDS}
    assert left == {}


JS_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.DOTALL)
JS_STRING = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`")


def test_no_finnish_interface_text_in_scripts() -> None:
    """The site's scripts take their words from assets/polku/viestit.js (generated from the catalogue)."""
    scripts = sorted(GENERATOR.rglob("*.js"))
    assert len(scripts) >= 5, "the scan finds the scripts"
    found = [f"{path.name}: {literal}" for path in scripts
             for literal in JS_STRING.findall(JS_COMMENT.sub(" ", path.read_text(encoding="utf-8")))
             if FINNISH_LETTER.search(literal)]
    assert found == []


def test_every_allowance_is_still_needed() -> None:
    """An allowance nobody needs any more would hide the next Finnish sentence written into that module."""
    assert [name for name in PYTHON_ALLOWED if not _finnish_constants(GENERATOR / name)] == []


def test_the_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    """The tripwire trips: a Finnish constant and a Finnish template sentence are both found, a docstring is not."""
    planted = tmp_path / "planted.py"
    planted.write_text('"""Docstring: ääkköset sallittu."""\nLABEL = "Lisää vaihe"\n', encoding="utf-8")
    assert _finnish_constants(planted, tmp_path) == ["planted.py:2: 'Lisää vaihe'"]
    assert _words_outside_jinja('{{ msg("x") }} <b class="button">Valitse</b> {# kommentti #}') == {"Valitse"}

"""The Jinja2 environment: templates per page kind, and the pure filters they may use."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from jinja2 import BytecodeCache, Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined, pass_context
from jinja2.runtime import Context

from generator.history.entries import reader_history
from generator.messages import DEFAULT_LANGUAGE, message, plural
from generator.render import text, urls


@pass_context
def url(context: Context, kind: str, item_id: str = "", anchor: str = "") -> str:
    """Relative link from the page being rendered to another page (and optional anchor); `kind` is a
    name in urls.PAGE_KINDS, and without an id a folder kind links to its index page."""
    target = urls.PAGE_KINDS[kind].page(item_id)
    if anchor:
        target = f"{target}#{anchor}"
    return urls.relative(context["page_path"], target)


@pass_context
def step_url(context: Context, process_id: str, step_id: str) -> str:
    return url(context, "process", process_id, urls.step_anchor(step_id))


@pass_context
def asset_url(context: Context, path: str) -> str:
    """Relative link from the page being rendered to a generated file (DOCX, PDF, SVG …)."""
    return urls.relative(context["page_path"], path)


@pass_context
def role_region_url(context: Context, role_id: str, region_id: str) -> str:
    return urls.relative(context["page_path"], urls.role_region_page(role_id, region_id))


def finnish_date(value: dt.date | None) -> str:
    return f"{value.day}.{value.month}.{value.year}" if value else ""


ACT_NUMBER = re.compile(r"(\d{1,4})/(\d{4})")


def finlex_original(number: str) -> str:
    """Finlex address of an act as published (säädöskokoelma), e.g. '702/2020' → …/alkup/2020/20200702;
    '' for anything that is not an act number (`amended_by` is free text: it is then shown, not linked)."""
    match = ACT_NUMBER.fullmatch(number.strip())
    if match is None:
        return ""
    serial, year = match.groups()
    return f"https://www.finlex.fi/fi/laki/alkup/{year}/{year}{int(serial):04d}"


def compiled_templates() -> BytecodeCache | None:
    """Compiled templates kept between processes (Jinja's per-user folder under the system temp dir, which Jinja
    creates private and refuses if someone else owns it): compiling every template costs about a second a build.
    The MkDocs plugin gives the theme's environment the same (publish/plugin.py on_env)."""
    try:
        return FileSystemBytecodeCache()
    except (OSError, RuntimeError):
        return None


@functools.cache
def create_environment(language: str = DEFAULT_LANGUAGE) -> Environment:
    """One environment per language and process: its compiled templates serve every page of every build (under
    `polku serve` each save rebuilds in the same process; Jinja still reloads a template whose file changed)."""
    env = Environment(
        loader=PackageLoader("generator.render", "templates"),
        bytecode_cache=compiled_templates(),
        autoescape=False,  # the output is Markdown; every model value passes an escaping filter
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(t=text.t, inline=text.inline, block=text.block, attr=text.attr, meta=text.meta,
                       href=text.href, code=text.code,
                       fidate=finnish_date, finlex_original=finlex_original, reader_history=reader_history)
    env.globals.update(url=url, step_url=step_url, asset_url=asset_url, role_region_url=role_region_url,
                       step_anchor=urls.step_anchor,
                       msg=functools.partial(message, language=language),
                       msgn=functools.partial(plural, language=language))
    return env


def render(env: Environment, template: str, page_path: str, **context: Any) -> str:
    return env.get_template(template).render(page_path=page_path, **context)

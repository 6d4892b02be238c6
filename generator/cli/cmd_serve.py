"""`polku serve`: build and serve the site with live reload (mkdocs serve), in Finnish.

The MkDocs server runs as a child in its own process group, so Ctrl+C or a TERM signal stops the whole tree
and the port is free afterwards; its log lines are translated (`serve_output`). While the models are invalid
the plugin serves a Finnish error page instead of failing (generator/publish/serve_errors.py).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
from pathlib import Path
from types import FrameType

from generator.cli.serve_output import finnish_line
from generator.messages import message
from generator.project import Project

STOP_SECONDS = 10


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("serve", help=message("cli.serve.help"), description=message("cli.serve.description"))
    parser.add_argument("--addr", default="127.0.0.1:8000", help=message("cli.serve.addr_help"))
    parser.set_defaults(run=run)


class _Stop(Exception):
    """A TERM or INT signal arrived."""


def _raise_stop(signum: int, frame: FrameType | None) -> None:
    raise _Stop


def run(args: argparse.Namespace) -> int:
    project = Project.at(Path(args.root))
    # --dirty: a save rebuilds only the pages whose generated Markdown changed (see publish/page_store.py).
    command = [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dirty", "-a", args.addr,
               "-f", str(project.root / "mkdocs.yml")]
    # Material 9.7.x prints a banner about MkDocs 2.0 on every start; it is noise for maintainers.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen(command, cwd=project.root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             text=True, encoding="utf-8", errors="replace", start_new_session=True)
    previous = {sig: signal.signal(sig, _raise_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        assert child.stdout is not None
        for line in child.stdout:
            shown = finnish_line(line)
            if shown is not None:
                sys.stdout.write(shown + "\n")
                sys.stdout.flush()
        return _exit_code(child.wait())
    except _Stop:
        sys.stdout.write(message("cli.serve.stopping") + "\n")
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        _stop_tree(child)


def _exit_code(code: int) -> int:
    if code != 0:
        sys.stdout.write(message("cli.serve.stopped_on_error") + "\n")
    return code


def _stop_tree(child: subprocess.Popen[str]) -> None:
    """TERM to the child's whole process group, KILL if it does not go; the port is free afterwards."""
    if child.poll() is not None:
        return
    try:
        os.killpg(child.pid, signal.SIGTERM)
        child.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait(timeout=STOP_SECONDS)
    except ProcessLookupError:
        pass

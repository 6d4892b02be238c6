"""The list of subcommands. Each module adds its parser with `register(subparsers)`."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from generator.cli import (  # each command imports its heavy parts only when it runs
    cmd_build,
    cmd_compare,
    cmd_diff,
    cmd_export,
    cmd_new,
    cmd_publish,
    cmd_questionnaire,
    cmd_schema,
    cmd_serve,
    cmd_validate,
)

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

REGISTRY: list[Register] = [
    cmd_validate.register,
    cmd_schema.register,
    cmd_build.register,
    cmd_publish.register,
    cmd_serve.register,
    cmd_export.register,
    cmd_diff.register,
    cmd_new.register,
    cmd_compare.register,
    cmd_questionnaire.register,
]

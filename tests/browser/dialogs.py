"""Dialogs a page opens (alert, confirm, prompt): the security tests count them, a payload that runs opens one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from playwright.sync_api import Dialog, Page


@contextmanager
def dialogs_opened(page: Page) -> Iterator[list[str]]:
    """The messages of every dialog the page opens inside the block (each dismissed), across its navigations.
    The listener goes with the block: the page is the worker's, the next test's dialogs are not this one's."""
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    try:
        yield dialogs
    finally:
        page.remove_listener("dialog", on_dialog)

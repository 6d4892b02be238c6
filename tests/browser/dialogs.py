"""Dialogs a page opens (alert, confirm, prompt): the security tests count them, a payload that runs opens one."""

from __future__ import annotations

from playwright.sync_api import Dialog, Page


def listen_for_dialogs(page: Page) -> list[str]:
    """The messages of every dialog the page opens from now on (each dismissed), across its navigations."""
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return dialogs

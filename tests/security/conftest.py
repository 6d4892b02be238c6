"""The browser fixtures of tests/browser/ (Debian's Chromium; `page` fails on console errors and on any request
to another origin), shared with the security suite; test modules override `allowed_origin`."""

from tests.browser.conftest import browser, page, page_problems

__all__ = ["browser", "page", "page_problems"]

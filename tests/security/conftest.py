"""The page fixtures of tests/browser/ (Debian's Chromium; `page` fails on console errors and on any request
to another origin), shared with the security suite; test modules override `allowed_origin`. The session's
`browser` comes from tests/conftest.py."""

from tests.browser.conftest import page, page_problems

__all__ = ["page", "page_problems"]

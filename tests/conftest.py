"""Shared test fixtures: where the repository and ../shared are, and a headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests._tools import require_executable

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the clone; tests that need it skip when it is absent."""
    if not (SHARED / "bench").is_dir():
        pytest.skip("../shared/bench is not beside this clone (benchmark data is not shipped)")
    return SHARED


# Never Playwright's own browser download: the system Chromium, quiet and offline.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOW_TO_INSTALL_CHROMIUM = "apt-get install chromium (Debian; the tests drive it with Playwright)"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium through Playwright, one for the whole session (the report and
    editor tests share it: Playwright's sync API runs one instance per thread)."""
    executable = require_executable("chromium", HOW_TO_INSTALL_CHROMIUM)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()

"""Fixtures for the report tests: the data under test and a headless Chromium.

``report_data`` is the one place that says which report the browser tests
open: the corpus report that ``aligner run`` writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aligner.report import ReportData, write_report
from tests._tools import require_executable

REPO = Path(__file__).resolve().parents[2]
#: Screenshots and other artefacts meant for a person to look at (gitignored).
TEST_OUTPUT = REPO / "test-output"

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
def report_data(tmp_path_factory: pytest.TempPathFactory) -> ReportData:
    """The report the browser tests open: the bundled corpus, as ``aligner run`` makes it."""
    from aligner.mainjob import CorpusPaths, run_corpus

    result = run_corpus(CorpusPaths.bundled(REPO), tmp_path_factory.mktemp("run"))
    assert result.report.findings, "the corpus report should have findings to filter"
    return result.report


@pytest.fixture(scope="session")
def report_file(report_data: ReportData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    write_report(report_data, path)
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = require_executable("chromium", HOW_TO_INSTALL_CHROMIUM)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()

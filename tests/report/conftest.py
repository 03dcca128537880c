"""Fixtures for the report tests: the data under test (the headless Chromium,
``browser``, is in ``tests/conftest.py``, shared with the editor tests).

``report_data`` is the one place that says which report the browser tests
open: the corpus report that ``aligner run --encoder none`` writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.report import ReportData, write_report
from tests._tools import require_executable  # noqa: F401  (test_tools imports it from here)

REPO = Path(__file__).resolve().parents[2]
#: Screenshots and other artefacts meant for a person to look at (gitignored).
TEST_OUTPUT = REPO / "test-output"


@pytest.fixture(scope="session")
def report_data(tmp_path_factory: pytest.TempPathFactory) -> ReportData:
    """The report the browser tests open: the bundled corpus, as ``aligner run
    --encoder none`` makes it -- with the encoder the corpus has findings of one code
    only (two term warnings), too few to test the filters; without it, errors and
    warnings of two codes."""
    from aligner.mainjob import CorpusPaths, run_corpus

    result = run_corpus(CorpusPaths.bundled(REPO), tmp_path_factory.mktemp("run"),
                        encoder="none")
    assert result.report.findings, "the corpus report should have findings to filter"
    return result.report


@pytest.fixture(scope="session")
def report_file(report_data: ReportData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    write_report(report_data, path)
    return path

"""Shared test fixtures: where the repository and ../shared are, a headless Chromium, and
a small collection database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from tests._tools import require_executable

# No example is timed: Hypothesis's default 200 ms deadline fails a test on a loaded
# machine (CI's two cores), which says nothing about the code; speed lives in benchmarks/.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")

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

# Installed before any page script (``context.add_init_script``): records CSP
# violations in ``window.__csp``, which Chromium otherwise only reports on the console.
WATCH_CSP = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});
"""


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


# -- a collection (aligner batch) of two small hand-written pairs, for the editor and the
# -- review command's tests

#: Two of the collection tests' pairs (our own text): "2021/mina" and "2021/puerto".
COLLECTION_DOCS = ("2021/mina", "2021/puerto")


@pytest.fixture(scope="session")
def collection_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.collection.conftest import DOCS, run, write_folders

    root = tmp_path_factory.mktemp("collection")
    src, tgt = write_folders(root, {name: DOCS[name] for name in COLLECTION_DOCS})
    db = root / "c.db"
    code, _, stderr = run("batch", str(src), str(tgt), "--src-lang", "es", "--tgt-lang", "en",
                          "--db", str(db), "--jobs", "1")
    assert code == 0, stderr
    return db


@pytest.fixture
def collection_db(collection_master: Path, tmp_path: Path) -> Path:
    """A copy of the two-pair collection for one test to edit (batch closed it cleanly,
    so the database file holds everything)."""
    path = tmp_path / "c.db"
    shutil.copy(collection_master, path)
    return path

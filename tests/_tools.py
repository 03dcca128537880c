"""Finding the external tools some tests need.

Locally a missing tool skips the test, with a reason that says how to install
it; in CI (``CI=true``) the same absence fails the test, so that a broken CI
set-up can never pass by skipping.
"""

from __future__ import annotations

import os
import shutil

import pytest


def require_executable(name: str, how_to_install: str) -> str:
    """The path of executable ``name``; skip (locally) or fail (``CI=true``) without it."""
    path = shutil.which(name)
    if path is not None:
        return path
    reason = f"{name} is not installed; install it with: {how_to_install}"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)

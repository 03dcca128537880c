"""Shared test fixtures: where the repository and ../shared are."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the clone; tests that need it skip when it is absent."""
    if not (SHARED / "bench").is_dir():
        pytest.skip("../shared/bench is not beside this clone (benchmark data is not shipped)")
    return SHARED

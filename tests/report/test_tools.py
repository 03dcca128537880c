"""tests/_tools.py: a missing tool skips locally and fails in CI."""

from __future__ import annotations

import pytest

from .conftest import require_executable

MISSING = "surely-not-an-installed-program-5c1e"


@pytest.mark.parametrize(
    ("ci", "outcome"),
    [
        (None, pytest.skip.Exception),
        ("false", pytest.skip.Exception),
        ("true", pytest.fail.Exception),
    ],
)
def test_a_missing_executable(
    ci: str | None, outcome: type[BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="apt-get install it"):
        require_executable(MISSING, "apt-get install it")


def test_a_present_executable_gives_its_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    assert require_executable("sh", "apt-get install dash").endswith("/sh")

"""The missing-tool policy: skip locally, fail in CI."""

from __future__ import annotations

import pytest

from tests._tools import require_tool


def test_found_tool_is_returned() -> None:
    assert require_tool("echo", lambda: "/bin/echo", "apt-get install coreutils") == "/bin/echo"


@pytest.mark.parametrize("ci", ["", "false"])
def test_missing_tool_skips_locally(monkeypatch: pytest.MonkeyPatch, ci: str) -> None:
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.skip.Exception, match="install it with: apt-get install nothing"):
        require_tool("nothing", lambda: None, "apt-get install nothing")


@pytest.mark.parametrize("ci", ["true", "TRUE"])
def test_missing_tool_fails_in_ci(monkeypatch: pytest.MonkeyPatch, ci: str) -> None:
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.fail.Exception, match="CI=true and nothing is not available"):
        require_tool("nothing", lambda: None, "apt-get install nothing")


def test_a_probe_that_breaks_counts_as_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)

    def probe() -> str:
        raise ImportError("no module named translate")

    with pytest.raises(pytest.skip.Exception, match="ImportError: no module named translate"):
        require_tool("translate-toolkit", probe, "pip install translate-toolkit")

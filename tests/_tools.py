"""One place that decides what a test does when an outside tool is missing.

Locally a missing tool skips the test with a reason that says how to install
it; in CI (``CI=true``) it fails the test, so that a broken install step
cannot turn the proof against real consumers into a row of skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

import pytest
from lxml import etree

T = TypeVar("T")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def require_tool(name: str, probe: Callable[[], T | None], how_to_install: str) -> T:
    """Return what ``probe`` finds; skip (locally) or fail (``CI=true``) if it finds nothing.

    ``probe`` returns the tool (a path, a module, ...) or ``None``; an
    exception from it counts as missing too.
    """
    try:
        found = probe()
    except Exception as exc:  # a probe that breaks means the tool is not usable
        found = None
        detail = f" ({type(exc).__name__}: {exc})"
    else:
        detail = ""
    if found is None:
        message = f"{name} is not available{detail}; install it with: {how_to_install}"
        if in_ci():
            pytest.fail(f"CI=true and {message}", pytrace=False)
        pytest.skip(message)
    return found


@cache
def _omegat_jar() -> Path | None:
    if shutil.which("dpkg") is None:
        return None
    result = subprocess.run(["dpkg", "-L", "omegat"], capture_output=True, text=True)
    for line in result.stdout.splitlines():
        if line.endswith("/OmegaT.jar") and Path(line).is_file():
            return Path(line)
    return None


def omegat_jar() -> Path:
    """OmegaT's jar (Debian package ``omegat``), which also carries the TMX DTD."""
    return require_tool(
        "OmegaT",
        _omegat_jar,
        "apt-get install -y --no-install-recommends omegat",
    )


@cache
def _dtd_from(jar: Path) -> etree.DTD:
    with zipfile.ZipFile(jar) as archive, archive.open("schemas/tmx14.dtd") as fh:
        return etree.DTD(fh)


def tmx_dtd() -> etree.DTD:
    """The TMX 1.4 DTD, read from OmegaT's jar at test time (never copied into the repo)."""
    return _dtd_from(omegat_jar())


def assert_valid_tmx(path: Path) -> None:
    """Every TMX a test writes goes through this: valid against the TMX 1.4 DTD."""
    dtd = tmx_dtd()
    assert dtd.validate(etree.parse(str(path))), dtd.error_log.filter_from_errors()


def java() -> str:
    return require_tool(
        "java", lambda: shutil.which("java"), "apt-get install -y default-jre-headless"
    )


def translate_toolkit() -> None:
    """Import-check translate-toolkit (the ``test`` extra)."""

    def probe() -> bool | None:
        import translate.storage.tmx  # noqa: F401

        return True

    require_tool("translate-toolkit", probe, "pip install -e '.[test]' (translate-toolkit)")


def shared_dir() -> Path:
    """``../shared`` beside the repository; skip when absent (never fails in CI)."""
    path = Path(__file__).resolve().parents[1].parent / "shared"
    if not path.is_dir():
        pytest.skip(f"{path} is not here (it holds the benchmark texts)")
    return path


def require_executable(name: str, how_to_install: str) -> str:
    """The path of executable ``name``; skip (locally) or fail (``CI=true``) without it."""
    return require_tool(name, lambda: shutil.which(name), how_to_install)

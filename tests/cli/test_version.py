"""aligner --version: the version, and the commit of the git checkout it runs from."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner import __version__
from aligner.cli import version
from aligner.cli.main import cli
from aligner.cli.version import git_commit


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                           "-c", "commit.gpgsign=false", *args], cwd=repo, check=True,
                          capture_output=True, text=True).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git work tree with a package ``aligner`` tracked in it, and one commit."""
    (tmp_path / "src" / "aligner").mkdir(parents=True)
    (tmp_path / "src" / "aligner" / "__init__.py").write_text('__version__ = "0"\n',
                                                                encoding="utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "src")
    _git(tmp_path, "commit", "-q", "-m", "one")
    return tmp_path


def test_a_package_tracked_in_a_work_tree_has_its_head_commit(repo: Path) -> None:
    head = _git(repo, "rev-parse", "--short", "HEAD")
    assert git_commit(repo / "src" / "aligner") == head
    (repo / "other.txt").write_text("x\n", encoding="utf-8")
    _git(repo, "add", "other.txt")
    _git(repo, "commit", "-q", "-m", "two")
    assert git_commit(repo / "src" / "aligner") == _git(repo, "rev-parse", "--short", "HEAD")
    assert git_commit(repo / "src" / "aligner") != head


def test_a_package_merely_inside_a_work_tree_has_none(repo: Path) -> None:
    """An aligner installed in a virtual environment kept in another project's
    repository: the commit is that project's, not aligner's."""
    site = repo / ".venv" / "lib" / "site-packages" / "aligner"
    site.mkdir(parents=True)
    (site / "__init__.py").write_text('__version__ = "0"\n', encoding="utf-8")
    assert git_commit(site) is None


def test_no_work_tree_no_git_or_a_slow_one_leave_the_version_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outside = tmp_path / "aligner"
    outside.mkdir()
    (outside / "__init__.py").write_text("", encoding="utf-8")
    assert git_commit(outside) is None  # in no work tree (or untracked in one)

    def missing(*args: object, **kwargs: object) -> None:
        raise FileNotFoundError("git")

    def slow(*args: object, **kwargs: object) -> None:
        raise subprocess.TimeoutExpired("git", version.GIT_TIMEOUT)

    for broken in (missing, slow):
        monkeypatch.setattr(version.subprocess, "run", broken)
        assert git_commit(outside) is None
        result = CliRunner().invoke(cli, ["--version"])
        assert (result.exit_code, result.stdout) == (0, f"aligner {__version__}\n")


def test_the_version_line_names_the_commit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(version, "git_commit", lambda _: "1a2b3c4")
    result = CliRunner().invoke(cli, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"aligner {__version__} (git 1a2b3c4)\n")
    monkeypatch.setattr(version, "git_commit", lambda _: None)
    assert CliRunner().invoke(cli, ["--version"]).stdout == f"aligner {__version__}\n"

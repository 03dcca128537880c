"""``aligner --version``: the version, and the commit of a git checkout it runs from.

A bug report from someone running aligner from a clone (``pip install -e .``, or
``PYTHONPATH=src``) needs the commit as well as the version, which stays the same
between releases.  So, when the package's own files are tracked in a git work tree,
``--version`` says ``aligner 0.1.0 (git 1a2b3c4)``.  The files must be *tracked* there,
not merely inside one: a virtual environment kept in another project's repository
(``.venv/`` is ignored there) holds an installed aligner whose commit is not that
project's.  Git is asked only when ``--version`` is given (never at start-up), runs
locally with a short timeout, and any failure -- no git, not a work tree, a slow disk --
leaves the version alone.  Nothing written by the tool (TMX headers, reports) carries
the commit: the same input must give the same file from any checkout of a release.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from aligner import __version__

#: Seconds each git command may take before the commit is left out.
GIT_TIMEOUT = 2.0

_COMMIT = re.compile(r"[0-9a-f]{4,64}")


def git_commit(package_dir: Path) -> str | None:
    """The short id of the commit checked out in the git work tree that tracks the
    files of ``package_dir`` (its ``__init__.py``); None when there is none, or git is
    missing, fails or takes longer than :data:`GIT_TIMEOUT`."""
    # GIT_DIR and the like of the caller's shell name another repository; and no
    # file-system monitor a repository's config names is started for a version
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}

    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", "-c", "core.fsmonitor=false", *args],
                                  cwd=package_dir, capture_output=True, text=True,
                                  timeout=GIT_TIMEOUT, check=False, env=env)
        except (OSError, subprocess.SubprocessError, ValueError):
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    if git("ls-files", "--error-unmatch", "--", "__init__.py") is None:
        return None  # not a work tree, or one that does not track aligner's files
    commit = git("rev-parse", "--short", "HEAD")
    return commit if commit is not None and _COMMIT.fullmatch(commit) else None


def version_line() -> str:
    """What ``aligner --version`` prints: ``aligner 0.1.0``, or ``aligner 0.1.0 (git
    1a2b3c4)`` when run from a git checkout."""
    import aligner

    commit = git_commit(Path(aligner.__file__).resolve().parent)
    return f"aligner {__version__}" + (f" (git {commit})" if commit else "")

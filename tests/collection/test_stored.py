"""What the commands that only read a collection import: no checks, no aligner."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from aligner.collection.stored import content_hash


@pytest.mark.parametrize("args", [["list"], ["export", "-o", "{tmp}/x.tmx"]])
def test_list_and_export_import_neither_the_checks_nor_the_aligner(
        tmp_path: Path, collection: Path, args: list[str]) -> None:
    """``aligner.check`` (every check, the lemma tables) and ``aligner.align`` (numpy)
    cost half a second at each start; ``list`` and ``export`` use neither."""
    argv = [args[0], str(collection), *(a.format(tmp=tmp_path) for a in args[1:])]
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print(sorted(m for m in ('aligner.align', 'aligner.check',"
        " 'numpy') if m in sys.modules), file=sys.stderr))\n"
        f"from aligner.cli.launch import main; main({argv!r})\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == "[]"


def test_content_hash_is_the_files_sha256() -> None:
    # what documents.src_hash holds, written by hand: sha256 of b"abc"
    assert content_hash(b"abc") == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")

"""What the commands that only read a collection import: no checks, no aligner."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from aligner.collection.store import DocumentRow
from aligner.collection.stored import changed_since_stored, content_hash, left_out


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


def _doc(name: str, path: Path, *, status: str = "aligned") -> DocumentRow:
    return DocumentRow(1, name, str(path), str(path), "0" * 64, "0" * 64, "", status,
                       None, "es", "en", 1, 1, 1)


def test_the_warnings_name_five_documents_and_count_the_rest(tmp_path: Path) -> None:
    names = ["a", "b", "c", "d", "e", "f", "g"]
    failed = [_doc(n, tmp_path / "x", status="failed") for n in names]
    assert left_out("c.db", failed) == (
        "c.db: 7 documents did not align and are left out: a, b, c, d, e and 2 more")
    assert left_out("c.db", failed[:5]) == (
        "c.db: 5 documents did not align and are left out: a, b, c, d, e")
    changed = tmp_path / "changed.txt"
    changed.write_bytes(b"not what was stored")  # its hash is not the stored zeros
    assert changed_since_stored("c.db", [_doc(n, changed) for n in names]) == (
        "c.db: the files of 7 documents changed since aligner batch stored them (a, b, c, "
        "d, e and 2 more): the units are the text as it was then (aligner batch aligns them "
        "again, keeping the review of unchanged sentences, or keeps a reviewed one as stored "
        "when it finds none of them in it: --discard-reviews)")

"""``aligner remove``: a document taken out of a collection by name, all or none
(collection/removing.py; walk_loc P4: a duplicate or a wrong memory could only be
deleted with sqlite3 by hand)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.collection.conftest import run


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("documents", "beads", "sentences", "bead_forms")}
    finally:
        conn.close()


def _names(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [n for (n,) in conn.execute("SELECT name FROM documents ORDER BY name")]
    finally:
        conn.close()


def test_dry_run_says_what_and_removes_nothing(collection: Path) -> None:
    before = _counts(collection)
    code, _, stderr = run("remove", str(collection), "2021/mina", "--dry-run")
    assert code == 0, stderr
    lines = stderr.splitlines()
    assert lines[0] == (f"aligner: would remove 1 document from {collection} (--dry-run: "
                        "nothing removed):")
    assert lines[1].startswith("  2021/mina (es -> en, 3 beads): /")
    assert lines[1].endswith("/es/2021/mina.es.txt and " + str(
        (collection.parent / "en/2021/mina.en.txt").resolve()))
    assert _counts(collection) == before


def test_remove_takes_the_document_and_its_search_entries(collection: Path) -> None:
    code, out, stderr = run("search", str(collection), "cobre")
    assert code == 0 and "2021/mina" in out, stderr
    code, _, stderr = run("remove", str(collection), "2021/mina")
    assert code == 0, stderr
    assert stderr.splitlines()[0] == f"aligner: removed 1 document from {collection}:"
    assert _names(collection) == ["2021/puerto", "2022/campo", "2022/fabrica"]
    conn = sqlite3.connect(collection)
    try:  # nothing of it left: no bead, sentence or search entry without its document
        for table, column in (("beads", "doc"), ("sentences", "doc")):
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE {column} NOT IN "
                                "(SELECT id FROM documents)").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM bead_forms WHERE rowid NOT IN "
                            "(SELECT id FROM beads)").fetchone()[0] == 0
    finally:
        conn.close()
    code, out, stderr = run("search", str(collection), "cobre")
    assert "2021/mina" not in out + stderr
    assert not Path(f"{collection}.batch-lock").exists()


def test_a_name_that_finds_nothing_removes_nothing(collection: Path) -> None:
    before = _counts(collection)
    code, _, stderr = run("remove", str(collection), "2021/mina", "2021/nada")
    assert code == 2
    assert "no document '2021/nada' in the collection" in stderr
    assert _counts(collection) == before


def test_a_reviewed_document_needs_discard_reviews(collection: Path) -> None:
    conn = sqlite3.connect(collection)
    conn.execute("UPDATE beads SET review = 'confirmed', reviewed = '2026-12-07T07:00:00Z' "
                 "WHERE unit = 0 AND doc = (SELECT id FROM documents WHERE name = '2021/mina')")
    conn.commit()
    conn.close()
    code, _, stderr = run("remove", str(collection), "2021/*")
    assert code == 2
    assert ("2021/mina: 1 bead reviewed in aligner review: give --discard-reviews to remove "
            "it with the review (nothing was removed)") in stderr
    assert len(_names(collection)) == 4
    code, _, stderr = run("remove", str(collection), "2021/*", "--discard-reviews")
    assert code == 0, stderr
    assert _names(collection) == ["2022/campo", "2022/fabrica"]


def test_a_memory_is_removed_as_a_document(collection: Path, tmp_path: Path) -> None:
    memory = tmp_path / "tm.tsv"
    memory.write_text("El puerto abrió.\tThe port opened.\n", encoding="utf-8")
    code, _, stderr = run("import", str(collection), str(memory), "--src-lang", "es",
                          "--tgt-lang", "en")
    assert code == 0, stderr
    name = next(n for n in _names(collection) if n.endswith("tm.tsv"))
    code, _, stderr = run("remove", str(collection), name)
    assert code == 0, stderr
    assert f"a memory imported from {memory.resolve()}" in stderr
    assert len(_names(collection)) == 4


def test_language_options_keep_one_pair(mixed: Path) -> None:
    names = _names(mixed)
    code, _, stderr = run("remove", str(mixed), "*", "--src-lang", "en", "--tgt-lang", "es")
    assert code == 0, stderr
    assert _names(mixed) == [n for n in names if "notas" not in n]


# Run as ``python -c SCRIPT N ARGS...``: the aligner command ARGS, killed (SIGKILL, by
# itself, as a power cut) right after the N-th document's rows were deleted -- inside
# the one transaction, before it commits.
_KILLED_AFTER_DELETE = (
    "import os, signal, sys\n"
    "from aligner.cli.main import cli\n"
    "from aligner.collection.store import Collection\n"
    "calls = [0]\n"
    "real = Collection._delete\n"
    "def dying(self, name, **kw):\n"
    "    real(self, name, **kw)\n"
    "    calls[0] += 1\n"
    "    if calls[0] == int(sys.argv[1]):\n"
    "        os.kill(os.getpid(), signal.SIGKILL)\n"
    "Collection._delete = dying\n"
    "cli(sys.argv[2:])\n")


def _killed_after_delete(n: int, *args: str) -> int:
    """The exit status of ``aligner ARGS`` killed after its ``n``-th document deleted."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    return subprocess.run(
        [sys.executable, "-c", _KILLED_AFTER_DELETE, str(n), *args], capture_output=True,
        check=False, env={**os.environ, "PYTHONPATH": str(REPO / "src")}).returncode


def _whole(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every document's beads (units and text), as a reader sees them; the
    collection checked whole first."""
    from aligner.collection.store import open_collection

    with open_collection(db) as c:
        assert c.problems() == []
        return {doc.name: [(b.src, b.tgt) for b in al.beads] for doc, al in c.aligned()}


@pytest.mark.parametrize("killed_after", [2, 3])
def test_kill_9_during_a_remove_removes_nothing(collection: Path, killed_after: int) -> None:
    """A power cut while ``remove`` deletes: the documents are deleted in one
    transaction, so one killed after the second of three documents (the first one
    deleted had been committed, were each its own transaction), or after the last one
    before the commit, leaves every document whole, found by search, and the same
    command run again removes them."""
    before, counts = _whole(collection), _counts(collection)
    code = _killed_after_delete(killed_after, "remove", str(collection), "2021/*",
                                "2022/campo")
    assert code == -9
    assert _whole(collection) == before and _counts(collection) == counts
    code, out, stderr = run("search", str(collection), "cobre")
    assert code == 0 and "2021/mina" in out, stderr
    code, _, stderr = run("remove", str(collection), "2021/*", "2022/campo")
    assert code == 0, stderr  # the killed command's lock is no obstacle
    assert _names(collection) == ["2022/fabrica"]
    assert list(_whole(collection)) == ["2022/fabrica"]


def test_kill_9_during_a_prune_leaves_each_document_whole(collection: Path,
                                                           tmp_path: Path) -> None:
    """``batch --prune`` takes each gone document out in a transaction of its own: one
    killed while it deletes the second of two leaves the first out (committed), the
    second whole, and a run again with --prune takes that one out."""
    for lang in ("es", "en"):
        for name in ("mina", "puerto"):
            (tmp_path / lang / "2021" / f"{name}.{lang}.txt").unlink()
    before = _whole(collection)
    code = _killed_after_delete(2, "batch", str(tmp_path / "es"), str(tmp_path / "en"),
                                "--db", str(collection), "--jobs", "1", "--prune")
    assert code == -9
    after = _whole(collection)
    assert after == {n: b for n, b in before.items() if n != "2021/mina"}
    code, out, stderr = run("search", str(collection), "muelles")
    assert code == 0 and "2021/puerto" in out, stderr
    code, _, stderr = run("batch", str(tmp_path / "es"), str(tmp_path / "en"), "--db",
                          str(collection), "--jobs", "1", "--prune")
    assert code == 0 and "removed 1 document whose files are gone: 2021/puerto" in stderr
    assert list(_whole(collection)) == ["2022/campo", "2022/fabrica"]

"""kill -9 at random points: every pair is stored whole or not at all, and a rerun finishes."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aligner.collection.store import open_collection
from tests.collection.conftest import DOCS, write_folders


def _many(root: Path, copies: int) -> tuple[Path, Path]:
    """``copies`` sets of the hand-made documents, each text repeated a few times (with
    its own year) so that a pair takes long enough to be killed in the middle of a run."""
    def longer(text: str, word: str, k: int) -> str:
        return "\n".join(text.replace(word, f"{word} {1900 + 7 * k + r}") for r in range(6))

    docs = {f"set{k:02d}/{name}": (longer(es, "marzo", k), longer(en, "March", k))
            for k in range(copies) for name, (es, en) in DOCS.items()}
    return write_folders(root, docs)


def _command(folders: tuple[Path, Path], db: Path) -> list[str]:
    return [sys.executable, "-m", "aligner", "batch", str(folders[0]), str(folders[1]),
            "--src-lang", "es", "--tgt-lang", "en", "--db", str(db), "--jobs", "2"]


def _written(db: Path) -> int:
    """Rows written since the mark was set (0 while there is no database yet)."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents WHERE seconds >= 0"
                                    ).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:  # the schema is being created
        return 0


def _contents(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with open_collection(db) as c:
        return {doc.name: [(b.src, b.tgt, round(b.score, 9)) for b in al.beads]
                for doc, al in c.aligned()}


@pytest.mark.slow
def test_kill_9_in_a_loop_leaves_whole_pairs(tmp_path: Path) -> None:
    folders = _many(tmp_path / "in", 60)  # 240 pairs
    total = 240
    db = tmp_path / "c.db"
    rng = random.Random(20240501)
    killed = partial = 0
    previous = 0
    for _ in range(8):
        # once everything is stored, --force rewrites every pair: kills then land in
        # the middle of replacing stored pairs
        force = ["--force"] if previous == total else []
        if db.exists():
            mark = sqlite3.connect(db)  # rows this run writes lose the mark
            mark.execute("UPDATE documents SET seconds = -1")
            mark.commit()
            mark.close()
        target = rng.randint(1, 60)  # kill after this many pairs of this run are stored
        proc = subprocess.Popen(_command(folders, db) + force, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        while proc.poll() is None and _written(db) < target:
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.05))  # anywhere, in a transaction or between two
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the batch and its workers, as a power cut
            killed += 1
        proc.wait()
        with open_collection(db) as c:
            assert c.problems() == []
            now = len(c.documents())
        assert now >= previous  # nothing stored is ever lost
        partial += 0 < now < total
        previous = now
    assert killed >= 6 and partial >= 1  # the kills did land mid-run
    done = subprocess.run(_command(folders, db), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with open_collection(db) as c:
        assert c.problems() == []
        assert len(c.documents()) == total
    clean = tmp_path / "clean.db"
    assert subprocess.run(_command(folders, clean), capture_output=True).returncode == 0
    assert _contents(db) == _contents(clean)

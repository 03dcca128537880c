"""``aligner backup``: a whole copy of a collection while another command holds it open."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from aligner.collection.backup import backup
from aligner.collection.store import open_collection
from aligner.errors import OutputError
from tests.collection.conftest import run


def _names(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [n for (n,) in conn.execute("SELECT name FROM documents ORDER BY name")]
    finally:
        conn.close()


def test_the_copy_holds_changes_still_in_the_wal_file_which_cp_misses(
        tmp_path: Path, collection: Path) -> None:
    """The walk's case: the editor held the collection open, and ``cp`` copied a file
    without the changes SQLite still kept in ``C.db-wal``."""
    keep = sqlite3.connect(collection)  # another command at work: no checkpoint at close
    keep.execute("SELECT count(*) FROM documents").fetchone()
    with open_collection(collection) as c:
        c.remove("2021/mina")
    assert Path(f"{collection}-wal").stat().st_size > 0
    plain = tmp_path / "cp.db"
    shutil.copy(collection, plain)
    assert "2021/mina" in _names(plain)  # the stale copy this command is for
    summary = backup(collection, tmp_path / "b.db")
    keep.close()
    assert _names(tmp_path / "b.db") == ["2021/puerto", "2022/campo", "2022/fabrica"]
    assert summary.documents == 3 and summary.beads > 0 and summary.reviewed == 0
    assert not Path(f"{tmp_path / 'b.db'}-wal").exists()  # one file, nothing beside it
    with open_collection(tmp_path / "b.db", read_only=True) as copy:
        assert [d.name for d in copy.documents(())] == _names(tmp_path / "b.db")


def test_an_older_backup_is_replaced_and_the_command_says_what_it_wrote(
        tmp_path: Path, collection: Path) -> None:
    target = tmp_path / "backups" / "team.db"
    assert run("backup", str(collection), str(target))[0] == 0
    with open_collection(collection) as c:
        c.remove("2021/puerto")
    code, _, stderr = run("backup", str(collection), str(target))
    assert code == 0, stderr
    assert stderr.startswith(f"aligner: wrote {target} (3 documents, ")
    assert ", 0 reviewed, 0 edits, " in stderr
    assert "2021/puerto" not in _names(target)
    assert [p.name for p in target.parent.iterdir()] == ["team.db"]  # no temporary left


@pytest.mark.parametrize("what", ["itself", "other file", "open copy", "folder"])
def test_what_a_backup_will_not_overwrite(tmp_path: Path, collection: Path,
                                          what: str) -> None:
    target = {"itself": collection, "folder": tmp_path}.get(what, tmp_path / "x.db")
    if what == "other file":
        target.write_text("someone's notes\n", encoding="utf-8")
    if what == "open copy":
        backup(collection, target)
        Path(f"{target}-wal").write_bytes(b"")
    before = target.read_bytes() if target.is_file() else None
    code, _, stderr = run("backup", str(collection), str(target))
    assert code == 2 and stderr.count("\n") == 1, stderr
    assert stderr.startswith("aligner: error: ") and str(target) in stderr
    assert {"itself": "is the collection itself", "other file": "is not an aligner collection",
            "open copy": "x.db-wal is beside it", "folder": "is a directory"}[what] in stderr
    assert (target.read_bytes() if target.is_file() else None) == before


def test_a_failed_backup_leaves_no_file(tmp_path: Path, collection: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("aligner.collection.backup.sync_file", fails)
    with pytest.raises(OutputError, match="No space left on device"):
        backup(collection, tmp_path / "out" / "b.db")
    assert list((tmp_path / "out").iterdir()) == []


def test_a_missing_collection_is_one_line_and_exit_2(tmp_path: Path) -> None:
    code, _, stderr = run("backup", str(tmp_path / "nope.db"), str(tmp_path / "b.db"))
    assert (code, stderr) == (2, f"aligner: error: {tmp_path / 'nope.db'}: no such "
                                 "collection\n")
    assert not (tmp_path / "b.db").exists()

"""A pair that failed for a reason of its files' own (an XLIFF among the documents, a
binary file) is not read again by every run while its files and settings are the same:
the run says it failed before (walk_loc P10: each such file was a failed document that
every run retried).  A changed file, a changed setting, ``--retry-failed`` or
``--force`` try it again, and so does the next run after a failure of the machine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from aligner.collection.kept_failures import LASTING
from aligner.collection.work import BatchSettings, PairJob, align_job, failure
from tests.collection.conftest import run
from tests.collection.test_batch_exchange_files import XLIFF


def _folders(root: Path) -> tuple[Path, Path]:
    """en/ and es/ with one text pair and one XLIFF on each side (checkout)."""
    en, es = root / "en", root / "es"
    for folder, text in ((en, "The shop opens at nine.\n"), (es, "La tienda abre a las nueve.\n")):
        folder.mkdir()
        (folder / f"note.{folder.name}.txt").write_text(text, encoding="utf-8")
        (folder / f"checkout.{folder.name}.xlf").write_text(XLIFF, encoding="utf-8")
    return en, es


def _batch(en: Path, es: Path, db: Path, *more: str) -> tuple[int, str]:
    code, _, stderr = run("batch", str(en), str(es), "--db", str(db), "--encoder", "none",
                          "--jobs", "1", *more)
    return code, stderr


def _ids(db: Path) -> dict[str, tuple[int, str]]:
    """Each document's id (a new one each time it is stored) and status."""
    conn = sqlite3.connect(db)
    try:
        return {name: (doc, status) for name, doc, status in conn.execute(
            "SELECT name, id, status FROM documents")}
    finally:
        conn.close()


def test_a_failed_pair_unchanged_is_said_and_not_tried_again(tmp_path: Path) -> None:
    en, es = _folders(tmp_path)
    db = tmp_path / "c.db"
    code, stderr = _batch(en, es, db)
    assert code == 1 and "1 pair aligned, 0 unchanged, 1 failed, of 2" in stderr, stderr
    first = _ids(db)
    assert first["checkout"][1] == "failed"
    xlf = en / "checkout.en.xlf"
    reason = (f"{xlf}: is XLIFF (a bilingual file), not a document to segment: aligner "
              f"import C.db {xlf} reads it into the collection as a memory (move it out of "
              "the folders batch pairs)")
    # the next run: the same files, the same settings -- said, not stored again
    code, stderr = _batch(en, es, db)
    assert code == 1  # the collection still holds a pair that did not align
    lines = stderr.splitlines()
    assert lines[0].startswith("aligner: 0 pairs aligned, 1 unchanged, 1 failed (1 failed "
                               "before, unchanged), of 2; 0 sentences in ")
    assert lines[1:] == [
        f"aligner: failed: checkout ({xlf}, {es / 'checkout.es.xlf'}): failed before, "
        f"unchanged: {reason}",
        "aligner: 1 pair that failed before, of the same files and settings, was not read "
        "again: fix its files, or give --retry-failed to try it anyway"]
    assert _ids(db) == first
    # --quiet keeps the failed line, not the counts nor the hint
    code, stderr = _batch(en, es, db, "--quiet")
    assert code == 1 and stderr.splitlines() == [
        f"aligner: failed: checkout ({xlf}, {es / 'checkout.es.xlf'}): failed before, "
        f"unchanged: {reason}"]
    # --retry-failed reads it again (stored anew), and so does --force
    for option in ("--retry-failed", "--force"):
        code, stderr = _batch(en, es, db, option)
        assert code == 1 and "failed before" not in stderr
        assert f"aligner: failed: checkout ({xlf}, {es / 'checkout.es.xlf'}): {reason}" \
            in stderr.splitlines()
        now = _ids(db)
        assert now["checkout"][0] > first["checkout"][0] and now["checkout"][1] == "failed"
        first = now


def test_a_changed_file_or_setting_is_tried_again(tmp_path: Path) -> None:
    en, es = _folders(tmp_path)
    db = tmp_path / "c.db"
    assert _batch(en, es, db)[0] == 1
    first = _ids(db)
    # a new modification time alone is no change (the content is hashed)
    (es / "checkout.es.xlf").touch()
    code, stderr = _batch(en, es, db)
    assert code == 1 and "1 failed (1 failed before, unchanged)" in stderr
    # another setting: tried again
    code, stderr = _batch(en, es, db, "--input-format", "text")
    assert "failed before" not in stderr
    assert _ids(db)["checkout"][0] > first["checkout"][0]
    # a file that is a document now: aligned
    for folder, text in ((en, "Pay now.\n"), (es, "Pagar ahora.\n")):
        (folder / f"checkout.{folder.name}.xlf").unlink()
        (folder / f"checkout.{folder.name}.txt").write_text(text, encoding="utf-8")
    code, stderr = _batch(en, es, db, "--input-format", "auto")
    assert code == 0, stderr
    assert _ids(db)["checkout"][1] == "aligned"


def test_a_failure_of_the_machine_or_of_an_older_aligner_is_tried_again(
        tmp_path: Path) -> None:
    """Only a failure of the files' own is marked (:data:`LASTING`): a worker killed or
    out of memory is stored without the mark, as every failure an older aligner
    stored, and the next run tries it again."""
    settings = BatchSettings("en", "es", None, None, "utf-8")
    job = PairJob("bin", "en/bin.en.txt", "es/bin.es.txt", b"\x00\x01 binary",
                  b"Una frase.\n", "h1", "h2")
    said = align_job(job, settings)
    assert said.error is not None and "binary file" in said.error
    assert said.settings_hash == f"{LASTING}{settings.pair_digest(job.src_bytes, job.tgt_bytes)}"
    killed = failure(job, settings, "en/bin.en.txt: the worker process aligning this pair "
                     "died (killed, or out of memory)")
    assert killed.settings_hash == settings.pair_digest(job.src_bytes, job.tgt_bytes)
    en, es = _folders(tmp_path)
    db = tmp_path / "c.db"
    assert _batch(en, es, db)[0] == 1
    conn = sqlite3.connect(db)  # as a failure of the machine, or one an older aligner stored
    conn.execute(f"UPDATE documents SET settings_hash = substr(settings_hash, "
                 f"{len(LASTING) + 1}) WHERE name = 'checkout'")
    conn.commit()
    conn.close()
    first = _ids(db)
    code, stderr = _batch(en, es, db)
    assert code == 1 and "failed before" not in stderr
    assert _ids(db)["checkout"][0] > first["checkout"][0]  # read again, stored anew
    code, stderr = _batch(en, es, db)  # ... with the mark now
    assert "1 failed (1 failed before, unchanged)" in stderr


def test_an_aligned_pair_whose_changed_file_fails_keeps_its_alignment_and_is_not_retried(
        tmp_path: Path) -> None:
    """A pair aligned once whose file became binary keeps its alignment (``kept``); the
    next run, of the same files and settings, says it failed before and does not send it
    to a worker again -- as for a pair stored as failed -- until the file changes or
    ``--retry-failed`` is given."""
    en, es = _folders(tmp_path)
    for folder in (en, es):
        (folder / f"checkout.{folder.name}.xlf").unlink()
    db = tmp_path / "c.db"
    assert _batch(en, es, db)[0] == 0
    first = _ids(db)
    assert first["note"][1] == "aligned"
    note = es / "note.es.txt"
    note.write_bytes(b"\x00\x01\x02 not text")
    code, stderr = _batch(en, es, db)
    assert code == 1 and "0 pairs aligned, 0 unchanged, 1 failed, of 1" in stderr, stderr
    assert "failed before" not in stderr and "alignment stored before is kept" in stderr
    assert _ids(db) == first
    tail = "; the alignment stored before is kept (of the files and settings it was made with)"
    code, stderr = _batch(en, es, db)
    lines = stderr.splitlines()
    assert code == 1 and lines[0].startswith(
        "aligner: 0 pairs aligned, 0 unchanged, 1 failed (1 failed before, unchanged), of 1")
    assert lines[1].startswith(f"aligner: failed: note ({en / 'note.en.txt'}, {note}): "
                               f"failed before, unchanged: {note}: ")
    assert lines[1].endswith(tail) and "binary file" in lines[1]
    assert "give --retry-failed to try it anyway" in lines[2]
    assert _ids(db) == first  # the alignment kept, its row as it was
    # --retry-failed reads it again: it fails again, the alignment is still kept
    code, stderr = _batch(en, es, db, "--retry-failed")
    assert code == 1 and "failed before" not in stderr and tail in stderr
    assert _ids(db) == first
    # a file that changed again is tried again: binary still, then text that aligns
    note.write_bytes(b"\x00\x01\x02 still not text")
    code, stderr = _batch(en, es, db)
    assert code == 1 and "failed before" not in stderr
    code, stderr = _batch(en, es, db)
    assert "1 failed (1 failed before, unchanged)" in stderr
    note.write_text("La tienda abre a las diez.\n", encoding="utf-8")
    code, stderr = _batch(en, es, db)
    assert code == 0 and "1 pair aligned" in stderr, stderr
    now = _ids(db)
    assert now["note"][1] == "aligned" and now["note"][0] > first["note"][0]
    conn = sqlite3.connect(db)
    try:  # the new row keeps no failure: the next run is unchanged
        assert conn.execute("SELECT kept_failure FROM documents").fetchall() == [(None,)]
    finally:
        conn.close()
    assert "0 pairs aligned, 1 unchanged, 0 failed" in _batch(en, es, db)[1]

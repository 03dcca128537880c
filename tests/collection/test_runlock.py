"""One batch at a time on a collection; an interrupted --force run goes on where it stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.collection.conftest import run


def test_a_second_batch_on_a_collection_is_refused_while_the_first_runs(
        tmp_path: Path, folders: tuple[Path, Path]) -> None:
    """Two batch runs at once both aligned every pair; the lock of a run that was killed
    (its file left behind) must not block the next."""
    db = folders[0] / "c.db"  # kept among the documents, as some do
    args = ("batch", str(folders[0]), str(folders[1]), "--src-lang", "es", "--tgt-lang", "en",
            "--db", str(db), "--jobs", "1")
    holder = subprocess.Popen(  # a batch at work: holds the lock, then is killed
        [sys.executable, "-c", "import sys, time; from aligner.collection.runlock import "
         "batch_lock\nwith batch_lock(sys.argv[1]):\n print('held', flush=True); "
         "time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")})
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        code, _, stderr = run(*args)
        assert (code, stderr) == (2, f"aligner: error: {db}: another aligner batch (process "
                                     f"{holder.pid}) is running on this collection: let it "
                                     "finish, then run again (only what it left is done)\n")
        assert not db.exists()  # refused before anything was made
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    assert Path(f"{db}.batch-lock").exists()  # left by the killed run
    code, _, stderr = run(*args)
    assert code == 0, stderr
    assert "no partner" not in stderr  # the lock file beside it is no document
    # a run that finished leaves no lock file beside the collection (walk: clutter)
    assert not Path(f"{db}.batch-lock").exists()
    # the editor's places beside it (aligner review) are no document either
    Path(f"{db}.places.json").write_text('{"2021/mina": {"bead": 1, "side": "source"}}\n',
                                         encoding="utf-8")
    code, _, stderr = run(*args)  # and the next run makes its own lock
    assert code == 0 and "no partner" not in stderr and "places" not in stderr, stderr
    assert not Path(f"{db}.batch-lock").exists()


def test_an_interrupted_force_run_goes_on_where_it_stopped(
        tmp_path: Path, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """'run the same command again to finish' after Ctrl-C on batch --force realigned
    every pair again."""
    import aligner.cli.batch as cli_batch

    db = tmp_path / "c.db"
    args = ("batch", str(folders[0]), str(folders[1]), "--src-lang", "es", "--tgt-lang", "en",
            "--db", str(db), "--jobs", "1")
    assert run(*args)[0] == 0

    def ctrl_c_after_two() -> Callable[[int, int, int, float], None]:
        def progress(done: int, total: int, sentences: int, seconds: float) -> None:
            if done == 2:
                raise KeyboardInterrupt
        return progress

    with monkeypatch.context() as patched:
        patched.setattr(cli_batch, "batch_progress", ctrl_c_after_two)
        code, _, stderr = run(*args, "--force")
    assert code == 130
    assert Path(f"{db}.batch-lock").exists()  # it remembers the run that did not finish
    assert stderr.endswith("aligner: interrupted; every pair stored so far is complete: run "
                           "the same command again to finish (--force then realigns only "
                           "the pairs this run did not reach)\n")
    code, _, stderr = run(*args, "--force")
    assert code == 0, stderr
    assert "2 pairs aligned, 2 unchanged, 0 failed, of 4" in stderr
    assert ("aligner: went on with the --force run that was interrupted: 2 pairs it "
            "realigned were not realigned again\n") in stderr
    code, _, stderr = run(*args, "--force")  # that one finished: a new one starts over
    assert code == 0 and "4 pairs aligned, 0 unchanged" in stderr
    assert "went on" not in stderr

"""aligner batch --scheduler: a real Dask scheduler and two workers on localhost."""

from __future__ import annotations

import importlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aligner.collection.store import open_collection
from tests._tools import require_tool
from tests.collection.test_resume import _contents, _many


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _dask() -> str | None:
    importlib.import_module("distributed")
    return shutil.which("dask", path=str(Path(sys.executable).parent))


class Cluster:
    def __init__(self, root: Path) -> None:
        self.dask = require_tool("Dask (distributed)", _dask, "pip install -e '.[dask]'")
        self.address = f"tcp://127.0.0.1:{_free_port()}"
        self.root = root
        self.procs: list[subprocess.Popen[bytes]] = []
        self.workers: list[subprocess.Popen[bytes]] = []

    def _start(self, *args: str) -> subprocess.Popen[bytes]:
        log = (self.root / f"dask-{len(self.procs)}.log").open("wb")
        proc = subprocess.Popen([self.dask, *args], stdout=log, stderr=subprocess.STDOUT,
                                cwd=self.root)
        self.procs.append(proc)
        return proc

    def start(self) -> None:
        port = self.address.rsplit(":", 1)[1]
        self._start("scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard")
        for k in range(2):
            self.workers.append(self._start(
                "worker", self.address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
                "--name", f"w{k}", "--local-directory", str(self.root / f"w{k}")))
        distributed: Any = importlib.import_module("distributed")
        client = distributed.Client(self.address, timeout=30)
        try:
            client.wait_for_workers(2, timeout=60)
        finally:
            client.close()

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    found = Cluster(tmp_path)
    try:
        found.start()
        yield found
    finally:
        found.stop()


def _batch(folders: tuple[Path, Path], db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "aligner", "batch", str(folders[0]), str(folders[1]),
            "--src-lang", "es", "--tgt-lang", "en", "--db", str(db), *extra]


@pytest.mark.slow
@pytest.mark.external
def test_dask_run_equals_local_run_and_survives_a_killed_worker(tmp_path: Path,
                                                                 cluster: Cluster) -> None:
    folders = _many(tmp_path / "in", 15)  # 60 pairs
    local = tmp_path / "local.db"
    assert subprocess.run(_batch(folders, local, "--jobs", "2"),
                          capture_output=True).returncode == 0

    on_dask = tmp_path / "dask.db"
    done = subprocess.run(_batch(folders, on_dask, "--scheduler", cluster.address),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "60 pairs aligned" in done.stderr
    assert _contents(on_dask) == _contents(local)

    # Again with --force, and one worker killed once the run is under way.
    with open_collection(on_dask) as c:
        before = c.conn.execute("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')").fetchone()[0]
    time.sleep(1.1)  # what this run stores has a later time stamp than everything before it
    proc = subprocess.Popen(_batch(folders, on_dask, "--scheduler", cluster.address, "--force"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    fresh = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and fresh < 5:
        time.sleep(0.05)
        with open_collection(on_dask) as c:
            fresh = c.conn.execute("SELECT count(*) FROM documents WHERE stored > ?",
                                   (before,)).fetchone()[0]
    victim = cluster.workers[0]
    assert victim.poll() is None
    os.kill(victim.pid, signal.SIGKILL)
    assert proc.poll() is None and 5 <= fresh < 60  # killed in the middle of the run
    _, stderr = proc.communicate(timeout=600)
    assert proc.returncode in (0, 1), stderr
    with open_collection(on_dask) as c:
        assert c.problems() == []
        docs = c.documents()
        assert len(docs) == 60  # no pair lost: aligned, or recorded as failed
        failed = [d.name for d in docs if d.status == "failed"]
    if failed:  # the next run realigns what the dead worker took down with it
        again = subprocess.run(_batch(folders, on_dask, "--scheduler", cluster.address),
                               capture_output=True, text=True, timeout=600)
        assert again.returncode == 0, again.stderr
    assert _contents(on_dask) == _contents(local)


def test_scheduler_that_does_not_answer(tmp_path: Path) -> None:
    require_tool("Dask (distributed)", _dask, "pip install -e '.[dask]'")
    # In a process of its own: distributed's IO loop thread outlives the failed
    # connection, and a thread left running here would keep later tests of this
    # process from forking their workers.
    script = (
        "import sys\n"
        "from aligner.collection.dask_run import dask_runner\n"
        "from aligner.collection.work import BatchSettings\n"
        "from aligner.errors import ConfigError\n"
        f"run = dask_runner('tcp://127.0.0.1:{_free_port()}', connect_timeout=2)\n"
        "try:\n"
        "    list(run(iter(()), BatchSettings('es', 'en')))\n"
        "except ConfigError as exc:\n"
        "    print(exc)\n"
        "    sys.exit(0)\n"
        "sys.exit(1)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "cannot reach the Dask scheduler" in done.stdout


def test_an_unreachable_scheduler_leaves_nothing_behind(tmp_path: Path) -> None:
    """walk_loc P11: exit 2 after 20 s, and a new empty collection, its lock file and the
    settings it "remembered" left behind.  The scheduler is tried before anything is
    made; a refused port is said at once."""
    require_tool("Dask (distributed)", _dask, "pip install -e '.[dask]'")
    folders = _many(tmp_path / "in", 1)
    db = tmp_path / "c.db"
    address = f"tcp://127.0.0.1:{_free_port()}"
    done = subprocess.run(_batch(folders, db, "--scheduler", address), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[-1].startswith(
        f"aligner: error: cannot reach the Dask scheduler at {address}: ")
    assert "new collection" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


@pytest.mark.slow
@pytest.mark.external
def test_a_scheduler_lost_in_the_middle_of_a_run_is_one_line(tmp_path: Path,
                                                             cluster: Cluster) -> None:
    """The scheduler killed mid-run gave a 40-line ClosedClientError traceback; the pairs
    in flight are lost with it, not stored as failed."""
    folders = _many(tmp_path / "in", 15)  # 60 pairs
    db = tmp_path / "dask.db"
    proc = subprocess.Popen(_batch(folders, db, "--scheduler", cluster.address),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and stored < 3:
        time.sleep(0.05)
        if db.exists() and db.stat().st_size > 0:  # made, not being made
            with open_collection(db) as c:
                stored = len(c.documents())
    scheduler = cluster.procs[0]
    os.kill(scheduler.pid, signal.SIGKILL)
    assert proc.poll() is None and 3 <= stored < 60  # killed in the middle of the run
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 1, stderr
    ours = [line for line in stderr.splitlines() if line.startswith("aligner:")]
    assert ours[0] == f"aligner: {db} is a new collection (no file of that name was there)"
    ours = ours[1:]  # the run's own lines: its error, once
    assert len(ours) == 1 and "Traceback" not in stderr
    assert ours[0].startswith(f"aligner: error: lost the Dask scheduler at {cluster.address} (")
    assert ours[0].endswith("); every pair stored so far is complete: run the same command "
                            "again to finish")
    with open_collection(db) as c:
        assert c.problems() == []
        assert [d.name for d in c.documents() if d.status == "failed"] == []

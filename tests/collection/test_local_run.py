"""aligner batch's local workers: Ctrl-C is the parent's alone, from the fork on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: A worker that gets Ctrl-C between its fork and its initializer (a Ctrl-C right after
#: the start, or seconds later on a loaded machine): it sends itself one there.
_LATE_INIT = """
import os, signal
from aligner.align.options import AlignOptions
from aligner.collection import local_run
from aligner.collection.work import BatchSettings, PairJob

init = local_run._init_worker

def late(settings):
    os.kill(os.getpid(), signal.SIGINT)
    init(settings)

local_run._init_worker = late
job = PairJob("a", "a.es.txt", "a.en.txt", "Hola.".encode(), "Hello.".encode(), "s", "t")
settings = BatchSettings("es", "en", options=AlignOptions(encoder="none"))
for record in local_run.local_results(iter([job]), settings, 1):
    print(record.name, record.error or "aligned")
"""


def test_a_ctrl_c_before_the_worker_ignores_it_does_not_kill_it(tmp_path: Path) -> None:
    """It killed the worker with a traceback (aligner batch's Ctrl-C test saw it under
    load); forked with Ctrl-C blocked, the worker drops it once it ignores it."""
    done = subprocess.run(
        [sys.executable, "-c", _LATE_INIT], capture_output=True, text=True, timeout=300,
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")})
    assert (done.returncode, done.stdout, done.stderr) == (0, "a aligned\n", "")

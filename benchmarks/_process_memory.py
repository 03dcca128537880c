"""Peak resident memory of a command and of every process it starts, sampled from /proc
every 50 ms.

``ru_maxrss`` of a child started from a big Python process counts the memory the
child had as a copy of its parent before ``exec``; sampling ``/proc`` does not.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path


def _tree_rss_kb(root: int) -> tuple[int, int]:
    """(resident KiB of ``root``, of ``root`` and every descendant together)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with Path(f"/proc/{entry.name}/stat").open(encoding="ascii") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        rss[pid] = int(fields[21]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    members = {root}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if ppid in members and pid not in members:
                members.add(pid)
                grew = True
    return rss.get(root, 0), sum(rss.get(p, 0) for p in members)


def run_measured(command: list[str]) -> tuple[float, int, int, str]:
    """Wall seconds, peak RSS of the process and of its whole tree (KiB), stderr."""
    peak = [0, 0]
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            own, tree = _tree_rss_kb(proc.pid)
            peak[0], peak[1] = max(peak[0], own), max(peak[1], tree)
            stop.wait(0.05)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    stop.set()
    thread.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}):\n{stderr}")
    return seconds, peak[0], peak[1], stderr

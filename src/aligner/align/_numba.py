"""Import numba with its on-disk cache in a user-writable place.

numba caches compiled kernels beside the module by default, which fails in a
read-only site-packages; point it at ``~/.cache/aligner/numba/KEY`` unless the user
chose a directory.  numba's cache notices a change to the kernel's own file only,
while the kernel freezes the bead kinds and parameter slots of ``kernel_slots.py``
into its code when it compiles: ``KEY`` is a digest of that file, so a changed table
gets a fresh cache instead of a stale kernel.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def slots_key() -> str:
    """A digest of ``kernel_slots.py``, the table the kernel compiles in."""
    return hashlib.sha256(Path(__file__).with_name("kernel_slots.py").read_bytes()).hexdigest()[:16]


if "NUMBA_CACHE_DIR" not in os.environ:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    os.environ["NUMBA_CACHE_DIR"] = str(base / "aligner" / "numba" / slots_key())

from numba import njit  # noqa: E402

__all__ = ["njit", "slots_key"]

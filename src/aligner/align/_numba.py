"""Import numba with its on-disk cache in a user-writable place.

numba caches compiled kernels beside the module by default, which fails in a
read-only site-packages; point it at ``~/.cache/aligner/numba`` unless the user
chose a directory.
"""

from __future__ import annotations

import os
from pathlib import Path

if "NUMBA_CACHE_DIR" not in os.environ:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    os.environ["NUMBA_CACHE_DIR"] = str(base / "aligner" / "numba")

from numba import njit

__all__ = ["njit"]

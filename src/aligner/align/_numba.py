"""Import numba with its on-disk cache in a user-writable place.

numba caches compiled kernels beside the module by default, which fails in a
read-only site-packages; point it at ``~/.cache/aligner/numba/KEY`` unless the user
chose a directory.  numba's cache notices a change to the kernel's own file only,
while a kernel freezes what it calls into its code when it compiles: the bead kinds
and parameter slots of ``kernel_slots.py``, the encoder's term of ``_encoder_numba.py``
and (for the minimum-Bayes-risk kernel of ``_mbr_numba.py``) the bead costs of
``_dp_numba.py``.  ``KEY`` is a digest of those three files, so a change to any of them
gets a fresh cache instead of a stale kernel.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

#: The files other kernel files compile in.
COMPILED_IN = ("kernel_slots.py", "_encoder_numba.py", "_dp_numba.py")


def slots_key() -> str:
    """A digest of the files of :data:`COMPILED_IN`."""
    digest = hashlib.sha256()
    for name in COMPILED_IN:
        digest.update(Path(__file__).with_name(name).read_bytes())
    return digest.hexdigest()[:16]


if "NUMBA_CACHE_DIR" not in os.environ:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    os.environ["NUMBA_CACHE_DIR"] = str(base / "aligner" / "numba" / slots_key())

from numba import njit  # noqa: E402

__all__ = ["njit", "slots_key"]

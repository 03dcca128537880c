"""Where the numba fallback kernels are cached: a directory keyed by what they compile in.

numba notices changes to the kernel's own file only; the kind table and parameter
slots the kernels compile in live in ``kernel_slots.py``, the encoder's term in
``_encoder_numba.py``, and the minimum-Bayes-risk kernel compiles in the bead costs of
``_dp_numba.py``, so the three files' digest names the cache."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from aligner.align import kernel_slots

SHOW = ("import os, aligner.align._numba as m; "
        "print(os.environ['NUMBA_CACHE_DIR']); print(m.slots_key())")


def _run(env: dict[str, str]) -> list[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("NUMBA_CACHE_DIR", "XDG_CACHE_HOME")}
    out = subprocess.run([sys.executable, "-c", SHOW], env={**base, **env}, check=True,
                         capture_output=True, text=True).stdout
    return out.split()


def test_the_cache_directory_is_keyed_by_the_kind_table_and_the_costs(tmp_path: Path) -> None:
    here = Path(kernel_slots.__file__).parent
    digest = hashlib.sha256((here / "kernel_slots.py").read_bytes()
                            + (here / "_encoder_numba.py").read_bytes()
                            + (here / "_dp_numba.py").read_bytes()).hexdigest()[:16]
    cache_dir, key = _run({"XDG_CACHE_HOME": str(tmp_path)})
    assert key == digest
    assert Path(cache_dir) == tmp_path / "aligner" / "numba" / digest


def test_a_cache_directory_the_user_chose_is_kept(tmp_path: Path) -> None:
    cache_dir, _ = _run({"NUMBA_CACHE_DIR": str(tmp_path / "mine")})
    assert cache_dir == str(tmp_path / "mine")

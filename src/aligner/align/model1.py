"""IBM Model 1's EM over word co-occurrences in beads (the aligner's lexicon learner).

Two implementations of the same computation: the C one in the kernel library
(``_dpc.c``, built at install time) and numpy's, used when no C compiler was
available.  The C loop is several times faster (numpy's ``bincount`` scatters
through memory twice per step); both add up in the same order, so they agree.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from functools import cache
from typing import Literal

import numpy as np
import numpy.typing as npt

from aligner.align import dp

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


@cache
def _c_model1() -> Callable[..., int] | None:
    lib = dp.c_library()
    if lib is None:
        return None
    fn = lib.aligner_model1
    fn.restype = ctypes.c_int64
    # n_pairs, key, group, n_keys, n_groups, given, n_given, iterations, prob
    fn.argtypes = [ctypes.c_int64, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int64,
                   ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64, ctypes.c_int64,
                   ctypes.c_void_p]
    return fn


def model1(key: IntArray, n_keys: int, group: IntArray, n_groups: int, given: IntArray,
           iterations: int, *, kernel: Literal["c", "numpy"] | None = None) -> FloatArray:
    """``p(x | y)`` per word pair after ``iterations`` EM steps from uniform.

    Each co-occurrence ``k`` (a bead with word ``x`` on one side and ``y`` on the
    other) belongs to word pair ``key[k]`` and to ``group[k]``, the (bead, ``x``)
    whose one unit of count is shared among the bead's ``y`` words in proportion
    to ``p(x | y)``.  ``given[w]`` is word pair ``w``'s ``y``.  ``kernel`` forces
    one implementation (tests compare them).
    """
    fn = _c_model1() if kernel in (None, "c") else None
    if kernel == "c" and fn is None:
        raise RuntimeError("the C kernel was not built (no C compiler at install time)")
    if fn is None:
        return _model1_numpy(key, n_keys, group, n_groups, given, iterations)
    prob = np.empty(n_keys)
    n_given = int(given.max()) + 1 if len(given) else 0
    rc = fn(len(key), dp.ptr(key, np.int64), dp.ptr(group, np.int64), n_keys, n_groups,
            dp.ptr(given, np.int64), n_given, iterations, dp.ptr(prob, np.float64))
    if rc == -2:
        raise MemoryError("the lexicon learner could not allocate its counts")
    return prob


def _model1_numpy(key: IntArray, n_keys: int, group: IntArray, n_groups: int,
                  given: IntArray, iterations: int) -> FloatArray:
    prob = np.ones(n_keys)
    for _ in range(iterations):
        share = prob[key]
        share /= np.bincount(group, weights=share, minlength=n_groups)[group]
        count = np.bincount(key, weights=share, minlength=n_keys)
        prob = count / np.bincount(given, weights=count)[given]
    return prob

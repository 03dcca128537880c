"""The banded dynamic program: model, parameter slots and kernel choice.

Node ``(i, j)`` means "the first ``i`` source and ``j`` target sentences are
aligned".  A bead of kind ``(a, b)`` moves from ``(i - a, j - b)`` to
``(i, j)``.  Only nodes inside the band are stored: row ``i`` keeps columns
``lo[i] .. hi[i]`` (inclusive) at offsets ``j - lo[i]``, so time and memory
are O(n * band width), never O(n * m); of that memory only one byte per node
(the backpointer) -- path costs are kept for the last few rows only.

Bead cost (lower is better), for ``a`` source and ``b`` target sentences:

* null beads (``a == 0`` or ``b == 0``): ``null_cost`` per sentence, plus the kind's
  prior: 0 for one sentence, <= 0 for a run of them (a run of captions or a missing
  paragraph is one event, not many);
* otherwise ``lam_len * len_cost + lam_lex * (1 - sim) * (a + b) / 2 + prior``
  where ``len_cost`` is Gale & Church's squared normalised length difference
  over the *whole* groups and ``sim`` is the weighted overlap of the *union*
  of the groups' features (min of summed weights), divided by a smoothed mean
  mass -- the smoothing keeps one chance match between two short sentences
  from looking decisive;
* plus ``par_pen`` for each paragraph start strictly inside a group (and
  ``par_mismatch`` for each one the other side's group does not match: a paragraph end
  on one side only, as below), and minus
  ``cont_bonus`` for each line inside a group that continues the line before it (a
  sentence cut inside its brackets: :func:`aligner.align.marks.continues`);
* plus, for every bead (null beads too), ``end_mismatch`` (with the encoder
  ``enc_end_mismatch``) when the node it ends at cuts one text mid-sentence (after a
  comma or a semicolon) and the other at a sentence or paragraph end
  (:mod:`aligner.align.marks`), and ``par_mismatch`` when it is a paragraph end on
  one side only (where both texts keep about as many paragraphs:
  :func:`aligner.align.problem.paragraphs_agree`);
* plus, when ``support`` is on, a penalty for each member of a multi-sentence
  group that the other side's features barely overlap;
* plus ``member * lam_lex / 2`` times the members' shortfall: for each member of
  a multi-sentence group whose own support (the share of its features the other
  side covers) is below the bead's ``sim``, the difference -- so a member is
  charged by its own evidence, and an unrelated short sentence does not ride
  into a bead on its neighbours' evidence;
* plus, with a sentence encoder (``lam_enc > 0``), ``lam_enc * (a + b) / 2`` times
  ``1 - cos`` of the two sides' summed sentence embeddings, divided by the sides'
  typical ``1 - cos`` against the other text, minus a reward ``enc_reward`` per
  aligned bead (:mod:`aligner.align.semantic` prepares the dot products).

Two kernels compute this: a C library built at install time (``_dpc.c``,
loaded with ctypes -- a millisecond, and the call releases the GIL) and a
numba one (``_dp_numba.py``) used when no C compiler was available.  numba
costs about a second per process to import and load, which is why C comes
first.  Both read the bead kinds and parameter slots of
:mod:`aligner.align.kernel_slots`.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
import signal
import threading
from collections.abc import Callable, Iterator
from functools import cache
from typing import Literal

import numpy as np
import numpy.typing as npt

# banded_dp returns indices into KINDS: callers may take the table from here too
from aligner.align.kernel_slots import KINDS as KINDS
from aligner.align.kernel_slots import N_STATS

Kernel = Literal["c", "numba"]
IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
# The encoder's arrays (see aligner.align.semantic.EncoderBand): e_ptr, e_lo, e_dot, s_enc, t_enc
EncArrays = tuple[IntArray, IntArray, npt.NDArray[np.float32], FloatArray, FloatArray]


def no_encoder() -> EncArrays:
    """Empty encoder arrays, for a problem without embeddings (``lam_enc == 0``)."""
    return (np.zeros(1, dtype=np.int64), np.zeros(1, dtype=np.int64),
            np.zeros(1, dtype=np.float32), np.zeros(4), np.zeros(4))


@cache
def c_library() -> ctypes.CDLL | None:
    """The compiled C library (``_dpc.c``), or None when the extension was not built."""
    spec = importlib.util.find_spec("aligner.align._dpc")
    if spec is None or spec.origin is None:
        return None
    try:
        return ctypes.CDLL(spec.origin)
    except OSError:
        return None


@cache
def _c_kernel(mbr: bool = False) -> Callable[..., int] | None:
    """The compiled C function (the best path's, or with ``mbr`` the minimum-Bayes-risk
    path's), or None when the extension was not built."""
    lib = c_library()
    if lib is None:
        return None
    fn = lib.aligner_banded_mbr if mbr else lib.aligner_banded_dp
    fn.restype = ctypes.c_int64
    # n, m, pointers to the 21 input arrays, (temperature, threshold,) band width,
    # pointers to 5 work/output arrays
    extra = [ctypes.c_double] * 2 if mbr else []
    fn.argtypes = [ctypes.c_int64, ctypes.c_int64, *[ctypes.c_void_p] * 21, *extra,
                   ctypes.c_int64, *[ctypes.c_void_p] * 5]
    return fn


def available_kernels() -> tuple[Kernel, ...]:
    """The kernels this installation can run, fastest first."""
    return ("c", "numba") if _c_kernel() is not None else ("numba",)


def ptr(a: npt.NDArray[np.generic], dtype: type[np.generic]) -> int:
    if a.dtype != dtype or not a.flags.c_contiguous:
        raise TypeError(f"kernel argument must be a contiguous {np.dtype(dtype)} array")
    return int(a.ctypes.data)


@contextlib.contextmanager
def interrupt_after() -> Iterator[None]:
    """Hold a Ctrl-C back while a compiled kernel runs, and raise it once it returns.

    A ``KeyboardInterrupt`` raised while numba's kernel ran (or compiled) crashed the
    process (a segmentation fault) or left numba returning a result with the
    exception set; a kernel takes seconds at most, after which the interrupt is
    raised as usual (the CLI's ``aligner: interrupted``).  Outside the main thread,
    where no signal handler can be set, nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        if callable(previous):
            previous(signal.SIGINT, None)  # Python's own handler raises KeyboardInterrupt
        elif previous == signal.SIG_DFL:
            raise KeyboardInterrupt


def banded_dp(
    n: int, m: int, lo: IntArray, hi: IntArray,
    s_ptr: IntArray, s_ids: IntArray, s_w: FloatArray,
    t_ptr: IntArray, t_ids: IntArray, t_w: FloatArray,
    cs_slen: FloatArray, cs_tlen: FloatArray, cs_smass: FloatArray, cs_tmass: FloatArray,
    s_par: npt.NDArray[np.int8], t_par: npt.NDArray[np.int8],
    params: FloatArray, priors: FloatArray, n_features: int,
    *, enc: EncArrays | None = None, kernel: Kernel | None = None,
    mbr: tuple[float, float] | None = None,
) -> tuple[IntArray, FloatArray]:
    """Best path through the band over every bead kind of :data:`KINDS`.

    Returns the kinds of the beads from start to end and, per bead, its cost,
    length cost, similarity, the cost of its sentences as null beads, the
    encoder's cosine (0 without ``enc``) and its posterior (NaN without ``mbr``).
    ``kernel`` forces one implementation (tests compare them); by default the C
    kernel runs when it was built.

    With ``mbr = (temperature, threshold)`` the path is the minimum-Bayes-risk one
    instead of the cheapest: each bead's posterior probability under path weights
    ``exp(-cost / temperature)``, then the path with the largest sum of (posterior -
    threshold) per bead (per sentence for unaligned ones); each bead's posterior
    (an unaligned sentence's: that of staying unaligned) is its last statistic.
    """
    if enc is None:
        enc = no_encoder()
    fn = _c_kernel(mbr is not None) if kernel in (None, "c") else None
    if kernel == "c" and fn is None:
        raise RuntimeError("the C kernel was not built (no C compiler at install time)")
    if fn is None:
        args = (n, m, lo, hi, s_ptr, s_ids, s_w, t_ptr, t_ids, t_w, cs_slen, cs_tlen,
                cs_smass, cs_tmass, s_par, t_par, params, priors, n_features, *enc)
        with interrupt_after():
            if mbr is not None:
                from aligner.align._mbr_numba import banded_mbr

                return banded_mbr(*args, float(mbr[0]), float(mbr[1]))
            from aligner.align._dp_numba import banded_dp as numba_dp

            return numba_dp(*args)
    width = int((hi - lo).max()) + 1
    back = np.empty((n + 1) * width, dtype=np.int8)
    sc_s = np.zeros(n_features + 1)
    sc_t = np.zeros(n_features + 1)
    kinds = np.empty(n + m, dtype=np.int64)
    stats = np.empty((n + m, N_STATS))
    arrays: list[tuple[npt.NDArray[np.generic], type[np.generic]]] = [
        (lo, np.int64), (hi, np.int64), (s_ptr, np.int64), (s_ids, np.int64),
        (s_w, np.float64), (t_ptr, np.int64), (t_ids, np.int64), (t_w, np.float64),
        (cs_slen, np.float64), (cs_tlen, np.float64), (cs_smass, np.float64),
        (cs_tmass, np.float64), (s_par, np.int8), (t_par, np.int8),
        (params, np.float64), (priors, np.float64), (enc[0], np.int64), (enc[1], np.int64),
        (enc[2], np.float32), (enc[3], np.float64), (enc[4], np.float64),
    ]
    ptrs = [ptr(a, t) for a, t in arrays]
    extra = [float(mbr[0]), float(mbr[1])] if mbr is not None else []
    with interrupt_after():
        steps = fn(n, m, *ptrs, *extra, width, *[ptr(a, t) for a, t in (
            (back, np.int8), (sc_s, np.float64), (sc_t, np.float64), (kinds, np.int64),
            (stats, np.float64))])
    if steps == -2:
        raise MemoryError("the alignment kernel could not allocate its work arrays")
    if steps < 0:  # the band does not connect the corners (callers repair it so)
        return kinds[:0], np.zeros((0, N_STATS))
    return kinds[:steps].copy(), stats[:steps].copy()

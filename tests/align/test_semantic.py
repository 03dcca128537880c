"""The encoder's arrays for the kernels: the clause blocks of the crossing cost."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from aligner.align.semantic import encoder_band, last_clauses, reach_columns


def test_last_clauses_cut_at_commas_semicolons_and_colons_of_any_script() -> None:
    index, clauses = last_clauses([
        "Er kam, sah und siegte.",
        "Ja.",                        # one clause: its own last clause, not listed
        "他来了，看见了。",
        "Llegó tarde; nadie lo esperaba.",
        "قال، نعم",
        "Trailing comma,",            # nothing after the comma: one clause
        "Note: see below",
        "First, then the last clause goes on and on for more than eight words here.",
        "我们到了，天已经黑了，只剩下几盏灯还在风里一闪一闪地亮着直到天明。",
    ])
    assert index == [0, 2, 3, 4, 6, 7, 8]
    assert clauses == ["sah und siegte.", "看见了。", "nadie lo esperaba.", "نعم", "see below",
                       # the end of a long clause: its last 8 words (16 characters unspaced)
                       "and on for more than eight words here.",
                       "还在风里一闪一闪地亮着直到天明。"]


def _unit(rng: np.random.Generator, k: int) -> npt.NDArray[np.float16]:
    x = rng.normal(size=(k, 16))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float16)


def test_the_clause_blocks_hold_the_clauses_dot_products_laid_out_as_the_sentences() -> None:
    rng = np.random.default_rng(3)
    n, m = 40, 47
    es, et, ls, lt = _unit(rng, n), _unit(rng, m), _unit(rng, n), _unit(rng, m)
    lo = np.clip(np.arange(n + 1) * m // n - 6, 0, m).astype(np.int64)
    hi = np.clip(np.arange(n + 1) * m // n + 6, 0, m).astype(np.int64)
    ptr, first, dot, _, _ = encoder_band(es, et, lo, hi, (ls, lt))
    plain = encoder_band(es, et, lo, hi)
    size = int(ptr[-1])
    assert len(dot) == 3 * size and np.array_equal(dot[:size], plain[2])
    f32 = [x.astype(np.float32) for x in (es, et, ls, lt)]
    _, last = reach_columns(lo, hi, m)
    checked = 0
    for r in range(n):
        for c in range(int(first[r]), int(last[r]) + 1):
            at = int(ptr[r]) + c - int(first[r])
            # (a matrix product's sums round differently from a dot product's)
            assert dot[at] == pytest.approx(f32[0][r] @ f32[1][c], abs=1e-6)
            assert dot[size + at] == pytest.approx(f32[2][r] @ f32[1][c], abs=1e-6)
            assert dot[2 * size + at] == pytest.approx(f32[0][r] @ f32[3][c], abs=1e-6)
            checked += 1
    assert checked == size

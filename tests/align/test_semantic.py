"""The encoder's arrays for the kernels: the clause blocks of the crossing cost, and the
cost itself against its definition."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from aligner.align.semantic import edge_clauses, encoder_band, reach_columns


def test_edge_clauses_cut_at_commas_semicolons_and_colons_of_any_script() -> None:
    firsts, lasts = edge_clauses([
        "Er kam, sah und siegte.",
        "Ja.",                        # one clause: no clause vectors
        "他来了，看见了。",
        "Llegó tarde; nadie lo esperaba.",
        "قال، نعم",
        "Trailing comma,",            # nothing after the comma: one clause
        "Note: see below",
        "First, then the last clause goes on and on for more than eight words here.",
        "Once upon a time in a land far far away, it rained.",
        "我们到了，天已经黑了，只剩下几盏灯还在风里一闪一闪地亮着直到天明。",
        "从前有一个很远很远的地方一年四季都下着小雨，后来。",
    ])
    assert firsts == ["Er kam,", "", "他来了，", "Llegó tarde;", "قال،", "", "Note:", "First,",
                      # the start of a long clause: its first 8 words (16 characters unspaced)
                      "Once upon a time in a land far", "我们到了，",
                      "从前有一个很远很远的地方一年四季"]
    assert lasts == ["sah und siegte.", "", "看见了。", "nadie lo esperaba.", "نعم", "",
                     "see below",
                     # the end of a long clause: its last 8 words (16 characters unspaced)
                     "and on for more than eight words here.", "it rained.",
                     "还在风里一闪一闪地亮着直到天明。", "后来。"]


NAMES = ("es", "et", "ls", "lt", "fs", "ft")  # sentences, last clauses, first clauses


def _unit(rng: np.random.Generator, k: int) -> npt.NDArray[np.float16]:
    x = rng.normal(size=(k, 16))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float16)


def test_the_clause_blocks_hold_the_clauses_dot_products_laid_out_as_the_sentences() -> None:
    rng = np.random.default_rng(3)
    n, m = 40, 47
    es, et, ls, lt, fs, ft = (_unit(rng, k) for k in (n, m, n, m, n, m))
    lo = np.clip(np.arange(n + 1) * m // n - 6, 0, m).astype(np.int64)
    hi = np.clip(np.arange(n + 1) * m // n + 6, 0, m).astype(np.int64)
    ptr, first, dot, _, _ = encoder_band(es, et, lo, hi, (ls, lt, fs, ft))
    plain = encoder_band(es, et, lo, hi)
    size = int(ptr[-1])
    assert len(dot) == 5 * size and np.array_equal(dot[:size], plain[2])
    f32 = {k: x.astype(np.float32) for k, x in zip(NAMES,
                                                    (es, et, ls, lt, fs, ft), strict=True)}
    blocks = [("es", "et"), ("ls", "et"), ("es", "lt"), ("es", "ft"), ("fs", "et")]
    _, last = reach_columns(lo, hi, m)
    checked = 0
    for r in range(n):
        for c in range(int(first[r]), int(last[r]) + 1):
            at = int(ptr[r]) + c - int(first[r])
            for k, (left, right) in enumerate(blocks):
                # (a matrix product's sums round differently from a dot product's)
                assert dot[k * size + at] == pytest.approx(f32[left][r] @ f32[right][c],
                                                           abs=1e-6)
            checked += 1
    assert checked == size


def _crossing_by_definition(v: dict[str, npt.NDArray[np.float64]], i1: int, j1: int,
                            weight: float, floor: float) -> float:
    """The crossing cost of an aligned bead ending before source i1 and target j1, from
    the vectors (a full band): docs/alignment.md, step 7."""
    n, m = len(v["es"]), len(v["et"])
    x = []
    if j1 < m:  # the last clause of its last source sentence, nearer the next target?
        x.append(v["ls"][i1 - 1] @ v["et"][j1] - v["ls"][i1 - 1] @ v["et"][j1 - 1])
    if i1 < n:  # the last clause of its last target sentence, nearer the next source?
        x.append(v["es"][i1] @ v["lt"][j1 - 1] - v["es"][i1 - 1] @ v["lt"][j1 - 1])
    if i1 < n and j1 < m:
        # the first clause of the next target sentence, nearer its last source sentence?
        x.append(v["es"][i1 - 1] @ v["ft"][j1] - v["es"][i1] @ v["ft"][j1])
        # the first clause of the next source sentence, nearer its last target sentence?
        x.append(v["fs"][i1] @ v["et"][j1 - 1] - v["fs"][i1] @ v["et"][j1])
    return weight * max(0.0, max(x, default=-9.0) - floor)


@pytest.mark.parametrize("seed", range(5))
def test_the_crossing_cost_is_what_its_definition_says(seed: int) -> None:
    from aligner.align import kernel_slots as slots
    from aligner.align._encoder_numba import crossing_cost

    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(2, 9)), int(rng.integers(2, 9))
    vectors = {k: _unit(rng, n if k[1] == "s" else m) for k in NAMES}
    for k in ("ls", "lt", "fs", "ft"):  # a sentence of one clause: zero vectors
        vectors[k][rng.random(len(vectors[k])) < 0.3] = 0
    lo, hi = np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)
    e_ptr, e_lo, e_dot, _, _ = encoder_band(
        vectors["es"], vectors["et"], lo, hi,
        (vectors["ls"], vectors["lt"], vectors["fs"], vectors["ft"]))
    params = np.zeros(slots.N_PARAMS)
    params[slots.P_ENC_CROSS], params[slots.P_ENC_CROSS_MIN] = 10.0, 0.05
    v64 = {k: x.astype(np.float32).astype(np.float64) for k, x in vectors.items()}
    charged = 0
    for i1 in range(1, n + 1):
        for j1 in range(1, m + 1):
            expected = _crossing_by_definition(v64, i1, j1, 10.0, 0.05)
            got = crossing_cost(i1, j1, params, e_ptr, e_lo, e_dot)
            assert got == pytest.approx(expected, abs=1e-5)
            charged += expected > 0
    assert charged > 0  # random clauses cross somewhere: the test is not vacuous

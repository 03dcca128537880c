"""IBM Model 1's EM: values worked out by hand, and the C and numpy versions agree."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.align import dp
from aligner.align.model1 import model1
from tests._tools import require_tool


def _need_c() -> None:
    require_tool("the C alignment kernel", lambda: "c" if dp.c_library() is not None else None,
                 "a C compiler (apt install gcc), then pip install -e . again")


# Two beads: {a, b} <-> {x, y} and {a} <-> {x}.  Direction p(t | s): word pairs
# 0 (a,x), 1 (a,y), 2 (b,x), 3 (b,y); co-occurrences in bead order, groups are
# (bead, t): 0 (B1,x), 1 (B1,y), 2 (B2,x); a word pair's y is its source word (a=0, b=1).
KEY = np.array([0, 1, 2, 3, 0], dtype=np.int64)
GROUP = np.array([0, 1, 0, 1, 2], dtype=np.int64)
GIVEN = np.array([0, 0, 1, 1], dtype=np.int64)


@pytest.mark.parametrize("kernel", ["c", "numpy"])
def test_em_steps_worked_out_by_hand(kernel: str) -> None:
    if kernel == "c":
        _need_c()
    # step 1: every co-occurrence of B1 gets 1/2, (a,x) in B2 gets 1:
    # counts a: x 1.5, y 0.5; b: x 0.5, y 0.5
    one = model1(KEY, 4, GROUP, 3, GIVEN, 1, kernel=kernel)  # type: ignore[arg-type]
    np.testing.assert_allclose(one, [0.75, 0.25, 0.5, 0.5], rtol=1e-15)
    # step 2: B1's x is shared 0.75 : 0.5 between a and b, its y 0.25 : 0.5;
    # counts a: x 0.6 + 1 = 1.6, y 1/3; b: x 0.4, y 2/3
    two = model1(KEY, 4, GROUP, 3, GIVEN, 2, kernel=kernel)  # type: ignore[arg-type]
    np.testing.assert_allclose(two, [1.6 / (1.6 + 1 / 3), (1 / 3) / (1.6 + 1 / 3),
                                     0.4 / (0.4 + 2 / 3), (2 / 3) / (0.4 + 2 / 3)],
                               rtol=1e-12)


@settings(max_examples=50, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n_beads=st.integers(1, 30),
       iterations=st.integers(0, 6))
def test_c_and_numpy_agree_and_each_word_sums_to_one(seed: int, n_beads: int,
                                                      iterations: int) -> None:
    _need_c()
    rng = np.random.default_rng(seed)
    n_x, n_y = 6, 5
    keys: dict[tuple[int, int], int] = {}
    key, group = [], []
    n_groups = 0
    for _ in range(n_beads):
        xs = rng.choice(n_x, size=int(rng.integers(1, 4)), replace=False)
        ys = rng.choice(n_y, size=int(rng.integers(1, 4)), replace=False)
        for x in xs:  # a group per (bead, x), each pair once
            for y in ys:
                key.append(keys.setdefault((int(x), int(y)), len(keys)))
                group.append(n_groups)
            n_groups += 1
    given = np.array([y for (_x, y) in keys], dtype=np.int64)
    k, g = np.array(key, dtype=np.int64), np.array(group, dtype=np.int64)
    c = model1(k, len(keys), g, n_groups, given, iterations, kernel="c")
    p = model1(k, len(keys), g, n_groups, given, iterations, kernel="numpy")
    np.testing.assert_allclose(c, p, rtol=1e-13, atol=0)
    if iterations:
        sums = np.bincount(given, weights=c)
        np.testing.assert_allclose(sums[np.unique(given)], 1.0, rtol=1e-12)


def test_forcing_a_missing_c_kernel_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import aligner.align.model1 as m

    monkeypatch.setattr(m, "_c_model1", lambda: None)
    with pytest.raises(RuntimeError, match="C kernel was not built"):
        model1(KEY, 4, GROUP, 3, GIVEN, 1, kernel="c")
    np.testing.assert_allclose(model1(KEY, 4, GROUP, 3, GIVEN, 1), [0.75, 0.25, 0.5, 0.5])

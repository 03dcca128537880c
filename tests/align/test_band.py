from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from aligner.align.band import anchor_points, band_from_anchors, chain, supported
from aligner.align.features import Csr


def _csr(rows: list[list[int]]) -> Csr:
    ptr = np.cumsum([0] + [len(r) for r in rows])
    ids = np.array([f for r in rows for f in r], dtype=np.int64)
    return Csr(ptr.astype(np.int64), ids, np.ones(len(ids)))


def test_anchor_points_need_features_unique_on_both_sides() -> None:
    # feature 0 = "1970", 1 = "allende", 2 = "3526"
    src = _csr([[0, 1], [1], [2]])
    tgt = _csr([[0], [2, 1]])
    assert anchor_points(src, tgt) == [(0, 0), (2, 1)]
    # without source row 0, "allende" (1) occurs once on each side too
    assert anchor_points(src, tgt, 1, 3, 0, 2) == [(1, 1), (2, 1)]


def test_chain_is_strictly_increasing_and_longest() -> None:
    pts = [(0, 0), (1, 5), (2, 1), (3, 2), (4, 3), (5, 0)]
    assert chain(pts) == [(0, 0), (2, 1), (3, 2), (4, 3)]


def test_isolated_points_are_not_supported() -> None:
    pts = [(10, 10), (12, 12), (50, 5), (80, 80)]
    assert supported(pts, 1.0) == [(10, 10), (12, 12)]


@given(st.integers(1, 300), st.integers(1, 300),
       st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=20))
def test_band_is_monotone_connected_and_spans_corners(n: int, m: int,
                                                      pts: list[tuple[int, int]]) -> None:
    anchors = chain([(i % (n + 1), j % (m + 1)) for i, j in pts])
    lo, hi = band_from_anchors(n, m, anchors, min_width=3, max_width=10)
    assert lo[0] == 0 and hi[n] == m
    assert np.all(lo <= hi)
    assert np.all(np.diff(lo) >= 0) and np.all(np.diff(hi) >= 0)
    assert np.all(lo[1:] <= hi[:-1])  # consecutive rows overlap: every node reachable


_rows = st.lists(st.lists(st.integers(0, 12), max_size=5, unique=True).map(sorted), max_size=12)


@given(_rows, _rows, st.data())
def test_anchor_points_match_a_count_by_hand(src_rows: list[list[int]],
                                             tgt_rows: list[list[int]],
                                             data: st.DataObject) -> None:
    s0 = data.draw(st.integers(0, len(src_rows)))
    s1 = data.draw(st.integers(s0, len(src_rows)))
    t0 = data.draw(st.integers(0, len(tgt_rows)))
    t1 = data.draw(st.integers(t0, len(tgt_rows)))

    def where(rows: list[list[int]], lo: int, hi: int) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for i in range(lo, hi):
            for f in rows[i]:
                found.setdefault(f, []).append(i)
        return found

    s_at, t_at = where(src_rows, s0, s1), where(tgt_rows, t0, t1)
    expected = sorted((s_at[f][0], t_at[f][0]) for f in s_at
                      if len(s_at[f]) == 1 and len(t_at.get(f, [])) == 1)
    assert anchor_points(_csr(src_rows), _csr(tgt_rows), s0, s1, t0, t1) == expected


def test_a_row_shared_by_two_anchor_spans_keeps_both() -> None:
    """Anchors (13, 15) and (14, 52): source sentence 14 comes after 37 unaligned target
    sentences (a run of captions), so row 14 of the band must hold columns 16..52."""
    lo, hi = band_from_anchors(30, 70, [(13, 15), (14, 52)], min_width=12, max_width=60)
    assert lo[14] <= 16 and hi[14] >= 52

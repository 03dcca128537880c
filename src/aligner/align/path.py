"""The result of one DP pass: the best path through the band, as arrays.

Made by the driver (:func:`aligner.align.aligner._run_dp`), read by the lexicon
learner, the next pass's band and the bead writer; pickled back from the worker
processes of a segmented alignment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from aligner.align.features import FloatArray, IntArray


@dataclass(frozen=True, slots=True)
class BeadPath:
    """A DP path as arrays, one entry per bead: bead ``k`` joins source sentences
    ``s0[k] .. s0[k] + a[k] - 1`` with target sentences ``t0[k] .. t0[k] + b[k] - 1``."""

    a: IntArray
    b: IntArray
    s0: IntArray
    t0: IntArray
    len_cost: FloatArray
    sim: FloatArray
    margin: FloatArray  # how much cheaper than leaving the sentences unaligned, in (0, 1)
    # the encoder's distance of the two sides relative to their typical distance to the
    # other text (semantic.bead_distances); NaN for a null bead, without an encoder and
    # on a pass before the last
    semantic: FloatArray
    # the bead's posterior under the last pass's minimum-Bayes-risk decoding (an
    # unaligned sentence's: that of staying unaligned); NaN where it did not run
    posterior: FloatArray

    def nodes(self) -> tuple[IntArray, IntArray]:
        """Every node the path passes, with a node on each row a multi-row bead spans."""
        extra = np.maximum(self.a - 1, 0)
        inner_i = np.repeat(self.s0, extra) + (
            np.arange(int(extra.sum()), dtype=np.int64)
            - np.repeat(np.cumsum(extra) - extra, extra) + 1)
        inner_j = np.repeat(self.t0, extra)
        ends_i = np.concatenate([[0], self.s0 + self.a])
        ends_j = np.concatenate([[0], self.t0 + self.b])
        return np.concatenate([ends_i, inner_i]), np.concatenate([ends_j, inner_j])


def concat(paths: Sequence[tuple[BeadPath, int, int]]) -> BeadPath:
    """One path of several paths of sub-pairs, each shifted to its sentences (its
    first source and target sentence given with it), in the order given."""
    def cat(name: str) -> np.ndarray:
        return np.concatenate([getattr(p, name) for p, _, _ in paths])

    return BeadPath(
        cat("a"), cat("b"),
        np.concatenate([p.s0 + i0 for p, i0, _ in paths]),
        np.concatenate([p.t0 + j0 for p, _, j0 in paths]),
        cat("len_cost"), cat("sim"), cat("margin"), cat("semantic"), cat("posterior"),
    )

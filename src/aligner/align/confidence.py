"""Confidence of a bead: a logistic model of its evidence, fitted once on the DEV gold."""

from __future__ import annotations

import numpy as np

from aligner.align.features import FloatArray, IntArray

# Confidence = P(bead is right), a logistic model of the bead's evidence: its lexical
# similarity, the document's typical (median) bead similarity, its length cost, its
# size (bigger beads are wrong more often) and -- with the sentence encoder -- the
# encoder's distance of its sides relative to their typical distance to the other text
# (semantic.bead_distances).  The document's typical similarity counts in its own right:
# two texts that are no translation of each other share little anywhere, and a model
# that saw each bead only against its own document's typical bead called every bead of
# such a pair as sure as a real one.  The weights are global constants, the same for
# every language pair and document, fitted once (logistic regression) to whether each
# aligned bead of the DEV alignments in shared/bench/align is in the gold, together with
# the beads of unrelated pairs made from the same texts (another document of the set,
# or windows of 3-12 lines of two documents; all wrong, weighted 0.1) and of short
# windows of real translations: `python benchmarks/confidence_fit.py` prints these
# weights (docs/alignment.md, step 5, has the measurements).
_BIAS, _SIM, _TYPICAL, _LEN, _SIZE = 6.292, 0.652, 1.314, -0.742, -1.088
# With the encoder: the same features and the encoder's distance.
_ENC_BIAS, _ENC_SIM, _ENC_TYPICAL, _ENC_LEN, _ENC_SIZE, _ENC_DIST = (
    6.086, 0.039, 0.905, -0.564, -1.049, -2.974)


def confidences(a: IntArray, b: IntArray, length_cost: FloatArray, sim: FloatArray,
                typical: float, semantic: FloatArray | None = None) -> FloatArray:
    """Probability-like confidence in [0, 1] of each bead (0 for a null bead).

    ``typical`` is the median lexical similarity of the document's aligned beads;
    ``semantic`` the encoder's relative distance of each bead (NaN or None without
    the encoder).
    """
    lc, size = np.minimum(length_cost, 5.0), a + b - 2
    log_sim, log_typ = np.log(np.maximum(sim, 0.0) + 0.02), np.log(max(typical, 0.0) + 0.02)
    aligned = (a > 0) & (b > 0)
    if semantic is not None and np.isfinite(semantic[aligned]).all() and aligned.any():
        dist = np.minimum(np.nan_to_num(semantic, nan=1.5), 1.5)
        z = (_ENC_BIAS + _ENC_SIM * log_sim + _ENC_TYPICAL * log_typ + _ENC_LEN * lc
             + _ENC_SIZE * size + _ENC_DIST * dist)
    else:
        z = _BIAS + _SIM * log_sim + _TYPICAL * log_typ + _LEN * lc + _SIZE * size
    return np.where(aligned, 1.0 / (1.0 + np.exp(-z)), 0.0)


def confidence(n_src: int, n_tgt: int, length_cost: float, sim: float, typical: float,
               semantic: float | None = None) -> float:
    """:func:`confidences` of one bead."""
    return float(confidences(np.array([n_src]), np.array([n_tgt]), np.array([length_cost]),
                             np.array([sim]), typical,
                             None if semantic is None else np.array([semantic]))[0])

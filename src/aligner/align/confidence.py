"""Confidence of a bead: a logistic model of its evidence, fitted once on the DEV gold."""

from __future__ import annotations

import numpy as np

from aligner.align.features import FloatArray, IntArray

# Confidence = P(bead is right), a logistic model of the bead's evidence.  The four
# weights were fitted once (logistic regression) to whether each non-null bead of the
# DEV alignments in shared/bench/align is in the gold; in bins of predicted confidence
# the observed accuracy then matches (0.5-0.7: 0.58, 0.7-0.8: 0.80, 0.9-0.95: 0.93).
# They are global constants, the same for every language pair and document.
_CONF_BIAS, _CONF_SIM, _CONF_LEN, _CONF_SIZE = 2.62, 0.37, -0.89, -1.14


def confidences(a: IntArray, b: IntArray, length_cost: FloatArray, sim: FloatArray,
                typical: float) -> FloatArray:
    """Probability-like confidence in [0, 1] of each bead (0 for a null bead).

    Lexical similarity counts relative to the document's typical (median) bead, so a
    pair of languages with few shared words is not distrusted throughout.
    """
    rel = sim / typical if typical > 0 else np.ones(len(sim))
    z = (_CONF_BIAS + _CONF_SIM * np.log(rel + 0.05)
         + _CONF_LEN * np.minimum(length_cost, 5.0) + _CONF_SIZE * (a + b - 2))
    return np.where((a > 0) & (b > 0), 1.0 / (1.0 + np.exp(-z)), 0.0)


def confidence(n_src: int, n_tgt: int, length_cost: float, sim: float, typical: float) -> float:
    """:func:`confidences` of one bead."""
    return float(confidences(np.array([n_src]), np.array([n_tgt]), np.array([length_cost]),
                             np.array([sim]), typical)[0])

"""Confidence of a bead: a logistic model of its evidence, fitted once on the DEV gold."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from aligner.align.features import FloatArray, IntArray

# Confidence = P(bead is right), a logistic model of the bead's evidence: its lexical
# similarity, the document's typical (median) bead similarity, its length cost, its
# size (bigger beads are wrong more often), -- with the sentence encoder -- the
# encoder's distance of its sides relative to their typical distance to the other text
# (semantic.bead_distances) and -- with the minimum-Bayes-risk decoding -- the bead's
# posterior (below).  The document's typical similarity counts in its own right:
# two texts that are no translation of each other share little anywhere, and a model
# that saw each bead only against its own document's typical bead called every bead of
# such a pair as sure as a real one.  The weights are global constants, the same for
# every language pair and document, fitted once (logistic regression) to whether each
# aligned bead of the DEV alignments in shared/bench/align is in the gold, together with
# the beads of unrelated pairs made from the same texts (another document of the set,
# or windows of 3-12 lines of two documents; all wrong, weighted 0.1) and of short
# windows of real translations: `python benchmarks/confidence_fit.py` prints these
# weights (docs/alignment.md, step 5, has the measurements).
# Weights of (1, log similarity, log typical similarity, length cost, size) ...
WEIGHTS = np.array([6.292, 0.652, 1.314, -0.742, -1.088])
# ... and with the encoder, of the same and the encoder's distance, fitted on the beads
# of the pairs whose languages the encoder knows (the aligner scores the others with
# WEIGHTS: aligner._beads, encoder.knows) as the best path gave them (before the
# minimum-Bayes-risk decoding; now for AlignOptions(mbr=False)) ...
ENCODER_WEIGHTS = np.array([6.317, -0.056, 0.933, -0.519, -1.025, -3.834])
# With the minimum-Bayes-risk decoding (the aligner's default with the encoder) the
# bead's posterior adds POSTERIOR_WEIGHT x log(posterior + 0.02) to that model: at most
# +0.03 for a bead every likely path has, much less for one the paths are torn over.  A
# posterior is relative to the other paths through the same pair -- the beads of two
# unrelated five-line texts paired line by line are near 1 -- so it may lower the
# confidence but not raise it; its one weight is fitted with the others held fixed, on
# the beads the decoding keeps.
POSTERIOR_WEIGHT = 1.375
DECODED_WEIGHTS = np.append(ENCODER_WEIGHTS, POSTERIOR_WEIGHT)
# A short document's typical similarity says little: under ten confident beads no
# lexicon is learned (lexicon.learn_lexicon), so its beads share only names, numbers and
# cognates, and its median similarity sits far below a long translation's -- as low as
# an unrelated pair's (MAC's right beads: 0.52 on average in pieces of 5-10 sentences,
# 0.77 in the whole chapters).  With the encoder's distances, which do not depend on the
# length, the median is shrunk (typical_similarity) as if TYPICAL_PRIOR_WEIGHT more
# beads were there at TYPICAL_PRIOR -- the median similarity of a whole DEV translation
# (0.13-0.16 over the other sets' documents) -- times how close the encoder puts the
# document's beads: all of it at a median distance of RELATED_DISTANCE[0] or less (a
# translation's beads: 0.4-0.6), none at RELATED_DISTANCE[1] or more (unrelated
# sentences: about 1), so an unrelated short pair is shrunk towards 0 and stays
# untrusted.  Without the encoder nothing else tells a short translation from an
# unrelated text, and the plain median stays.  (benchmarks/confidence_length.py;
# docs/alignment.md, step 5.)
TYPICAL_PRIOR = 0.14
TYPICAL_PRIOR_WEIGHT = 10.0
RELATED_DISTANCE = (0.6, 0.9)


def features(a: IntArray, b: IntArray, length_cost: FloatArray, sim: FloatArray,
             typical: float, semantic: FloatArray | None = None,
             posterior: FloatArray | None = None) -> FloatArray:
    """The model's inputs, one row a bead: 1, log similarity, log typical similarity,
    length cost (at most 5), size (sentences beyond two), -- when ``semantic`` is
    given -- the encoder's distance (at most 1.5; NaN, a null bead's, counts as 1.5)
    and -- when ``posterior`` is given too -- the log of the decoding's posterior plus
    0.02 (NaN, a null bead's, counts as 0)."""
    cols = [np.ones(len(a)), np.log(np.maximum(sim, 0.0) + 0.02),
            np.full(len(a), np.log(max(typical, 0.0) + 0.02)),
            np.minimum(length_cost, 5.0), (a + b - 2).astype(np.float64)]
    if semantic is not None:
        cols.append(np.minimum(np.nan_to_num(semantic, nan=1.5), 1.5))
        if posterior is not None:
            cols.append(np.log(np.clip(np.nan_to_num(posterior, nan=0.0), 0.0, 1.0) + 0.02))
    return np.column_stack(cols)


def _usable(x: FloatArray | None, aligned: npt.NDArray[np.bool_]) -> bool:
    return x is not None and bool(aligned.any()) and bool(np.isfinite(x[aligned]).all())


def typical_similarity(a: IntArray, b: IntArray, sim: FloatArray,
                       semantic: FloatArray | None = None) -> float:
    """The document's typical similarity, the ``typical`` of :func:`confidences`: the
    median similarity of its aligned beads -- with the encoder's distances
    (``semantic``, usable as :func:`confidences` reads them), shrunk towards
    ``TYPICAL_PRIOR`` times the encoder's relatedness of the document, as if
    ``TYPICAL_PRIOR_WEIGHT`` more beads were there (see above); 0 without aligned beads."""
    aligned = (a > 0) & (b > 0)
    n = int(aligned.sum())
    if n == 0:
        return 0.0
    median = float(np.median(sim[aligned]))
    if semantic is None or not _usable(semantic, aligned):
        return median
    near, far = RELATED_DISTANCE
    distance = float(np.median(semantic[aligned]))
    related = min(1.0, max(0.0, (far - distance) / (far - near)))
    prior = TYPICAL_PRIOR * related
    return (TYPICAL_PRIOR_WEIGHT * prior + n * median) / (TYPICAL_PRIOR_WEIGHT + n)


def confidences(a: IntArray, b: IntArray, length_cost: FloatArray, sim: FloatArray,
                typical: float, semantic: FloatArray | None = None,
                posterior: FloatArray | None = None) -> FloatArray:
    """Probability-like confidence in [0, 1] of each bead (0 for a null bead).

    ``typical`` is the document's typical lexical similarity (:func:`typical_similarity`);
    ``semantic`` the encoder's relative distance of each bead (NaN or None without
    the encoder); ``posterior`` each bead's posterior under the minimum-Bayes-risk
    decoding (NaN or None where it did not run), which counts only with ``semantic``.
    """
    aligned = (a > 0) & (b > 0)
    if not _usable(semantic, aligned):
        semantic = posterior = None  # no encoder
    elif not _usable(posterior, aligned):
        posterior = None  # no decoding
    weights = (WEIGHTS if semantic is None else ENCODER_WEIGHTS if posterior is None
               else DECODED_WEIGHTS)
    z = features(a, b, length_cost, sim, typical, semantic, posterior) @ weights
    return np.where(aligned, 1.0 / (1.0 + np.exp(-z)), 0.0)


def confidence(n_src: int, n_tgt: int, length_cost: float, sim: float, typical: float,
               semantic: float | None = None, posterior: float | None = None) -> float:
    """:func:`confidences` of one bead."""
    return float(confidences(np.array([n_src]), np.array([n_tgt]), np.array([length_cost]),
                             np.array([sim]), typical,
                             None if semantic is None else np.array([semantic]),
                             None if posterior is None else np.array([posterior]))[0])

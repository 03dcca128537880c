"""A bead's confidence: evidence that a pair is no translation lowers it."""

from __future__ import annotations

import statistics

import numpy as np
import pytest

from aligner.align import AlignOptions, align_sentences
from aligner.align import encoder as encmod
from aligner.align.confidence import confidence, typical_similarity

needs_use = pytest.mark.skipif(encmod.use_model_dir() is None,
                               reason="the optional extra aligner[neural] is not installed")

# Written for this test: five Spanish lines of a recipe, their English translation
# (no shared names, numbers or cognates worth the name), and five English lines
# about a football match -- the same number of lines and lengths alike, so lengths
# alone pair them as confidently as the translation.
ES = ["Primero se lava el arroz con agua fría.",
      "Después se corta la cebolla en trozos pequeños.",
      "La cebolla se dora en aceite durante cinco minutos.",
      "Se añade el arroz y se remueve sin parar.",
      "Al final se sirve caliente con un poco de perejil."]
EN = ["First the rice is washed with cold water.",
      "Then the onion is cut into small pieces.",
      "The onion is browned in oil for five minutes.",
      "The rice is added and stirred without stopping.",
      "At the end it is served hot with a little parsley."]
UNRELATED = ["The visitors scored early in the second half.",
             "Their goalkeeper kept the lead until the final whistle.",
             "Thousands of fans sang in the rain outside the stadium.",
             "The coach thanked the players after the match.",
             "Next week the team travels north for the cup game."]


def _scores(tgt: list[str], encoder: str) -> list[float]:
    al = align_sentences(ES, tgt, src_lang="es", tgt_lang="en",
                         options=AlignOptions(encoder=encoder))
    return [b.score for b in al.beads if b.src and b.tgt]


@needs_use
def test_with_the_encoder_an_unrelated_short_pair_is_not_trusted() -> None:
    right, wrong = _scores(EN, "use"), _scores(UNRELATED, "use")
    assert len(right) == len(wrong) == 5  # both paired line by line
    # the default --min-confidence (check) and --low-confidence (review) is 0.5
    assert max(wrong) < 0.5 < 0.7 <= min(right)


def test_without_the_encoder_beads_with_no_shared_evidence_are_not_trusted() -> None:
    # nothing on the surface tells these pairs from a translation: no bead is sure
    assert max(_scores(UNRELATED, "none")) < 0.5


@needs_use
def test_beads_carry_the_encoders_distance_as_a_signal() -> None:
    al = align_sentences(ES, EN, src_lang="es", tgt_lang="en",
                         options=AlignOptions(encoder="use"))
    distances = [b.signals["semantic_vs_typical"] for b in al.beads]
    assert all(0.0 <= d < 1.0 for d in distances)  # closer than unrelated sentences
    none = align_sentences(ES, EN, src_lang="es", tgt_lang="en",
                           options=AlignOptions(encoder="none"))
    assert all("semantic_vs_typical" not in b.signals for b in none.beads)


def test_confidence_follows_the_evidence() -> None:
    assert confidence(1, 0, 0.0, 0.0, 0.3) == 0.0  # a null bead has no confidence
    base = confidence(1, 1, 0.1, 0.3, 0.3)
    assert confidence(1, 1, 0.1, 0.6, 0.3) > base  # more shared evidence
    assert confidence(1, 1, 0.1, 0.3, 0.05) < base  # a document that shares little
    assert confidence(1, 1, 2.0, 0.3, 0.3) < base  # lengths that do not fit
    assert confidence(2, 2, 0.1, 0.3, 0.3) < confidence(1, 2, 0.1, 0.3, 0.3) < base
    assert 0.0 < confidence(3, 1, 5.0, 0.0, 0.3) < 0.5 < base < 1.0
    # the encoder's distance: near 0 for a close translation, about 1 for unrelated sides
    close, far = confidence(1, 1, 0.1, 0.3, 0.3, 0.3), confidence(1, 1, 0.1, 0.3, 0.3, 1.0)
    assert far < close
    # the decoding's posterior: a bead most paths agree on is trusted more
    sure, torn = (confidence(1, 1, 0.1, 0.3, 0.3, 0.5, 0.95),
                  confidence(1, 1, 0.1, 0.3, 0.3, 0.5, 0.4))
    assert torn < sure
    # ... but a certain one is trusted no more than without the decoding: two unrelated
    # texts paired line by line have posteriors near 1 too (nothing fits them better)
    assert confidence(1, 1, 0.1, 0.3, 0.3, 0.5) <= confidence(1, 1, 0.1, 0.3, 0.3, 0.5, 1.0)
    assert confidence(1, 1, 0.1, 0.3, 0.3, 0.5, 1.0) <= confidence(1, 1, 0.1, 0.3, 0.3, 0.5) + 0.01
    # without the encoder's distance the posterior does not count (no model has it alone)
    assert confidence(1, 1, 0.1, 0.3, 0.3, None, 0.95) == base


@needs_use
def test_beads_carry_the_decodings_posterior_as_a_signal() -> None:
    al = align_sentences(ES, EN, src_lang="es", tgt_lang="en",
                         options=AlignOptions(encoder="use"))
    posteriors = [b.signals["posterior"] for b in al.beads]
    assert all(0.5 < q <= 1.0 for q in posteriors)  # the decoding keeps what it expects right
    # the confidence is the model with the posterior's
    typical = typical_similarity(
        np.array([len(b.src) for b in al.beads]), np.array([len(b.tgt) for b in al.beads]),
        np.array([b.signals["lexical"] for b in al.beads]),
        np.array([b.signals["semantic_vs_typical"] for b in al.beads]))
    for b in al.beads:
        sig = b.signals
        assert b.score == pytest.approx(confidence(
            len(b.src), len(b.tgt), sig["length_cost"], sig["lexical"], typical,
            sig["semantic_vs_typical"], sig["posterior"]), abs=1e-4)
    # the best path, without the decoding, has no posterior: the model without it
    best = align_sentences(ES, EN, src_lang="es", tgt_lang="en",
                           options=AlignOptions(encoder="use", mbr=False))
    assert all("posterior" not in b.signals for b in best.beads)
    none = align_sentences(ES, EN, src_lang="es", tgt_lang="en",
                           options=AlignOptions(encoder="none"))
    assert all("posterior" not in b.signals for b in none.beads)


@needs_use
def test_one_sentence_and_its_translation_is_trusted() -> None:
    # the typical distance to the other side is shrunk towards the model's distance to
    # unrelated sentences: with one sentence a side the mean over the other side is the
    # translation itself, which made the pair look as far as an unrelated one (0.36
    # without the shrinkage)
    al = align_sentences([ES[0]], [EN[0]], src_lang="es", tgt_lang="en",
                         options=AlignOptions(encoder="use"))
    ((bead_src, bead_tgt, score),) = [(b.src, b.tgt, b.score) for b in al.beads]
    assert (bead_src, bead_tgt) == ((0,), (0,))
    assert score >= 0.8


def test_the_typical_distance_counts_the_prior_as_prior_weight_sentences() -> None:
    import numpy as np

    from aligner.align.semantic import PRIOR_DISTANCE, PRIOR_WEIGHT, typical_distances

    e = np.array([[1.0, 0.0], [0.0, 1.0]])
    other = np.array([[1.0, 0.0]])  # e[0] is at distance 0 from it, e[1] at distance 1
    got = typical_distances(e, other, PRIOR_WEIGHT)
    want = [(PRIOR_WEIGHT * PRIOR_DISTANCE + d) / (PRIOR_WEIGHT + 1) for d in (0.0, 1.0)]
    assert np.allclose(got, want)
    many = np.tile(other, (10_000, 1))  # a long other side: the prior hardly counts
    assert np.allclose(typical_distances(e, many, PRIOR_WEIGHT), [0.0, 1.0], atol=1e-2)


@pytest.mark.parametrize(("lang", "known"), [
    ("es", True), ("pt-BR", True), ("zh_Hant", True), ("ZH", True), ("is", False),
    ("ca", False), ("", False),
])
def test_the_encoders_languages(lang: str, known: bool) -> None:
    assert encmod.knows(lang) is known


@needs_use
def test_outside_the_encoders_languages_the_confidence_leaves_its_distance_out() -> None:
    def beads(tgt_lang: str) -> list[tuple[tuple[int, ...], tuple[int, ...], float, dict]]:
        al = align_sentences(ES, EN, src_lang="es", tgt_lang=tgt_lang,
                             options=AlignOptions(encoder="use"))
        return [(b.src, b.tgt, b.score, b.signals) for b in al.beads]

    # the same lines declared as English and as Icelandic, which the model does not know:
    # the same beads, and the same signals, encoder's distance included ...
    known, unknown = beads("en"), beads("is")
    assert [(s, t, sig) for s, t, _, sig in known] == [(s, t, sig) for s, t, _, sig in unknown]
    # ... but the Icelandic beads are scored by the model without the encoder
    typical = statistics.median(sig["lexical"] for *_, sig in unknown)
    for s, t, score, sig in unknown:
        assert score == pytest.approx(
            confidence(len(s), len(t), sig["length_cost"], sig["lexical"], typical), abs=1e-4)
        assert score != pytest.approx(
            confidence(len(s), len(t), sig["length_cost"], sig["lexical"], typical,
                       sig["semantic_vs_typical"]), abs=1e-3)


def test_a_short_documents_typical_similarity_is_shrunk_with_the_encoder_only() -> None:
    a = np.array([1, 1, 1, 1, 1, 0])
    b = np.array([1, 1, 1, 1, 1, 1])
    sim = np.array([0.0, 0.0, 0.1, 0.1, 0.1, 0.0])  # median of the aligned five: 0.1
    # without the encoder's distances: the plain median of the aligned beads
    assert typical_similarity(a, b, sim) == pytest.approx(0.1)
    # beads as close as a translation's (median 0.5): ten more beads at 0.14
    close = np.array([0.4, 0.5, 0.5, 0.6, 0.3, np.nan])
    assert typical_similarity(a, b, sim, close) == pytest.approx((10 * 0.14 + 5 * 0.1) / 15)
    # as far as unrelated sentences (median 0.95): ten more beads at 0
    far = np.array([0.95, 0.9, 1.0, 0.95, 1.1, np.nan])
    assert typical_similarity(a, b, sim, far) == pytest.approx(5 * 0.1 / 15)
    # halfway (median 0.75): the prior at half of 0.14
    half = np.array([0.75, 0.7, 0.8, 0.75, 0.75, np.nan])
    assert typical_similarity(a, b, sim, half) == pytest.approx((10 * 0.07 + 5 * 0.1) / 15)
    # a long document: the prior hardly counts
    n = 2000
    assert typical_similarity(np.ones(n, dtype=np.int64), np.ones(n, dtype=np.int64),
                              np.full(n, 0.3), np.full(n, 0.5)) == pytest.approx(0.3, abs=0.001)
    assert typical_similarity(np.array([0]), np.array([1]), np.array([0.0])) == 0.0


@needs_use
def test_a_short_translation_is_trusted_as_a_long_one() -> None:
    # five lines share no lexicon (none is learned under ten sure beads) and little else:
    # the plain median similarity, as low as an unrelated pair's, gave them 0.84-0.88
    right, wrong = _scores(EN, "use"), _scores(UNRELATED, "use")
    assert min(right) >= 0.9
    assert max(wrong) < 0.5  # the encoder still calls the unrelated pair unrelated

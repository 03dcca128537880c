from __future__ import annotations

import multiprocessing as mp
import os
import random
import string
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aligner.align.aligner as aligner_module
from aligner.align import AlignOptions, Evidence, align_sentences, parallel
from aligner.align.beadfile import check_coverage
from aligner.align.cuts import find_cuts
from aligner.errors import ResourceError

ES = [
    "El 4 de septiembre de 1970, Salvador Allende fue electo presidente de Chile.",
    "La elección fue un terremoto político.",
    "En 1969 hubo 977 huelgas, y en 1972 hubo 3.526.",
    "Los cordones industriales reunieron a unos cien mil trabajadores.",
    "El tanquetazo del 29 de junio fue sofocado por el alto mando.",
    "Allende se refugió en La Moneda.",
]
EN = [
    "On September 4, 1970, Salvador Allende was elected president of Chile.",
    "The election was a political earthquake.",
    "In 1969, there were 977 strikes, while in 1972 there were 3,526.",
    "The cordones industriales brought together about one hundred thousand workers.",
    "The tanquetazo of June 29 was put down by the high command.",
    "Allende escaped to La Moneda.",
]


def pairs(alignment):  # type: ignore[no-untyped-def]
    return [(b.src, b.tgt) for b in alignment.beads]


def test_parallel_sentences_align_one_to_one() -> None:
    al = align_sentences(ES, EN, src_lang="es", tgt_lang="en")
    assert pairs(al) == [((i,), (i,)) for i in range(6)]
    assert all(0.5 < b.score <= 1.0 for b in al.beads)


def test_split_sentence_becomes_one_to_two() -> None:
    en = [*EN[:2], "In 1969, there were 977 strikes.", "In 1972 there were 3,526.", *EN[3:]]
    al = align_sentences(ES, en, src_lang="es", tgt_lang="en")
    assert ((2,), (2, 3)) in pairs(al)


# One sentence of the Spanish, five of the English: a 1-5 bead (the largest kind with
# 5-1 and 3-3; before they were kinds, the five came out as a 1-4 bead and a null bead).
STRIKES_ES = ("En 1973 hubo 977 huelgas en Santiago, 412 en Valparaíso, 208 en Concepción, "
              "95 en Antofagasta y 61 en Temuco.")
STRIKES_EN = ["In 1973 there were 977 strikes in Santiago.", "Valparaíso had 412.",
              "Concepción had 208.", "Antofagasta had 95.", "Temuco had 61."]


@pytest.mark.parametrize("encoder", ["none", "auto"])
def test_one_sentence_translated_by_five_is_one_bead(encoder: str) -> None:
    opts = AlignOptions(encoder=encoder)
    es = [*ES[:2], STRIKES_ES, *ES[2:]]
    en = [*EN[:2], *STRIKES_EN, *EN[2:]]
    assert pairs(align_sentences(es, en, src_lang="es", tgt_lang="en", options=opts)) == [
        ((0,), (0,)), ((1,), (1,)), ((2,), (2, 3, 4, 5, 6)),
        *[((i,), (i + 4,)) for i in range(3, 7)]]
    # and the other way round: five sentences of the source, one of the target
    assert pairs(align_sentences(en, es, src_lang="en", tgt_lang="es", options=opts)) == [
        ((0,), (0,)), ((1,), (1,)), ((2, 3, 4, 5, 6), (2,)),
        *[((i + 4,), (i,)) for i in range(3, 7)]]


def test_the_last_pass_decodes_by_minimum_bayes_risk_with_the_encoder_only(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/alignment.md step 8: with the encoder the last of the two passes keeps the
    minimum-Bayes-risk path; without it, or with ``mbr`` off, both keep the cheapest."""
    asked: list[object] = []
    real = aligner_module.banded_dp

    def spy(*args: object, **kwargs: object) -> object:
        asked.append(kwargs.get("mbr"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(aligner_module, "banded_dp", spy)
    default = AlignOptions()
    for opts, expected in ((AlignOptions(encoder="use"),
                            [None, (default.mbr_temperature, default.mbr_threshold)]),
                           (AlignOptions(encoder="none"), [None, None]),
                           (AlignOptions(encoder="use", mbr=False), [None, None])):
        asked.clear()
        al = align_sentences(ES, EN, src_lang="es", tgt_lang="en", options=opts)
        assert asked == expected, opts
        assert pairs(al) == [((i,), (i,)) for i in range(6)]


# A Spanish sentence that a splitter cut inside its brackets (at the colon), and an
# English translation that ends its first sentence elsewhere: the two Spanish lines are
# one sentence, so the correspondence is 2-2.
WINN_ES = ["Lo cuenta Peter Winn ( « Weavers of Revolution » , Nueva York :",
           "Oxford 1986 ) , con mucho detalle y con testimonios de los obreros de Yarur ."]
WINN_EN = ["Peter Winn tells it (Weavers of Revolution, New York: Oxford, 1986).",
           "He gives much detail and the testimony of the Yarur workers."]


@pytest.mark.parametrize("encoder", ["none", "auto"])
def test_a_sentence_split_inside_its_brackets_stays_in_one_bead(encoder: str) -> None:
    es, en = [*ES[:2], *WINN_ES, *ES[2:]], [*EN[:2], *WINN_EN, *EN[2:]]
    got = pairs(align_sentences(es, en, src_lang="es", tgt_lang="en",
                                options=AlignOptions(encoder=encoder)))
    assert got == [((0,), (0,)), ((1,), (1,)), ((2, 3), (2, 3)),
                   *[((i,), (i,)) for i in range(4, 8)]]
    # without the continuation bonus (and the encoder's crossing cost, which also sees
    # that the second Spanish line's clause belongs with the first English sentence),
    # two 1-1 beads, each half wrong
    without = pairs(align_sentences(es, en, src_lang="es", tgt_lang="en",
                                    options=AlignOptions(encoder=encoder, cont_bonus=0.0,
                                                         enc_cross=0.0)))
    assert ((2,), (2,)) in without and ((3,), (3,)) in without


def test_inserted_material_is_left_unaligned() -> None:
    chrome = ["Facebook Instagram Twitter YouTube", "Get your copy of Left Voice magazine.",
              "Illustration: Luigi Morris"]
    en = [*EN[:3], *chrome, *EN[3:]]
    al = align_sentences(ES, en, src_lang="es", tgt_lang="en")
    got = pairs(al)
    for j in (3, 4, 5):
        assert ((), (j,)) in got
    assert ((3,), (6,)) in got


def test_one_side_empty_gives_null_beads() -> None:
    al = align_sentences(ES, [], src_lang="es", tgt_lang="en")
    assert pairs(al) == [((i,), ()) for i in range(6)]
    al = align_sentences([], EN[:2], src_lang="es", tgt_lang="en")
    assert pairs(al) == [((), (0,)), ((), (1,))]


def test_machine_translation_evidence_is_used() -> None:
    # Without shared words the order of two equally long sentences is ambiguous;
    # the MT of the source settles it.
    src = ["Aaaa bbbb cccc dddd eeee.", "Ffff gggg hhhh iiii jjjj.", "Kkkk llll mmmm nnnn."]
    tgt = ["The red house stands here.", "A blue river flows there.", "Green trees grow."]
    mt = ["The red house stands here.", "A blue river flows there.", "Green trees grow."]
    al = align_sentences(src, tgt, src_lang="xx", tgt_lang="en", evidence=Evidence(src_mt=mt))
    assert pairs(al) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    assert al.settings["evidence"] == "mt"


def test_chinese_is_cut_into_characters() -> None:
    src = ["我在1970年去了北京。", "他说：“你好！”", "第三句话很长，有很多字，但是没有数字。"]
    tgt = ["In 1970 I went to Beijing.", "He said: “Hello!”",
           "The third sentence is long, with many characters but no numbers."]
    al = align_sentences(src, tgt, src_lang="zh", tgt_lang="en")
    assert pairs(al) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_signals_explain_each_bead() -> None:
    al = align_sentences(ES, EN, src_lang="es", tgt_lang="en")
    for bead in al.beads:
        assert set(bead.signals) >= {"length_cost", "lexical"}


_words = st.text(alphabet=string.ascii_letters + "áéñ0123456789 .,?!", min_size=0, max_size=60)


@settings(max_examples=60, deadline=None)
@given(st.lists(_words, max_size=25), st.lists(_words, max_size=25))
def test_beads_are_monotone_and_cover_every_sentence_once(src: list[str],
                                                          tgt: list[str]) -> None:
    al = align_sentences(src, tgt, src_lang="es", tgt_lang="en")
    assert check_coverage(pairs(al), len(src), len(tgt)) == []
    for bead in al.beads:
        assert bead.src or bead.tgt
        assert 0.0 <= bead.score <= 1.0


def test_long_unaligned_run_and_size_mismatch() -> None:
    rng = random.Random(7)
    base = [f"Sentence {k} mentions Name{k} and the number {k * 37}." for k in range(60)]
    noise = ["".join(rng.choice(string.ascii_lowercase + " ") for _ in range(40))
             for _ in range(40)]
    tgt = [*base[:30], *noise, *base[30:]]
    al = align_sentences(base, tgt, src_lang="en", tgt_lang="en")
    got = pairs(al)
    assert check_coverage(got, len(base), len(tgt)) == []
    assert ((30,), (70,)) in got
    assert sum(1 for s, t in got if not s) >= 35


@settings(max_examples=40, deadline=None)
@given(st.lists(_words, max_size=40), st.lists(_words, max_size=40), st.integers(1, 8))
def test_segmented_alignment_covers_every_sentence_once(src: list[str], tgt: list[str],
                                                        window: int) -> None:
    opts = AlignOptions(segment=window, cut_block=3, cut_search=6)
    al = align_sentences(src, tgt, src_lang="es", tgt_lang="en", options=opts)
    assert check_coverage(pairs(al), len(src), len(tgt)) == []


def test_segments_find_the_same_beads_on_a_clean_parallel_text() -> None:
    base = [f"Sentence {k} mentions Name{k} and the number {k * 37}." for k in range(300)]
    tgt = [*base[:100], "An extra line.", *base[100:200],
           f"{base[200]} {base[201]}", *base[202:]]
    whole = pairs(align_sentences(base, tgt, src_lang="en", tgt_lang="en"))
    opts = AlignOptions(segment=60)
    windowed = pairs(align_sentences(base, tgt, src_lang="en", tgt_lang="en", options=opts))
    assert windowed == whole
    assert ((), (100,)) in windowed and ((200, 201), (201,)) in windowed


def test_cuts_fall_on_the_true_path() -> None:
    base = [f"Sentence {k} mentions Name{k} and the number {k * 37}." for k in range(400)]
    tgt = [*base[:100], "An extra line.", *base[100:]]
    opts = AlignOptions(segment=60, cut_block=10, cut_search=30)
    cuts = list(find_cuts(base, tgt, opts))
    assert cuts[0] == (0, 0) and cuts[-1] == (400, 401)
    assert len(cuts) >= 6  # one about every 60 source sentences
    for i, j in cuts[1:-1]:
        assert j == (i if i < 100 else i + 1) or (i, j) == (100, 100)


def test_segments_pass_on_evidence_and_paragraphs() -> None:
    src = [f"Satz {k} nennt Name{k} und die Zahl {k * 37}." for k in range(300)]
    tgt = [f"Phrase {k} cite Name{k} et le nombre {k * 37}." for k in range(300)]
    mt = [f"Phrase {k} cite Name{k} et le nombre {k * 37}." for k in range(300)]
    pars = frozenset(range(0, 300, 7))
    kwargs = {"src_lang": "de", "tgt_lang": "fr", "src_paragraph_starts": pars,
              "tgt_paragraph_starts": pars, "evidence": Evidence(src_mt=mt)}
    whole = pairs(align_sentences(src, tgt, **kwargs))  # type: ignore[arg-type]
    stages: list[float] = []
    segmented = align_sentences(src, tgt, options=AlignOptions(segment=60),
                                progress=lambda _s, frac: stages.append(frac),
                                **kwargs)  # type: ignore[arg-type]
    assert pairs(segmented) == whole == [((k,), (k,)) for k in range(300)]
    assert stages and stages[-1] == 1.0 and stages == sorted(stages)


def _segmented_bead_count(_: int) -> int:
    base = [f"Sentence {k} mentions Name{k} and the number {k * 37}." for k in range(300)]
    al = align_sentences(base, base, src_lang="en", tgt_lang="en",
                         options=AlignOptions(segment=60))
    return len(al.beads)


def test_segments_are_aligned_inside_a_pool_worker_too() -> None:
    """A daemonic worker may not start processes: the segments run one after another."""
    _needs_fork()
    with mp.get_context("fork").Pool(1) as pool:
        assert pool.map(_segmented_bead_count, [0]) == [300]


def _needs_fork() -> None:
    if "fork" not in mp.get_all_start_methods():
        pytest.skip("needs the fork start method")


def _forks_here() -> None:
    """For a test of what forked workers do in this process: with another thread
    running (a browser or web-app test's, when those run before this one)
    the segments run in this process, as they must (parallel.in_order), and a worker
    that dies would take the test run with it."""
    _needs_fork()
    if threading.active_count() > 1:
        pytest.skip("other threads run in this process (a browser or web-app test's): the aligner "
                    "does not fork here")


def test_forked_segments_come_back_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    _needs_fork()
    base = [f"Sentence {k} mentions Name{k} and the number {k * 37}." for k in range(400)]
    tgt = [*base[:150], "An extra line.", *base[150:]]
    whole = pairs(align_sentences(base, tgt, src_lang="en", tgt_lang="en"))
    monkeypatch.setattr(parallel, "workers", lambda: 3)  # more workers than cores
    done: list[float] = []
    forked = align_sentences(base, tgt, src_lang="en", tgt_lang="en",
                             options=AlignOptions(segment=50),
                             progress=lambda _s, frac: done.append(frac))
    assert pairs(forked) == whole
    assert len(done) >= 8 and done == sorted(done)


def test_a_failing_worker_names_its_segment(monkeypatch: pytest.MonkeyPatch) -> None:
    _forks_here()
    base = [f"Sentence {k} mentions Name{k} and the number {k * 37}." for k in range(300)]
    real = aligner_module._align_segment

    def fail_late(job, bounds):  # type: ignore[no-untyped-def]
        if bounds[0] >= 120:
            raise ValueError("no memory left")
        return real(job, bounds)

    monkeypatch.setattr(parallel, "workers", lambda: 2)
    monkeypatch.setattr(aligner_module, "_align_segment", fail_late)
    with pytest.raises(RuntimeError, match=r"(?s)source sentences 1\d\d-\d+ failed in a "
                                           r"worker process:.*ValueError: no memory left"):
        align_sentences(base, base, src_lang="en", tgt_lang="en",
                        options=AlignOptions(segment=60))


def test_a_worker_that_dies_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    _forks_here()
    base = [f"Sentence {k} mentions Name{k} and the number {k * 37}." for k in range(300)]

    align_segment = aligner_module._align_segment

    def die(job, bounds):  # type: ignore[no-untyped-def]
        # the first segment's worker dies; the others align (when every worker died,
        # which one's death was reported first was the scheduler's choice under load)
        if bounds[0] == 0:
            os._exit(3)
        return align_segment(job, bounds)

    monkeypatch.setattr(parallel, "workers", lambda: 2)
    monkeypatch.setattr(aligner_module, "_align_segment", die)
    with pytest.raises(ResourceError, match=r"aligning source sentences 0-59 exited \(3\)"):
        align_sentences(base, base, src_lang="en", tgt_lang="en",
                        options=AlignOptions(segment=60))


def test_output_buffered_before_the_children_start_is_written_once() -> None:
    _needs_fork()
    import subprocess
    import sys

    script = (
        "import aligner.align.parallel as m\n"
        "from aligner.align import AlignOptions, align_sentences\n"
        "m.workers = lambda: 2\n"
        "print('before aligning', end='')\n"  # stays in the pipe's buffer
        "s = [f'Sentence {k} names Name{k} and {k * 37}.' for k in range(300)]\n"
        "a = align_sentences(s, s, src_lang='en', tgt_lang='en',"
        " options=AlignOptions(segment=60))\n"
        "print(' beads', len(a.beads))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout
    assert out == "before aligning beads 300\n"


def test_segments_run_one_after_another_while_other_threads_run(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    def no_fork(*_args):  # type: ignore[no-untyped-def]
        raise AssertionError("forked while another thread was running")

    monkeypatch.setattr(parallel, "workers", lambda: 2)
    monkeypatch.setattr(parallel, "forked", no_fork)
    base = [f"Sentence {k} mentions Name{k} and the number {k * 37}." for k in range(300)]
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        al = align_sentences(base, base, src_lang="en", tgt_lang="en",
                             options=AlignOptions(segment=60))
    finally:
        stop.set()
        other.join()
    assert pairs(al) == [((k,), (k,)) for k in range(300)]


def test_lexicon_learns_each_word_s_translation_both_ways() -> None:
    """On invented languages whose words translate one to one (the target sentence
    shuffles the translations), the learned tables find every translation."""
    import numpy as np

    from aligner.align.lexicon import learn_lexicon
    from aligner.align.path import BeadPath
    from aligner.align.problem import build_inputs

    rng = random.Random(7)
    src_words = ["".join(rng.choices("bdfgklmnprstvz", k=2)) + v for v in "aeiou" * 3]
    translation = {w: "q" + w[::-1] + "x" for w in src_words}
    src, tgt = [], []
    for _ in range(80):
        words = rng.sample(src_words, 5)
        src.append(" ".join(words))
        tgt.append(" ".join(rng.sample([translation[w] for w in words], 5)))
    opts = AlignOptions()
    inp = build_inputs(src, tgt, None, None, Evidence(), opts)
    ones = np.ones(len(src), dtype=np.int64)
    ramp = np.arange(len(src), dtype=np.int64)
    path = BeadPath(ones, ones, ramp, ramp, np.zeros(len(src)), np.ones(len(src)),
                    np.ones(len(src)), np.zeros(len(src)), np.full(len(src), np.nan))
    lexicon = learn_lexicon(inp.src.tok, inp.tgt.tok, path, opts)
    assert lexicon is not None
    s_vocab, t_vocab = inp.src.tok.vocab, inp.tgt.tok.vocab
    for w in set(src_words):
        s, t = s_vocab.ids[w], t_vocab.ids[translation[w]]
        fwd = lexicon.forward
        best = fwd.ids[fwd.ptr[s] + np.argmax(fwd.values[fwd.ptr[s]:fwd.ptr[s + 1]])]
        assert best == t, w
        bwd = lexicon.backward
        back = bwd.ids[bwd.ptr[t] + np.argmax(bwd.values[bwd.ptr[t]:bwd.ptr[t + 1]])]
        assert back == s, w


def test_a_run_of_captions_is_left_unaligned_as_one_event() -> None:
    """Twelve short captions inserted on one side: every one is a null bead, and the
    sentences around them stay aligned one to one."""
    captions = [f"Foto {k}: Gipfel" for k in range(12)]
    en = [*EN[:3], *captions, *EN[3:]]
    al = align_sentences(ES, en, src_lang="es", tgt_lang="en")
    got = pairs(al)
    assert [((), (j,)) for j in range(3, 15)] == [p for p in got if not p[0]]
    assert ((3,), (15,)) in got and ((2,), (2,)) in got


@pytest.mark.parametrize("extra", ["Share this article.", "(Our translation.)",
                                   "Photo: Luigi Morris", "Facebook Twitter Share"])
@pytest.mark.parametrize("where", [3, 4])
def test_an_unrelated_line_does_not_ride_into_a_neighbouring_bead(extra: str,
                                                                  where: int) -> None:
    """Site chrome between two translated sentences stays unaligned: a member of a
    bead is charged by its own support, not by its neighbour's (with that charge off,
    six of these eight are glued onto a neighbour)."""
    en = [*EN[:where], extra, *EN[where:]]
    al = align_sentences(ES, en, src_lang="es", tgt_lang="en",
                         options=AlignOptions(null_run_discount=0.0))
    assert ((), (where,)) in pairs(al)

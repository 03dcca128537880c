"""Sentence features: folding, tokens, cognate keys, skeletons, idf weighting."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.align.features import (
    Csr,
    Vocabulary,
    assemble,
    fold_text,
    key_of,
    skeleton,
    skeletons,
    sorted_runs,
    tokenize,
    unique_counts,
    weight_rows,
    word_keys,
)


def test_fold_text_lowercases_strips_accents_and_unifies_forms() -> None:
    assert fold_text("Tótoro ÉLAN") == "totoro elan"
    assert fold_text("Ｆｕｌｌ ﬁne") == "full fine"  # full-width letters, a ligature
    assert fold_text("Danmörk Þór") == "danmork þor"  # þ has no accent to strip
    assert fold_text("plain ascii") == "plain ascii"
    assert fold_text("北京") == "北京"


def _tokens(side_sentences: list[str], chunk: int) -> list[list[str]]:
    tok = tokenize(side_sentences, chunk=chunk)
    return [[tok.vocab.names[k] for k in tok.ids[tok.ptr[i]:tok.ptr[i + 1]]]
            for i in range(len(side_sentences))]


def test_tokens_numbers_punctuation_and_characters() -> None:
    got = _tokens(["¿Dónde está 3.526?", "北京欢迎你", ""], chunk=10)
    assert got == [["donde", "esta", "3.526", "?"], ["北", "京", "欢", "迎", "你"], []]


_sentence = st.text(alphabet="abcÁé 12.,?\x00\n北", max_size=30)


@settings(max_examples=60, deadline=None)
@given(st.lists(_sentence, max_size=20), st.integers(1, 7))
def test_tokenizing_in_chunks_changes_nothing(sentences: list[str], chunk: int) -> None:
    """Chunks (and the NUL-joined folding inside them) give the tokens of one pass,
    also when a sentence itself contains NUL or a newline."""
    whole = _tokens(sentences, chunk=10_000)
    assert _tokens(sentences, chunk=chunk) == whole
    assert whole == [_tokens([s], chunk=1)[0] for s in sentences]


def test_cognate_keys() -> None:
    assert key_of("3,526") == key_of("3526") == "#3526"
    assert key_of("salvador") == "csalv"
    assert key_of("?") == key_of("？") == "p?"
    assert key_of("de") is None


def test_skeletons() -> None:
    assert skeleton("danmork") == skeleton("denmark") == "dnmrk"
    assert skeleton("mississippi") == "msp"
    assert skeletons(["finland", "finnland", ""]) == ["fnlnd", "fnlnd", ""]
    assert skeletons([]) == []


def test_word_keys_give_prefix_and_skeleton_keys() -> None:
    vocab, keys = Vocabulary(), Vocabulary()
    for w in ("denmark", "danmork", "de", "1970"):
        vocab.add(w)
    table = word_keys(vocab, keys, skeleton_weight=0.3)

    def entries(w: int) -> dict[str, float]:
        a, b = table.ptr[w], table.ptr[w + 1]
        return {keys.names[k]: v for k, v in zip(table.ids[a:b], table.values[a:b], strict=True)}
    assert entries(0) == {"cdenm": 1.0, "kdnmr": 0.3}
    assert entries(1) == {"cdanm": 1.0, "kdnmr": 0.3}  # the skeleton links them
    assert entries(2) == {}
    assert entries(3) == {"#1970": 1.0}


def test_weight_rows_keeps_the_heaviest_features_per_row() -> None:
    # row 0 has five features, row 1 one; feature 4 is in both rows (lower idf)
    rows = Csr(np.array([0, 5, 6]), np.array([0, 1, 2, 3, 4, 4]),
               np.array([1.0, 5.0, 2.0, 4.0, 3.0, 1.0]))
    (out,) = weight_rows([rows], 5, top=3)
    # idf over 2 rows: log(3 / 1.5) for features in one row, log(3 / 2.5) for feature 4,
    # so row 0 weighs 0.69, 3.47, 1.39, 2.77, 0.55: the three heaviest are 1, 3, 2
    assert out.ids[out.ptr[0]:out.ptr[1]].tolist() == [1, 2, 3]
    np.testing.assert_allclose(out.values[out.ptr[0]:out.ptr[1]],
                               np.array([5.0, 2.0, 4.0]) * np.log(3 / 1.5))
    assert out.ids[out.ptr[1]:out.ptr[2]].tolist() == [4]


_codes = st.lists(st.integers(0, 50), max_size=60).map(lambda x: np.array(x, dtype=np.int64))


@given(_codes)
def test_unique_counts_and_sorted_runs_agree_with_a_counter(codes: np.ndarray) -> None:
    from collections import Counter

    values, counts = unique_counts(codes)
    expected = sorted(Counter(codes.tolist()).items())
    assert list(zip(values.tolist(), counts.tolist(), strict=True)) == expected
    order, ordered, first = sorted_runs(codes)
    assert ordered.tolist() == sorted(codes.tolist())
    assert codes[order].tolist() == ordered.tolist()
    assert ordered[first].tolist() == [v for v, _ in expected]


@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 6), st.floats(0.0, 4.0)),
                max_size=30))
def test_assemble_sums_duplicate_entries(entries: list[tuple[int, int, float]]) -> None:
    rows = np.array([r for r, _, _ in entries], dtype=np.int64)
    feats = np.array([f for _, f, _ in entries], dtype=np.int64)
    vals = np.array([v for _, _, v in entries], dtype=np.float64)
    csr = assemble(5, rows, feats, vals, 7)
    expected: dict[tuple[int, int], float] = {}
    for r, f, v in entries:
        expected[(r, f)] = expected.get((r, f), 0.0) + v
    got = {(r, int(f)): float(v) for r in range(5)
           for f, v in zip(csr.ids[csr.ptr[r]:csr.ptr[r + 1]],
                           csr.values[csr.ptr[r]:csr.ptr[r + 1]], strict=True)}
    assert got.keys() == expected.keys()
    assert all(abs(got[k] - expected[k]) < 1e-9 for k in expected)
    for r in range(5):  # each row sorted by feature
        ids = csr.ids[csr.ptr[r]:csr.ptr[r + 1]].tolist()
        assert ids == sorted(ids)

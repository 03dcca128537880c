"""Turn sentences into sparse feature vectors in one shared space.

The aligner compares a group of source sentences with a group of target
sentences through the features they share.  Feature ids live in one space:

* *cognate keys* ``[0, K)``: numbers (normalised, so es ``3.526`` = en
  ``3,526``), the first four letters of longer words with accents stripped
  (Simard et al. 1992's prefix cognates; names are the typical case), and a few
  punctuation classes (``?``, ``!``, quotes, colon, parentheses) mapped to one
  symbol whatever the script;
* *target words* ``[K, K + V)``: a source word reaches them through a
  translation table (bootstrapped from a first pass, or given) or through a
  machine translation of the source sentence;
* *terms* after that: one id per glossary/dictionary entry found on each side.

Everything is integer arrays: words are mapped to ids once per side, each
distinct word's key is computed once, and rows are assembled with numpy.
Features are weighted by inverse document frequency over both sides, so a
word found in every sentence counts for little.  Nothing here is specific to
a language; scripts written without spaces (Chinese, Japanese, Thai) are cut
into characters.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from aligner.textutil import WORD

IntArray = npt.NDArray[np.int64]
Ids = npt.NDArray[np.integer[Any]]  # id arrays of any integer width
FloatArray = npt.NDArray[np.float64]

# Han, Hiragana, Katakana, Hangul syllables, Thai: one character = one token.
_CHAR_SCRIPTS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0e7f"
TOKEN_RE = re.compile(
    rf"[{_CHAR_SCRIPTS}]|\d+(?:[.,\u00a0 ]\d{{3}})*(?:[.,]\d+)?|{WORD}"
    r"|[?!\"“”«»「」『』()（）:：？！]"
)
_PUNCT_CLASS = {
    "?": "?", "？": "?", "!": "!", "！": "!", ":": ":", "：": ":",
    "(": "(", "（": "(", ")": ")", "）": ")",
    '"': '"', "“": '"', "”": '"', "«": '"', "»": '"', "「": '"', "」": '"', "『": '"', "』": '"',
}
PREFIX = 4


_MARKS = re.compile("[\u0300-\u036f]")  # combining diacritical marks


def fold_text(text: str) -> str:
    """Lower-case and strip accents from a whole string: ``Tótoro`` -> ``totoro``.

    Compatibility forms are unified as well (full-width letters, ligatures).
    """
    low = text.lower()
    if low.isascii():
        return low
    return _MARKS.sub("", unicodedata.normalize("NFKD", low))


def key_of(token: str) -> str | None:
    """The language-independent cognate key of a folded token, if it has one."""
    first = token[0]
    if first in _PUNCT_CLASS:
        return "p" + _PUNCT_CLASS[first]
    if first.isdigit():
        return "#" + re.sub(r"[.,\u00a0 ]", "", token).lstrip("0")
    if len(token) >= PREFIX:
        return "c" + token[:PREFIX]
    return None


class Vocabulary:
    """Dense integer ids for strings."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.names: list[str] = []

    def __len__(self) -> int:
        return len(self.names)

    def add(self, item: str) -> int:
        got = self.ids.get(item)
        if got is None:
            got = self.ids[item] = len(self.names)
            self.names.append(item)
        return got


@dataclass(frozen=True, slots=True)
class Csr:
    """Rows of integer ids (and optional values) in compressed sparse row form."""

    ptr: IntArray
    ids: IntArray
    values: FloatArray

    @property
    def rows(self) -> int:
        return len(self.ptr) - 1

    def row_of_entries(self) -> IntArray:
        return np.repeat(np.arange(self.rows, dtype=np.int64), np.diff(self.ptr))

    @property
    def mass(self) -> FloatArray:
        return np.bincount(self.row_of_entries(), weights=self.values,
                           minlength=self.rows).astype(np.float64)


@dataclass(frozen=True, slots=True)
class TokenizedSide:
    """A side's sentences as word ids: sentence ``i`` is ``ids[ptr[i]:ptr[i + 1]]``.

    ``is_word`` (per vocabulary id) excludes punctuation tokens.
    """

    ptr: IntArray
    ids: npt.NDArray[np.int32]
    vocab: Vocabulary
    is_word: npt.NDArray[np.bool_]


def tokenize(sentences: Sequence[str], vocab: Vocabulary | None = None, *,
             chunk: int = 20_000) -> TokenizedSide:
    """Folded tokens of every sentence as ids in ``vocab`` (a new one by default).

    A chunk of sentences at a time, so the token strings of a long document
    never all exist at once.
    """
    vocab = vocab if vocab is not None else Vocabulary()
    findall = TOKEN_RE.findall
    add = vocab.add
    lookup = vocab.ids.__getitem__
    counts: list[npt.NDArray[np.int64]] = []
    parts: list[npt.NDArray[np.int32]] = []
    for c0 in range(0, len(sentences), chunk):
        part = sentences[c0:c0 + chunk]
        joined = "\x00".join(part)  # folded at once, cut apart again
        folded = fold_text(joined).split("\x00") if joined.count("\x00") == len(part) - 1 \
            else [fold_text(sent) for sent in part]
        per_sentence = [findall(text) for text in folded]
        counts.append(np.fromiter(map(len, per_sentence), dtype=np.int64,
                                  count=len(per_sentence)))
        tokens = list(itertools.chain.from_iterable(per_sentence))
        for tok in dict.fromkeys(tokens):  # new words get ids in order of first appearance
            add(tok)
        parts.append(np.fromiter(map(lookup, tokens), dtype=np.int32, count=len(tokens)))
    ptr = np.zeros(len(sentences) + 1, dtype=np.int64)
    if counts:
        np.cumsum(np.concatenate(counts), out=ptr[1:])
    ids = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int32)
    is_word = np.array([n[0] not in _PUNCT_CLASS for n in vocab.names], dtype=np.bool_)
    return TokenizedSide(ptr, ids, vocab, is_word)


_VOWELS = "aeiouyæøœ"
_NOT_CONSONANT = re.compile(rf"[{_VOWELS}\d_]|[^\w\n]")
_DOUBLED = re.compile(r"(.)\1+")


def skeleton(word: str) -> str:
    """Consonant skeleton with doubled letters collapsed: *Danmörk*, *Denmark* -> ``dnmrk``."""
    return skeletons([word])[0]


def skeletons(words: Sequence[str]) -> list[str]:
    """:func:`skeleton` of many words at once (two regular-expression passes in all)."""
    joined = _DOUBLED.sub(r"\1", _NOT_CONSONANT.sub("", "\n".join(words)))
    return joined.split("\n") if words else []


def word_keys(vocab: Vocabulary, keys: Vocabulary, *, short_weight: float = 0.0,
              skeleton_weight: float = 0.0) -> Csr:
    """For every word id, its cognate keys in ``keys`` with their weights.

    Besides :func:`key_of`, a word of three letters or more may also get a
    weaker three-letter prefix key (``short_weight``): it links names whose
    spellings part after three letters (en *Finland*, is *Finnland*).
    """
    names = vocab.names
    # one list of keys (None where a word has none) per kind of key, then the
    # keys of each word in that order; ids are given in order of first use.
    # The first column spells out key_of's prefix case, by far the commonest,
    # and calls key_of for the rest (numbers, punctuation, short words).
    columns: list[tuple[list[str | None], float]] = [(
        ["c" + w[:PREFIX] if len(w) >= PREFIX and not w[0].isdigit() and w[0] not in _PUNCT_CLASS
         else key_of(w) for w in names], 1.0)]
    if short_weight > 0.0:
        columns.append((["d" + w[:3] if len(w) >= 3 and w[0].isalpha() else None
                         for w in names], short_weight))
    if skeleton_weight > 0.0:
        columns.append((["k" + k[:4] if len(w) >= 4 and w[0].isalpha() and len(k) >= 3 else None
                         for w, k in zip(names, skeletons(names), strict=True)],
                        skeleton_weight))
    present = np.array([[k is not None for k in col] for col, _ in columns],
                       dtype=np.bool_).reshape(len(columns), len(names)).T
    flat = [k for word in zip(*(col for col, _ in columns), strict=True) for k in word
            if k is not None]
    add = keys.add
    for k in dict.fromkeys(flat):
        add(k)
    ptr = np.zeros(len(names) + 1, dtype=np.int64)
    np.cumsum(present.sum(axis=1), out=ptr[1:])
    weights = np.broadcast_to(np.array([w for _, w in columns]), present.shape)[present]
    ids = np.fromiter(map(keys.ids.__getitem__, flat), dtype=np.int64, count=len(flat))
    return Csr(ptr, ids, weights.astype(np.float64))


def expand(rows: IntArray, ids: Ids, table: Csr) -> tuple[IntArray, IntArray, FloatArray]:
    """Replace every (row, id) by the table's entries for ``id`` (a gather over CSR)."""
    counts = np.diff(table.ptr)[ids]
    out_rows = np.repeat(rows, counts)
    starts = np.repeat(table.ptr[ids], counts)
    # position within each run: 0, 1, ..., counts-1
    offs = np.arange(len(out_rows), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    idx = starts + offs
    return out_rows, table.ids[idx], table.values[idx]


def sorted_runs(codes: IntArray) -> tuple[IntArray, IntArray, npt.NDArray[np.bool_]]:
    """``(order, sorted codes, first)``: a stable sort of integer codes and a mask of
    where each run of equal codes starts.

    ``np.unique`` does the same job, but its hash table (numpy 2.x) is many times
    slower than a sort on the structured codes used here (``row * n + column``).
    """
    order = np.argsort(codes, kind="stable")
    ordered = codes[order]
    return order, ordered, _run_starts(ordered)


def _run_starts(ordered: IntArray) -> npt.NDArray[np.bool_]:
    """Where each run of equal values of a sorted array starts."""
    first = np.ones(len(ordered), dtype=np.bool_)
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return first


def unique_counts(codes: IntArray) -> tuple[IntArray, IntArray]:
    """Distinct integer codes in increasing order and how often each occurs."""
    ordered = np.sort(codes)  # (no order needed: a plain sort is faster)
    starts = np.flatnonzero(_run_starts(ordered))
    return ordered[starts], np.diff(np.append(starts, len(ordered)))


def assemble(
    n_rows: int, rows: IntArray, feats: IntArray, vals: FloatArray, n_feats: int
) -> Csr:
    """Sum duplicate (row, feature) entries into CSR rows sorted by feature."""
    if len(rows) == 0:
        return Csr(np.zeros(n_rows + 1, dtype=np.int64), np.zeros(0, dtype=np.int64),
                   np.zeros(0))
    order, ordered, first = sorted_runs(rows * n_feats + feats)
    uniq = ordered[first]
    summed = np.bincount(np.cumsum(first) - 1, weights=vals[order])
    urows = uniq // n_feats
    ptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(urows, minlength=n_rows), out=ptr[1:])
    return Csr(ptr, uniq % n_feats, summed.astype(np.float64))


def weight_rows(sides: Sequence[Csr], n_feats: int, *, top: int) -> list[Csr]:
    """Scale by smoothed idf over all rows of all sides; keep each row's ``top`` heaviest."""
    n_docs = sum(s.rows for s in sides)
    df = np.zeros(n_feats, dtype=np.float64)
    for s in sides:
        df += np.bincount(s.ids, minlength=n_feats)
    idf = np.log((n_docs + 1.0) / (df + 0.5))
    out = []
    for s in sides:
        w = s.values * idf[s.ids]
        keep = w > 0.0
        if top:  # rank the entries of the rows with more than ``top`` (one sort)
            sizes = np.diff(s.ptr)
            long_rows = np.flatnonzero(sizes > top)
            counts = sizes[long_rows]
            within = np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(
                np.cumsum(counts) - counts, counts)
            idx = np.repeat(s.ptr[long_rows], counts) + within
            # one key orders by row, then by decreasing weight: the row's number plus a
            # fraction in (0, 1] that falls as the weight grows (weights <= 0 go last)
            wl = w[idx]
            frac = np.where(wl > 0.0, 1.0 / (1.0 + np.maximum(wl, 0.0)), 1.0)
            key = np.repeat(np.arange(len(long_rows), dtype=np.float64), counts) + frac
            order = np.argsort(key, kind="stable")
            keep[idx[order][within >= top]] = False
        kept_before = np.zeros(len(keep) + 1, dtype=np.int64)
        np.cumsum(keep, out=kept_before[1:])
        ptr = kept_before[s.ptr]  # entries kept before each row start
        out.append(Csr(ptr, s.ids[keep], w[keep]))
    return out

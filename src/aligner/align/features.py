"""Turn sentences into sparse feature vectors in one shared space.

The aligner compares a group of source sentences with a group of target
sentences through the features they share.  Features are ids in one space:

* *cognate keys*: numbers (normalised, so es ``3.526`` = en ``3,526``), and
  for longer words their first letters with accents stripped (Simard et al.
  1992's 4-letter prefix cognates), capitalised names, and a few punctuation
  classes (``?``, ``!``, quotes, colons, parentheses) mapped to one symbol
  whatever the script;
* *target words*: a source word reaches them through a translation table
  (bootstrapped from a first pass, or given as a dictionary) or through a
  machine translation of the source sentence;
* *term ids*: one per glossary/dictionary entry found on each side.

Every feature is weighted by its inverse document frequency so that words
occurring in every sentence count for little.  Nothing here is specific to a
language; scripts written without spaces (Chinese, Japanese, Thai) are cut
into characters.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

# Han, Hiragana, Katakana, Hangul syllables, Thai: one character = one token.
_CHAR_SCRIPTS = (
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0e7f"
)
_TOKEN_RE = re.compile(rf"[{_CHAR_SCRIPTS}]|\d+(?:[.,\u00a0 ]\d{{3}})*(?:[.,]\d+)?|[^\W\d_]+|[?!\"“”«»「」『』()（）:：？！]")
_PUNCT_CLASS = {
    "?": "?", "？": "?", "!": "!", "！": "!", ":": ":", "：": ":",
    "(": "(", "（": "(", ")": ")", "）": ")",
    '"': '"', "“": '"', "”": '"', "«": '"', "»": '"', "「": '"', "」": '"', "『": '"', "』": '"',
}
_NO_SPACE_LANGS = frozenset({"zh", "ja", "th", "lo", "km", "my", "bo"})
PREFIX = 4


def base_lang(code: str) -> str:
    """``es-ES`` / ``es_es`` -> ``es``."""
    return re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]


def writes_without_spaces(lang: str) -> bool:
    return base_lang(lang) in _NO_SPACE_LANGS


def _number_key(tok: str) -> str:
    digits = re.sub(r"[.,\u00a0 ]", "", tok)
    return "#" + digits.lstrip("0")


@dataclass(frozen=True, slots=True)
class Tokens:
    """Per-sentence word tokens (folded) and cognate keys."""

    words: tuple[tuple[str, ...], ...]
    keys: tuple[tuple[str, ...], ...]


class _Folder(dict[int, str]):
    """``str.translate`` table that lower-cases and strips accents, filled lazily."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        decomposed = unicodedata.normalize("NFKD", ch.lower())
        out = "".join(c for c in decomposed if not unicodedata.combining(c)) or ch
        self[code] = out
        return out


_FOLDER = _Folder()


def fold_text(text: str) -> str:
    """Lower-case and strip accents from a whole string."""
    return text.translate(_FOLDER)


def tokenize(sentences: Sequence[str]) -> Tokens:
    """Folded word tokens and language-independent cognate keys per sentence."""
    words: list[tuple[str, ...]] = []
    keys: list[tuple[str, ...]] = []
    findall = _TOKEN_RE.findall
    punct = _PUNCT_CLASS
    for sent in sentences:
        ws: list[str] = []
        ks: list[str] = []
        for tok in findall(fold_text(sent)):
            first = tok[0]
            if first in punct:
                ks.append("p" + punct[first])
            elif first.isdigit():
                ks.append(_number_key(tok))
                ws.append(tok)
            else:
                ws.append(tok)
                if len(tok) >= PREFIX:
                    ks.append("c" + tok[:PREFIX])
        words.append(tuple(ws))
        keys.append(tuple(ks))
    return Tokens(tuple(words), tuple(keys))


@dataclass(frozen=True, slots=True)
class SparseRows:
    """CSR rows of (feature id, weight); one row per sentence."""

    ptr: npt.NDArray[np.int64]
    ids: npt.NDArray[np.int64]
    weights: npt.NDArray[np.float64]

    @property
    def mass(self) -> npt.NDArray[np.float64]:
        n = len(self.ptr) - 1
        rows = np.repeat(np.arange(n), np.diff(self.ptr))
        return np.bincount(rows, weights=self.weights, minlength=n).astype(np.float64)


class Vocabulary:
    """Assigns dense integer ids to feature strings."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def id(self, feature: str) -> int:
        got = self._ids.get(feature)
        if got is None:
            got = self._ids[feature] = len(self._ids)
        return got

    def get(self, feature: str) -> int | None:
        return self._ids.get(feature)


def idf(rows: Iterable[Mapping[str, float]], n_docs: int) -> dict[str, float]:
    """Smoothed inverse document frequency of every feature in ``rows``."""
    df: Counter[str] = Counter()
    for row in rows:
        df.update(row.keys())
    return {f: math.log((n_docs + 1) / (c + 0.5)) for f, c in df.items()}


def to_sparse(
    rows: Sequence[Mapping[str, float]], vocab: Vocabulary, weights: Mapping[str, float],
    *, top: int = 0,
) -> SparseRows:
    """CSR rows with every value scaled by its feature weight.

    With ``top > 0`` only the ``top`` heaviest features of a row are kept: the
    rare words carry the evidence, and the DP's cost grows with row length.
    """
    ptr = np.zeros(len(rows) + 1, dtype=np.int64)
    ids: list[int] = []
    ws: list[float] = []
    vid = vocab.id
    wget = weights.get
    for i, row in enumerate(rows):
        items = [(wget(f, 0.0) * v, f) for f, v in row.items()]
        if top and len(items) > top:
            items.sort(reverse=True)
            items = items[:top]
        for w, f in items:
            if w > 0.0:
                ids.append(vid(f))
                ws.append(w)
        ptr[i + 1] = len(ids)
    return SparseRows(ptr, np.asarray(ids, dtype=np.int64), np.asarray(ws, dtype=np.float64))

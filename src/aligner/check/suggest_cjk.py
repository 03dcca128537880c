"""Candidate phrases of Chinese and Japanese for ``glossary suggest``
(:mod:`aligner.check.suggest`), which write no space between their words.

A phrase there is a run of two to eight Han or kana characters (``同比增长``, ``営業収益``) that
crosses no punctuation, digit, Latin letter or space: a character n-gram, keyed as its
characters (as :func:`aligner.check.terms.tokenize` makes each a token of its own). Most
n-grams of a text cut across its words (``入同比`` in ``营业收入同比增长``); a word is told from
them by what stands beside it, its *accessor variety* (Feng et al., 2004, "Accessor
variety criteria for Chinese word extraction"): over the corpus, a word is met after two
different characters or more and before two or more, where a run's edge (punctuation, a
number, the start of the sentence) or a particle of ``phrase_edges.txt`` (below) counts
as a new neighbour each time. ``同比增`` is always before ``长`` and ``比增长`` always after
``同``: no candidate; ``同比增长`` after ``收入`` and an edge, before ``8%`` and ``，``, is one.
A phrase met only inside one longer phrase in the same units is left out as any other
(:func:`aligner.check.suggest.suggest_terms`). Nor does a phrase start or end with a
character of its language's ``phrase_edges.txt``: the particles and prepositions that
stand between words (``的``, ``为``, ``较``; Japanese ``の``, ``を``): ``的净利润``, ``毛利率为``,
``较上年同期`` are no candidates, ``净利润``, ``毛利率``, ``上年同期`` are.
"""

from __future__ import annotations

from collections import defaultdict

from aligner.lang import PHRASE_EDGES_DATA, get_profile
from aligner.textutil import HAN_KANA

#: A phrase's fewest and most characters.
MIN_CHARS, MAX_CHARS = 2, 8
#: The fewest different neighbours on each side of a candidate.
MIN_VARIETY = 2


def is_han_kana(word: str) -> bool:
    """Whether ``word`` is written in Han or kana characters only."""
    return HAN_KANA.fullmatch(word) is not None


class CjkPhrases:
    """The character n-grams of the texts read, and their neighbours over all of them."""

    def __init__(self, lang: str) -> None:
        self._edge_chars = frozenset(get_profile(lang).word_list(PHRASE_EDGES_DATA))
        self._left: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self._right: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self._edges = 0  # each run edge met is a neighbour of its own

    def phrases(self, text: str) -> dict[tuple[str, ...], tuple[str, bool]]:
        """The n-grams of ``text`` (as :func:`aligner.check.suggest._phrases`: key ->
        surface form, and no capital that opens a sentence), their neighbours noted."""
        out: dict[tuple[str, ...], tuple[str, bool]] = {}
        for run in HAN_KANA.finditer(text):
            chars = run.group()
            for i in range(len(chars)):
                for n in range(MIN_CHARS, min(MAX_CHARS, len(chars) - i) + 1):
                    key = tuple(chars[i:i + n])
                    if key[0] in self._edge_chars or key[-1] in self._edge_chars:
                        continue
                    for side, at in ((self._left[key], i - 1), (self._right[key], i + n)):
                        if len(side) < MIN_VARIETY:  # enough known: no more to keep
                            side.add(self._neighbour(chars, at))
                    out.setdefault(key, (chars[i:i + n], False))
        return out

    def _neighbour(self, chars: str, at: int) -> str:
        """The neighbour at ``chars[at]``: a new one for each run edge or particle."""
        if 0 <= at < len(chars) and chars[at] not in self._edge_chars:
            return chars[at]
        self._edges += 1
        return f"\0{self._edges}"

    def varied(self, words: tuple[str, ...]) -> bool:
        """Whether a phrase may be a word: not one of Han or kana characters, or one met
        beside :data:`MIN_VARIETY` different neighbours or more on each side."""
        if words[:1] == ("\0",):
            words = words[1:]
        if words not in self._left:
            return True
        return min(len(self._left[words]), len(self._right[words])) >= MIN_VARIETY

"""An English rendering written in the other English spelling: ``characterized`` for a
glossary's ``characterised``, ``analyze`` for ``analyse``, ``color`` for ``colour``,
``center`` for ``centre``.

A term-missing finding names such a spelling (:func:`in_other_english_spelling`), so
that the reviewer sees at once that the words are right and only the spelling is not
the glossary's.  The spelling is not accepted in the rendering's place: British usage
writes both ``-ise`` and ``-ize`` (Oxford spelling), so no region code tells which one a
client wants; a glossary that writes one asks for it (house style, EPO ``characterised
in that``), and one that accepts both lists the other as an allowed row.

The endings folded, each only at a word's end with the inflections after it:
``-ise``/``-ize`` (``-ised``, ``-ising``, ``-isation``...), ``-yse``/``-yze``,
``-our``/``-or`` after at least two letters (``colour``, ``behaviour``; ``four`` and
``your`` stay), ``-re``/``-er`` after a consonant other than ``c`` (``centre``,
``fibre``, ``millimetre``; ``acre``, ``more`` stay).  Not covered: ``-ence``/``-ense``
(``licence``), ``-ogue``/``-og``, doubled consonants (``travelled``), single words
(``grey``, ``aluminium``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_FOLDS = (
    (re.compile(r"(?<=[^\W\d_]{3})is(?=(?:e|es|ed|ing|er|ers|ation|ations)$)"), "iz"),
    (re.compile(r"(?<=[^\W\d_]{2})ys(?=(?:e|es|ed|ing|er|ers)$)"), "yz"),
    (re.compile(r"(?<=[^\W\d_]{2})our(?=(?:|s|ed|ing|ite|ites|able|less)$)"), "or"),
    (re.compile(r"(?<=[^\W\d_])(?<![aeiouyc])re(?=s?$)"), "er"),
)


def _fold(word: str) -> str:
    """``word`` in lower case with its spelling-variant ending in one spelling."""
    word = word.lower()
    for pattern, to in _FOLDS:
        folded = pattern.sub(to, word)
        if folded != word:
            return folded
    return word


def in_other_english_spelling(renderings: Sequence[str], text: str
                              ) -> tuple[str, str, tuple[int, int], str] | None:
    """A rendering that ``text`` writes in the other English spelling only (words
    separated by whitespace): the rendering, the text as written, where, and what to
    say -- as :func:`aligner.check.term_quotes.in_other_spelling` gives one."""
    words = list(_WORD.finditer(text))
    folded = [_fold(m.group()) for m in words]
    for rendering in renderings:
        wanted = [_fold(w) for w in _WORD.findall(rendering)]
        n = len(wanted)
        if not n:
            continue
        for k in range(len(words) - n + 1):
            if folded[k:k + n] != wanted:
                continue
            run = words[k:k + n]
            if any(not text[a.end():b.start()].isspace()
                   for a, b in pairwise(run)):
                continue
            start, end = run[0].start(), run[-1].end()
            spelt = text[start:end]
            if " ".join(spelt.lower().split()) == " ".join(rendering.lower().split()):
                continue  # the rendering as written (another check's business)
            return (rendering, spelt, (start, end),
                    "is the other English spelling of it")
    return None

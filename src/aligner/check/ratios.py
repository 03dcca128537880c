"""ratio-order: a ratio whose two numbers the target gives the other way round.

``Participants are randomised 2:1 to Febrinol or placebo.`` / ``Os participantes são
randomizados 1:2 ...``: both sides have the numbers 2 and 1, so number-mismatch is
silent, yet twice as many now get the placebo; a ``1:10`` dilution written ``10:1`` is
ten times too strong.  A ratio is two numbers parted by a colon (``2:1``, ``1 : 10``,
``2∶1``, decimals too: ``1:2.5``) in a sentence with a ratio word on either side
(``aligner/lang/generic/ratio_words.txt``: ``ratio``, ``randomised``, ``randomizados``,
``proportion``, ``razão``, ``rapport``, ``Verhältnis``, ``dilution``, ``diluição``):
elsewhere a colon between numbers is a time (``10:30``), a score (``2:1``) or a verse
(``John 3:16``).  A source ratio of two different numbers that the target writes only
the other way round is reported; other numbers are number-mismatch's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from aligner.check.base import Context, translated_units
from aligner.check.folding import strip_accents
from aligner.check.numbers import parse_number
from aligner.lang import RATIO_WORDS_DATA, generic_data
from aligner.lang.base import word_list
from aligner.model import Finding
from aligner.textutil import ascii_digits

_NUMBER = r"\d+(?:[.,]\d+)?"
_RATIO = re.compile(rf"(?<![\d.,:\u2236])({_NUMBER})[ \u00a0\u202f]?[:\u2236][ \u00a0\u202f]?"
                    rf"({_NUMBER})(?![\d:\u2236]|[.,]\d)")
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _stems() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ratio words: stems that start a word, and stems found inside one."""
    entries = word_list(generic_data(RATIO_WORDS_DATA))
    return (tuple(e for e in entries if not e.startswith("-")),
            tuple(e[1:] for e in entries if e.startswith("-")))


def _says_ratio(text: str) -> bool:
    starts, inside = _stems()
    return any(w.startswith(starts) or any(s in w for s in inside)
               for w in _WORD.findall(strip_accents(text.lower())))


def ratios(text: str, lang: str) -> list[tuple[str, str, int, int]]:
    """The ratios of ``text`` (two numbers parted by a colon), each number read as
    ``lang`` reads it: (first, second, start, end)."""
    digits = ascii_digits(text)
    return [(parse_number(m.group(1), lang), parse_number(m.group(2), lang), m.start(),
             m.end()) for m in _RATIO.finditer(digits)]


def check_ratios(ctx: Context) -> Iterator[Finding]:
    for u, unit in translated_units(ctx):
        if ":" not in unit.source + unit.target and "\u2236" not in unit.source + unit.target:
            continue
        src = ratios(unit.source, ctx.src_lang)
        tgt = ratios(unit.target, ctx.tgt_lang)
        if not src or not tgt or not (_says_ratio(unit.source) or _says_ratio(unit.target)):
            continue
        theirs = {(a, b) for a, b, _, _ in tgt}
        for a, b, start, end in src:
            if a == b or (a, b) in theirs or (b, a) not in theirs:
                continue
            t = next((s, e) for x, y, s, e in tgt if (x, y) == (b, a))
            source, target = unit.source[start:end], unit.target[t[0]:t[1]]
            yield Finding(code="ratio-order", severity=ctx.severity("ratio-order"), unit=u,
                          message=f"ratios differ: the source's {source!r} is {target!r} "
                                  f"in the target, the other way round",
                          expected=(source,), found=target, src_span=(start, end),
                          tgt_span=t)

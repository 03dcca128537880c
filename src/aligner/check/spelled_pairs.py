"""Numbers spelled out on both sides, for ``number-mismatch``.

Digits are compared with digits, and a number in words answers digits on the other
side (:mod:`aligner.check.spelled_numbers`); but a number in words on both sides was
never compared: ``Así que llevo cincuenta y tres años`` / ``So I've spent thirty-five
years`` passed, though speech and subtitles spell out their numbers.  Here the numbers
each side writes in words are compared too, where they can hardly be anything else:
from 11 up (``uno``, ``one``, ``una`` are articles and pronouns as often; 2 to 10 only
before a noun of measure, ``number-word-mismatch``, :mod:`aligner.check.counted`), and not a
power of ten alone (``cien``, ``mil``, ``a hundred``: ``hundreds``, ``a thousand
times``).  A number in words that the other side writes in words or digits is
answered; one that is left is reported only where the other side has a number of its
own left over -- a number changed, not a number the translation leaves out or words
otherwise (``quince días`` / ``two weeks``: no number left on the English side).  So
``ciento cincuenta`` / ``130`` says both numbers, where it said only ``130 not in the
source``.  A number the other side may write unit first (``two-and-twenty``, read as 2
and 20) is answered by them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

_SMALLEST = 11


def _compared(values: set[int]) -> set[int]:
    def power_of_ten(n: int) -> bool:
        while n % 10 == 0 and n > 1:
            n //= 10
        return n == 1

    return {v for v in values if v >= _SMALLEST and not power_of_ten(v)}


def _units_first(value: int, other: set[int]) -> bool:
    """Whether the other side may write ``value`` unit first, read as two numbers: the
    English of older books, ``two-and-twenty``, ``six and thirty`` (read 2 and 20, as
    ``between one and twenty`` must be)."""
    unit, tens = value % 10, value - value % 10
    return unit > 0 and 20 <= tens < 100 and unit in other and tens in other


def unanswered_words(source: str, target: str, read: tuple[Callable[[str], set[int]],
                                                           Callable[[str], set[int]]],
                     digits: tuple[Collection[str], Collection[str]],
                     left: tuple[list[str], list[str]]) -> tuple[list[str], list[str]]:
    """The numbers the source writes in words that the target has not, and the
    target's the source has not, to add to ``number-mismatch``'s missing and extra;
    ``read``: each side's reader of numbers in words; ``digits``: each side's numbers
    in digits (as values); ``left``: the numbers in digits already left over on each
    side (missing, extra)."""
    src_all = read[0](source)
    src_words = _compared(src_all)
    if not src_words and not left[0]:
        return [], []  # nothing of the source to miss, nor to answer the target's with
    tgt_all = read[1](target)
    tgt_words = _compared(tgt_all)
    if not src_words and not tgt_words:
        return [], []
    src_left = sorted(v for v in src_words - tgt_words
                      if str(v) not in digits[1] and not _units_first(v, tgt_all))
    tgt_left = sorted(v for v in tgt_words - src_words
                      if str(v) not in digits[0] and not _units_first(v, src_all))
    missing = [str(v) for v in src_left] if (tgt_left or left[1]) else []
    extra = [str(v) for v in tgt_left] if (src_left or left[0]) else []
    return ([v for v in missing if v not in left[0]],
            [v for v in extra if v not in left[1]])

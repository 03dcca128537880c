"""The one of a rate, which one language writes and another leaves unsaid (number-mismatch).

Japanese writes ``1ユーザーあたり`` and ``1 回のリクエスト`` where English says ``per
user`` and ``per request``; German may write ``je 1 kg`` for ``per kg``.  A ``1`` in
digits is a *rate's one* when

* a counter of a Chinese, Japanese or Korean side follows it (the ``counters`` list of its
  ``numbers.tsv``: ``1 回``, ``1 つ``, ``每1次``, ``요청 1 번``);
* a word of up to eight kana or Han characters and a word of the side's ``per`` list
  follow it (``1ユーザーあたり``, ``1 台につき``);
* a unit symbol follows it (``unit_symbols.txt``, or a squared unit character, ``㎡``,
  ``㎏``) with a ``per`` word written without spaces after the unit (``1 m²あたり``,
  ``1 kg당``) or any before the number (``je 1 kg``, ``por 1 kg``, ``每1 kg``): the
  ``per`` of ``1 kg per day`` is the day's.

Such a one is read as 1 and as nothing -- but no more of them than the other side has
*free* words of its ``one_unsaid`` list (``per``, ``a``, ``each``, ``every``; ``pro``,
``por``, ``par``, ``cada``...): a word that means one without writing it, with no number
right after it.  ``per 10 m²`` and ``per ten users`` write their own number, so the ``1``
of ``1 m²あたり`` is still reported against them; ``twice a day`` leaves one ``1`` of ``1
日に 1 回`` unsaid, not both; a side with no such word at all (``5 GB for all users``)
leaves none unsaid; nor does one whose other side counts in words a number this side does not
write (``Restart a service twice`` is no ``1 回``).  A language with no ``one_unsaid`` list
leaves none unsaid either.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from aligner.check.dates import Item
from aligner.check.folding import strip_accents
from aligner.check.measure_units import unit_after
from aligner.check.number_table import number_words, word_reader
from aligner.textutil import ascii_digits

#: Numbers that read more than one way (as :mod:`aligner.check.numbers` has them): as
#: their side reads them, and as read the other ways.
Run = tuple[Counter[str], list[Counter[str]]]

_SPACE = " \u00a0\u202f"
# the squared, cubed and other unit characters of Chinese and Japanese (㎡, ㎏, ㎖)
_SQUARED_UNIT = re.compile("[ \u00a0\u202f]?[\u3380-\u33df]")
_NEXT_WORD = re.compile(r"[ \u00a0\u202f]*([^\W_]+)")
_WORDS = re.compile(r"[^\W\d_]+")


@cache
def _unsaid_re(lang: str) -> re.Pattern[str] | None:
    """Any word of ``lang``'s ``one_unsaid`` list, whole, in any letter case."""
    words = number_words(lang).lists.get("one_unsaid")
    if not words:
        return None
    return re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(map(re.escape, words))
                      + r")(?![^\W\d_])")


@cache
def _spelled(lang: str) -> frozenset[str]:
    """``lang``'s number words but those of one, folded (``ten``, ``twice`` is not one)."""
    return frozenset(strip_accents(w.lower()) for n, ws in number_words(lang).words.items()
                     if n != 1 for w in ws)


def _said_in_words(text: str, lang: str) -> set[int]:
    """The numbers but one ``text`` says in words (``twice``, ``three times``: 2, 3)."""
    words = set(_WORDS.findall(strip_accents(text.lower())))
    return {n for n, ws in number_words(lang).words.items() if n != 1 and words & set(ws)} | (
        word_reader(lang).numbers(text) - {1})


def free_unsaid(text: str, lang: str) -> int:
    """How many words of ``lang``'s ``one_unsaid`` list ``text`` has with no number right
    after them, in digits or in words (``per request``: 1; ``per 10 m²``: 0)."""
    unsaid = _unsaid_re(lang)
    if unsaid is None:
        return 0
    digits = ascii_digits(text)
    spelled = _spelled(lang)
    free = 0
    for m in unsaid.finditer(digits):
        nxt = _NEXT_WORD.match(digits, m.end())
        if nxt and (nxt.group(1)[0].isdigit()
                    or strip_accents(nxt.group(1).lower()) in spelled):
            continue
        free += 1
    return free


@cache
def _per_after_word(lang: str) -> re.Pattern[str] | None:
    """A word of up to eight kana or Han characters and a ``per`` word of ``lang``."""
    per = number_words(lang).lists.get("per")
    if not per:
        return None
    # (a space after the digit, as CJK text is often typed: 1 ユーザーあたり)
    return re.compile(r"[ \u00a0\u202f]?[\u3040-\u30ff\u4e00-\u9fff]{1,8}?(?:"
                      + "|".join(map(re.escape, per)) + ")")


def _unit_end(digits: str, end: int) -> int | None:
    """The end of the unit symbol right after a number ending at ``end``, if any."""
    m = unit_after().match(digits, end) or _SQUARED_UNIT.match(digits, end)
    return m.end() if m else None


def _per_around(digits: str, start: int, unit_end: int, per: tuple[str, ...]) -> bool:
    """Whether a word of ``per`` stands right after the unit or right before the number."""
    after = digits[unit_end:unit_end + 12].lstrip(_SPACE).lower()
    before = digits[max(0, start - 12):start].rstrip(_SPACE).lower()
    for word in per:
        spaced = word.isascii()  # je, pro: a whole word; あたり, 每: none needed
        # after the unit only a word written onto it (1 m²あたり, 1 kg당): the per of
        # 1 kg per day is the day's
        if not spaced and after.startswith(word):
            return True
        if before.endswith(word) and not (spaced and before[-len(word) - 1:-len(word)]
                                          .isalpha()):
            return True
    return False


def _is_rate_one(digits: str, start: int, end: int, lang: str) -> bool:
    """Whether the ``1`` at ``start``-``end`` of ``digits`` is a rate's (module doc)."""
    table = number_words(lang)
    counters = table.lists.get("counters", ())
    if table.han and counters and digits[end:].lstrip(" ").startswith(counters):
        return True
    word_per = _per_after_word(lang)
    if word_per is not None and word_per.match(digits, end):
        return True
    unit_end = _unit_end(digits, end)
    return unit_end is not None and _per_around(digits, start, unit_end,
                                                table.lists.get("per", ()))


def rate_one_runs(text: str, lang: str, found: list[Item], other: str,
                  other_lang: str) -> list[Run]:
    """The rate's ones of ``text`` (``found``: its numbers), read as written and with as
    many left unsaid as ``other`` has free ``one_unsaid`` words (:func:`free_unsaid`)."""
    digits = ascii_digits(text)
    ones = sum(1 for v, s, e, kind in found
               if kind == "number" and v == "1" and digits[s:e] == "1"
               and _is_rate_one(digits, s, e, lang))
    if not ones:
        return []
    # Restart a service twice / 1 回サービスを...: the other side counts in words a
    # number this side does not write, and its "a" is no rate's; 1 日 2 回 / twice a day
    # writes the 2 it says
    written = {v for v, *_ in found}
    if any(str(n) not in written for n in _said_in_words(other, other_lang)):
        return []
    free = min(ones, free_unsaid(other, other_lang))
    if not free:
        return []
    return [(Counter({"1": ones}), [Counter({"1": ones - k}) for k in range(1, free + 1)])]

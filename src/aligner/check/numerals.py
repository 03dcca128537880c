"""Numbers that both sides write alike, for number-mismatch: copies and reference numerals.

A number copied character for character from the source (a Spanish identity card
``24.381.977-K``, a registry's ``tomo 10.245``, a cited patent ``US 5,123,456`` in a
German text) is the source's number, however the target's language would read that
writing: the source reads ``24.381.977`` as thousands, English as something else, and
both are one string.  :func:`cancel_copies` takes such a pair out of the differences.
That a copy is the right writing in the target is another question: an amount copied
with the source's grouping (``1.500 kg`` into English, which reads 1.5) is
``number-format``'s (:func:`aligner.check.number_format.copied_groupings`).

Patent claims name a part with its reference numeral each time they name it (Japanese
``熱交換器（1）であって、…を特徴とする熱交換器（1）``, ``前記チューブ（10）``), and the
other language does not repeat the noun as often.  A reference numeral -- a number in
parentheses right after a word, perhaps with a letter (``tube (10)``, ``(12a)``) -- that
both sides write so is counted once on each side (:func:`numeral_repeats`); a numeral
one side writes only outside parentheses, and every other number, is still counted.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

Item = tuple[str, int, int, str]  # value, start, end, kind (numbers' items)

# a number in parentheses right after a word (a letter, kana or Han character, then
# perhaps a space): tube (10), チューブ（10）, the fins (12a); not 5(1), nor (1) opening
_OPEN = re.compile(r"[^\W\d_][ \u00a0]?[(\uff08]\Z")
_CLOSE = re.compile(r"[a-z]{0,2}'?[)\uff09]")


def cancel_copies(missing: list[str], extra: list[str],
                  sides: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
    """Take out of ``missing`` (the source's values the target lacks) and ``extra`` (the
    target's the source lacks) each pair of a source number and a target number that
    are written alike with a separator in them (``24.381.977``, ``5,123,456``), each read
    plainly by its language (``sides``: each side's ``(value, as written)``, digits 0-9,
    no scaled or clock readings)."""
    if not missing or not extra:
        return
    src, tgt = sides
    for value, written in src:
        if value not in missing or not any(c in written for c in ".,"):
            continue
        twin = next((v for v, w in tgt if w == written and v in extra and v != value
                     and v.startswith("-") == value.startswith("-")), None)
        if twin is not None:
            missing.remove(value)
            extra.remove(twin)


def plain_numbers(items: list[Item], text: str, read: dict[str, str]) -> list[tuple[str, str]]:
    """``(value, as written)`` of the ``items`` of ``text`` (digits 0-9) whose value is
    their writing read as a number (``read``: writing -> value) -- not a scaled
    (``1,5 millones``), signed or clock reading."""
    out = []
    for value, start, end, kind in items:
        written = text[start:end]
        if kind == "number" and read.get(written) == value.lstrip("-"):
            out.append((value, written))
    return out


def reference_numerals(items: list[Item], text: str,
                       spelled: Callable[[str, str], bool]) -> Counter[str]:
    """How often each value of ``items`` stands in ``text`` (digits 0-9) as a reference
    numeral: alone in parentheses right after a word (the module docstring) that does
    not spell it (``forty-eight (48) hours``: ``spelled(value, words before)``)."""
    found: Counter[str] = Counter()
    for value, start, end, kind in items:
        if kind == "number" and value.isdigit() and _OPEN.search(text, max(0, start - 3),
                                                                  start) \
                and _CLOSE.match(text, end):
            before = re.split(r"[\d()\uff08\uff09]", text[max(0, start - 40):start - 1])[-1]
            if not spelled(value, before):
                found[value] += 1
    return found


def numeral_repeats(src: Counter[str], tgt: Counter[str]) -> tuple[Counter[str], Counter[str]]:
    """How many times to leave out of each side's count of each value: the repeats of
    a reference numeral (``src``, ``tgt``: each side's, :func:`reference_numerals`) that
    both sides write, all but one."""
    both = src.keys() & tgt.keys()
    return (Counter({v: src[v] - 1 for v in both if src[v] > 1}),
            Counter({v: tgt[v] - 1 for v in both if tgt[v] > 1}))


def _in_parentheses(text: str, start: int, end: int) -> bool:
    return (_OPEN.search(text, max(0, start - 3), start) is not None
            and text[end:end + 1] in ")\uff09")


def lettered_repeats(extra: list[tuple[str, int, int]], text: str,
                     other: list[tuple[str, int, int]], other_text: str
                     ) -> list[tuple[str, int, int]]:
    """The numerals with a letter of ``extra`` (``(12a)`` written more often in ``text``
    than in ``other_text``; ``(numeral, start, end)``, digits 0-9) that are no repeats of
    a reference numeral both sides write in parentheses (``other``: the other side's
    numerals with a letter)."""
    shared = {n for n, s, e in other if _in_parentheses(other_text, s, e)}
    return [(n, s, e) for n, s, e in extra
            if n not in shared or not _in_parentheses(text, s, e)]

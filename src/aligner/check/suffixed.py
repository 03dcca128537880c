"""Reference numerals with a letter (``fins 20a, 20b``), for number-mismatch.

Patents, manuals and drawings tell the parts of one numbered thing apart by a letter
glued to the numeral: ``20a``, ``20b``.  number-mismatch reads ``20`` in both, so
``20a, 20b`` translated ``20a and 20c`` was clean.  The letter is compared only where
both sides write that number with one lower-case letter glued to it: elsewhere the
letter is a unit (``5m``), an ordinal (French ``2e`` for English ``2nd``) or an
abbreviation that the other language writes otherwise, and only the number is
compared, as before.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

Numeral = tuple[str, int, int]  # "20a", start, end
# digits, then one lower-case letter and no other Latin one: 20a, 12b (not 10th, 5km);
# Japanese and Chinese write the next word without a space: 20bが
_SUFFIXED = re.compile(r"(?<![\d.,])(\d+)([a-z])(?![A-Za-z])")


def suffixed(text: str) -> dict[str, list[Numeral]]:
    """Each number written with a letter in ``text`` (digits 0-9), by number: its
    ``(numeral, start, end)`` in the order they stand (``{"20": [("20a", 4, 7), ...]}``)."""
    found: dict[str, list[Numeral]] = {}
    for m in _SUFFIXED.finditer(text):
        found.setdefault(m.group(1).lstrip("0") or "0", []).append(
            (m.group(), m.start(), m.end()))
    return found


@dataclass(frozen=True, slots=True)
class Lettered:
    """The numerals with a letter of the numbers both sides write with letters."""

    source: list[Numeral]
    target: list[Numeral]
    #: The source's missing in the target, and the target's not in the source.
    missing: list[Numeral]
    extra: list[Numeral]


def letter_differences(source: str, target: str) -> Lettered:
    """The numerals with a letter that ``source`` and ``target`` (digits 0-9) do not share,
    for the numbers both write with letters (the module docstring)."""
    src, tgt = suffixed(source), suffixed(target)
    shared = src.keys() & tgt.keys()
    mine = Counter(n for number in shared for n, _, _ in src[number])
    theirs = Counter(n for number in shared for n, _, _ in tgt[number])
    both = [n for number in shared for n in src[number]], [n for number in shared
                                                           for n in tgt[number]]
    return Lettered(sorted(both[0], key=lambda n: n[1]), sorted(both[1], key=lambda n: n[1]),
                    _left(both[0], mine - theirs), _left(both[1], theirs - mine))


def _left(items: list[Numeral], surplus: Counter[str]) -> list[Numeral]:
    """The last ``surplus[numeral]`` of ``items`` of each numeral, in text order."""
    out = []
    for item in sorted(items, key=lambda n: -n[1]):
        if surplus[item[0]] > 0:
            surplus[item[0]] -= 1
            out.append(item)
    return out[::-1]

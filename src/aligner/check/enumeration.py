"""list-label-mismatch: the labels of a list inside one unit differ between source and
target (``(i) ...; (ii) ...; and (iii) ...`` / ``(i) ...; y (ii) ...``).

A contract lists its sub-clauses inside one paragraph; a sub-clause left out with the
rest relabelled leaves no number behind (``number-mismatch`` reads no letters nor Roman
numerals), and a paragraph that lost a line is not short enough for ``length-ratio``.
Here the labels of each side are read: a letter, a Roman numeral or a number of one or
two digits in brackets (``(a)``, ``(iv)``, ``(2)``) or before a closing bracket
(``a)``, ``iv)``, ``2)``), after the unit's start, a space or ``:;,`` and before a space
-- not glued to a word or a number (``7.1(a)``, ``Article 5(2)``), and a number only
after a mark or at the start, never after a word (``treinta (30) días``, ``tres (3)
copias``).  ``(i)``, ``(v)``, ``(x)`` are Roman where the side has ``(ii)``, or ``(i)``
without an ``(h)`` before it, and letters otherwise; capitals (``(A)``, ``(IV)``) are
kinds of their own.

Each kind's labels (letters, Roman numerals, numbers) are compared as sets of their
places (``(c)`` and ``iii)`` are both the third): where both sides label with a kind, or
each with one kind only (``(i) (ii)`` / ``a) b)``), and one side has two labels or more,
a set that differs -- shorter, or with a gap -- is reported, once per unit.  A unit
whose one side has no labels is not: the translation may have made the list prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aligner.check.base import Context, translated_units
from aligner.check.roman import roman_value
from aligner.model import Finding

_LABEL = re.compile(r"(?:(?<=^)|(?<=[\s:;,]))(\()?([ivx]{1,5}|[IVX]{1,5}|[a-zA-Z]|\d{1,2})\)"
                    r"(?=\s)")
_ROMAN_LETTERS = frozenset("ivx")


def labels(text: str) -> list[tuple[str, str, int, int, int]]:
    """The list labels of ``text``: (kind, label as written, place, start, end); kind is
    ``letter``, ``roman`` (``letter upper``, ``roman upper`` in capitals) or ``number``."""
    found = []
    for m in _LABEL.finditer(text):
        label = m.group(2)
        if label.isdigit() and re.search(r"[^\W\d_]\s*\Z", text[:m.start()]):
            continue  # treinta (30) días: a number in digits after its words
        found.append((label, m.group(), m.start(), m.end()))
    out = []
    for case in (str.islower, str.isupper):
        names = {label.lower() for label, _, _, _ in found if case(label)}
        roman = "ii" in names or ("i" in names and "h" not in names)
        upper = "" if case is str.islower else " upper"
        for label, written, start, end in found:
            if not case(label):
                continue
            low = label.lower()
            if set(low) <= _ROMAN_LETTERS and (roman or len(low) > 1):
                value = roman_value(low.upper())
                if value:
                    out.append(("roman" + upper, written, value, start, end))
            elif len(low) == 1:
                out.append(("letter" + upper, written, ord(low) - ord("a") + 1, start, end))
    out += [("number", written, int(label), start, end)
            for label, written, start, end in found if label.isdigit()]
    return sorted(out, key=lambda label: label[3])


def _places(found: list[tuple[str, str, int, int, int]]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for kind, _, place, _, _ in found:
        out.setdefault(kind, set()).add(place)
    return out


def _written(found: list[tuple[str, str, int, int, int]], kind: str | None) -> str:
    seen: list[str] = []
    for k, written, _, _, _ in found:
        if (kind is None or k == kind) and written not in seen:
            seen.append(written)
    return " ".join(seen)


def check_enumeration(ctx: Context) -> Iterator[Finding]:
    for u, unit in translated_units(ctx):
        if ")" not in unit.source or ")" not in unit.target:
            continue
        src, tgt = labels(unit.source), labels(unit.target)
        if not src or not tgt:
            continue
        s_places, t_places = _places(src), _places(tgt)
        if len(s_places) == 1 and len(t_places) == 1:
            pairs = [(next(iter(s_places)), next(iter(t_places)))]
        else:
            pairs = [(k, k) for k in s_places.keys() & t_places.keys()]
        for s_kind, t_kind in pairs:
            mine, theirs = s_places[s_kind], t_places[t_kind]
            if mine == theirs or max(len(mine), len(theirs)) < 2:
                continue
            s_text, t_text = _written(src, s_kind), _written(tgt, t_kind)
            yield Finding(code="list-label-mismatch",
                          severity=ctx.severity("list-label-mismatch"), unit=u,
                          message=f"list labels differ: the source has {s_text}, the "
                                  f"target {t_text}",
                          expected=(s_text,), found=t_text)
            break

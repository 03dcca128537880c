"""claim-reference: a patent claim's number and the claims it refers to.

number-mismatch compares the numbers of a unit as a bag, so a claim whose own number and
the number it refers to are swapped (``5. Vorrichtung nach Anspruch 3`` / ``3. The device
according to claim 5``), a reference and a reference numeral swapped (``nach Anspruch 3,
wobei das Gehäuse (12)`` / ``according to claim 12, wherein the housing (3)``) and a
range of claims turned into two claims (``nach einem der Ansprüche 1 bis 4`` /
``according to claim 1 or 4``) all passed: the same numbers.

A claim reference is a claim word of the language's ``headings.tsv`` (``claim``:
``Anspruch``, ``Ansprüche``, ``claim``, ``revendication``, ``reivindicación``) and the
numbers right after it, parted by commas, a dash or the words of its ``claim_to`` (a
range: ``1 bis 4``, ``1 to 4``, ``1-4``) and ``claim_and`` (a list: ``1 oder 4``,
``1, 2 or 5``).  A claim is a unit that starts with its number and a full stop (``5.``) and
refers to a claim on either side.  A unit is reported where

* the target claim's number differs from the source's (``5.`` / ``3.``);
* the target claim refers to itself or to a later claim, which a claim may not, where the
  source claim does not;
* the claims referred to differ (a range read out: ``1 bis 4`` is 1, 2, 3 and 4) while the
  unit's numbers are the same on both sides -- other numbers are number-mismatch's.

One finding a unit, saying each.  Languages with ``claim`` words: en de fr es pt.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from aligner.check.base import Context, translated_units
from aligner.check.folding import strip_accents
from aligner.check.headings import HeadingTable, heading_table
from aligner.model import Finding

_LABEL = re.compile(r"\s*(\d{1,3})\s?\.\s+(?=\D)")
_NUMBER = re.compile(r"\d{1,3}(?![\d.,]\d)")
_LINK = re.compile(r"\s*(?:,\s*|[-\u2013]\s*|([^\W\d_]+)\s+)")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")
_LONGEST_RANGE = 100  # claims 1 to 4; a wider "range" is a misreading


@dataclass(frozen=True, slots=True)
class ClaimRefs:
    """The claim references of one side: the claims referred to (a range read out) and
    each reference as written, with the span of the first."""

    claims: frozenset[int]
    written: tuple[str, ...]
    span: tuple[int, int] | None


def claim_references(text: str, table: HeadingTable) -> ClaimRefs:
    """The claims ``text`` refers to (the module docstring)."""
    claims: set[int] = set()
    written: list[str] = []
    span: tuple[int, int] | None = None
    for word in _WORD.finditer(text):
        if strip_accents(word.group().lower()) not in table.claims:
            continue
        at = word.end()
        first = _NUMBER.match(text, at + 1) if text[at:at + 1] in (" ", "\u00a0") else None
        if first is None:
            continue
        numbers, end = [int(first.group())], first.end()
        while True:
            link = _LINK.match(text, end)
            nxt = _NUMBER.match(text, link.end()) if link else None
            if link is None or nxt is None:
                break
            joiner = strip_accents((link.group(1) or "").lower())
            if link.group(1) and joiner not in table.claim_to | table.claim_and:
                break
            low, high = numbers[-1], int(nxt.group())
            if (joiner in table.claim_to or "-" in link.group() or "\u2013" in link.group()) \
                    and low < high <= low + _LONGEST_RANGE:
                numbers += range(low + 1, high + 1)
            else:
                numbers.append(high)
            end = nxt.end()
        claims.update(numbers)
        written.append(text[word.start():end])
        span = span or (word.start(), end)
    return ClaimRefs(frozenset(claims), tuple(written), span)


def _label(text: str) -> int | None:
    m = _LABEL.match(text)
    return int(m.group(1)) if m else None


def _listed(claims: frozenset[int]) -> str:
    return ", ".join(str(c) for c in sorted(claims))


def check_claims(ctx: Context) -> Iterator[Finding]:
    """claim-reference (the module docstring)."""
    src_table, tgt_table = heading_table(ctx.src_lang), heading_table(ctx.tgt_lang)
    if src_table is None or tgt_table is None or not src_table.claims or not tgt_table.claims:
        return
    for u, unit in translated_units(ctx):
        src = claim_references(unit.source, src_table)
        tgt = claim_references(unit.target, tgt_table)
        if not src.claims and not tgt.claims:
            continue
        said: list[str] = []
        src_label, tgt_label = _label(unit.source), _label(unit.target)
        if src_label is not None and tgt_label is not None and src_label != tgt_label:
            said.append(f"the target claim is numbered {tgt_label}, the source claim "
                        f"{src_label}")
        own = tgt_label if tgt_label is not None else src_label
        if own is not None and any(c >= own for c in tgt.claims) \
                and not (src_label is not None and any(c >= src_label for c in src.claims)):
            later = _listed(frozenset(c for c in tgt.claims if c >= own))
            said.append(f"claim {own} of the target refers to claim {later}, not to an "
                        "earlier claim")
        if src.claims and tgt.claims and src.claims != tgt.claims and \
                Counter(_DIGITS.findall(unit.source)) == Counter(_DIGITS.findall(unit.target)):
            said.append("the claims referred to differ: "
                        f"{'; '.join(repr(w) for w in src.written)} ({_listed(src.claims)}) "
                        f"in the source, {'; '.join(repr(w) for w in tgt.written)} "
                        f"({_listed(tgt.claims)}) in the target")
        if said:
            yield Finding(
                code="claim-reference", severity=ctx.severity("claim-reference"), unit=u,
                message="; ".join(said), expected=src.written,
                found="; ".join(tgt.written) or None, src_span=src.span, tgt_span=tgt.span)

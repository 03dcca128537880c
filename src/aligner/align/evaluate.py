"""Strict and lax precision/recall/F1 of sentence alignments.

The definitions are those of Sennrich & Volk (2010) as used by vecalign's
scorer and by ``shared/bench/align/score.py``:

* beads empty on both sides are dropped, duplicates collapse;
* precision walks the hypothesis beads (null beads included): a bead also in
  the gold is a strict and lax hit; otherwise it is a strict miss, and a lax
  hit when one of its target sentences is linked by some gold bead to one of
  its source sentences;
* recall is the same with the roles swapped, after removing every bead that
  is empty on one side from both lists;
* counts are summed over documents before the ratios (micro-average); 0/0 = 0.

A gold document with no bead (or only ``[]:[]``) is refused: there is nothing
to score against, and 0.000 everywhere would read as a result.  An empty
hypothesis is scored (as a run that aligned nothing), like the reference scorer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from aligner.align.beadfile import BeadPair
from aligner.errors import InputError


@dataclass(frozen=True, slots=True)
class Counts:
    p_strict_hit: int = 0
    p_strict_miss: int = 0
    p_lax_hit: int = 0
    p_lax_miss: int = 0
    r_strict_hit: int = 0
    r_strict_miss: int = 0
    r_lax_hit: int = 0
    r_lax_miss: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self._tuple(), other._tuple(), strict=True)))

    def _tuple(self) -> tuple[int, ...]:
        return (self.p_strict_hit, self.p_strict_miss, self.p_lax_hit, self.p_lax_miss,
                self.r_strict_hit, self.r_strict_miss, self.r_lax_hit, self.r_lax_miss)


@dataclass(frozen=True, slots=True)
class Scores:
    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float


def _clean(beads: Iterable[BeadPair], *, drop_null: bool) -> set[BeadPair]:
    out = set()
    for s, t in beads:
        if not s and not t:
            continue
        if drop_null and (not s or not t):
            continue
        out.add((tuple(s), tuple(t)))
    return out


def _hits(reference: set[BeadPair], candidate: set[BeadPair]) -> tuple[int, int, int, int]:
    linked: dict[int, set[int]] = {}
    for s, t in reference:
        for i in s:
            linked.setdefault(i, set()).update(t)
    sh = sm = lh = lm = 0
    for s, t in candidate:
        if (s, t) in reference:
            sh += 1
            lh += 1
            continue
        sm += 1
        reach: set[int] = set()
        for i in s:
            reach |= linked.get(i, set())
        if reach.intersection(t):
            lh += 1
        else:
            lm += 1
    return sh, sm, lh, lm


def count(gold: Sequence[BeadPair], hyp: Sequence[BeadPair]) -> Counts:
    """Hit/miss counts for one document."""
    p = _hits(_clean(gold, drop_null=False), _clean(hyp, drop_null=False))
    r = _hits(_clean(hyp, drop_null=True), _clean(gold, drop_null=True))
    return Counts(*p, *r)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def scores(c: Counts) -> Scores:
    ps = _ratio(c.p_strict_hit, c.p_strict_hit + c.p_strict_miss)
    rs = _ratio(c.r_strict_hit, c.r_strict_hit + c.r_strict_miss)
    pl = _ratio(c.p_lax_hit, c.p_lax_hit + c.p_lax_miss)
    rl = _ratio(c.r_lax_hit, c.r_lax_hit + c.r_lax_miss)
    return Scores(ps, rs, _f1(ps, rs), pl, rl, _f1(pl, rl))


def evaluate(pairs: Iterable[tuple[Sequence[BeadPair], Sequence[BeadPair]]], *,
             gold_names: Sequence[str] | None = None) -> Scores:
    """Micro-averaged scores over (gold, hypothesis) documents.

    ``gold_names`` (the gold files, in the same order) name an empty gold in the
    error; without them it is named by its number when there are several.
    """
    docs = list(pairs)
    total = Counts()
    for k, (gold, hyp) in enumerate(docs):
        if not any(s or t for s, t in gold):
            path = gold_names[k] if gold_names is not None else None
            which = "the gold" if path is not None or len(docs) == 1 else f"gold document {k + 1}"
            raise InputError(f"{which} has no beads: there is nothing to score against",
                             path=path)
        total = total + count(gold, hyp)
    return scores(total)

"""moved: source sentences without a counterpart whose translation the target has
elsewhere in the same document, also without a counterpart.

An alignment is monotone: when a translation moves a paragraph (paragraphs 2 and 3 of a
chapter swapped), the aligner pairs one of the two and leaves the other unaligned on
both sides -- its source sentences ``empty-target`` (an omission) where they were, its
translation ``empty-source`` (an addition) where it went.  Both are wrong: the text is
translated, in another place.  This check compares each unit with a source and no
target with each unit with a target and no source in the same document (not the
aligned ones: no realigning) by the sentence encoder's cosine (``aligner[neural]``;
:mod:`aligner.align.encoder`), the signal the aligner trusts most between the languages
the encoder knows, and numbers as written.

A source unit and a target unit are one sentence moved when

* the cosine of their vectors is :data:`MIN_COSINE` or more, and each is the other's
  best among the one-sided units of the document (a translation is nearer its own
  source than any other sentence);
* the numbers in digits of the two agree where both have some (``1 200`` / ``1,200``;
  ``42`` / ``forty-two`` is no disagreement);
* an aligned unit lies between them: a source unit and its translation left unaligned
  side by side are an alignment the aligner missed, not moved text.

Pairs whose source units follow one another in a run of one-sided units, as their target
units do, make one move, reported once on each side (on its first unit), naming the
other side's units; their ``empty-target`` and ``empty-source`` are not reported.  A move
of one sentence needs that sentence to have :data:`MIN_WORDS` words or more on each side:
short sentences (``Oui.`` / ``No.``, cosine 0.79) sit near any short sentence.

Without the encoder (``--encoder none``, or the extra not installed), or for a
language it does not know, nothing is reported as moved: the words alone (numbers,
names, cognates) do not tell a translation from a sentence on the same subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from aligner.check.base import Context, is_blank
from aligner.textutil import ascii_digits

#: The least cosine of a moved sentence and its translation.  On the hand-written
#: sentences of tests/check/test_moved.py (fr, es, de, zh into English) translations
#: score 0.65-0.86 (the lowest a Chinese one) and unrelated sentences of one story
#: 0.34 at most; two one-word answers can score 0.79 (``Oui.`` / ``No.``: MIN_WORDS).
MIN_COSINE = 0.6
#: Words a sentence moved alone has at least on each side (a CJK character counts as
#: half a word).
MIN_WORDS = 4
#: One-sided units of a side above which the document is not searched: two texts that
#: are no translation of each other leave most sentences unaligned, and none moved.
MAX_UNITS = 2000

_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class Move:
    """Source units whose translation is the target units, elsewhere."""

    src_units: tuple[int, ...]
    tgt_units: tuple[int, ...]
    #: the mean cosine of the move's sentence pairs (what matched them)
    similarity: float = 0.0


def _words(text: str) -> float:
    cjk = len(_CJK.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) + cjk / 2


def _numbers(text: str) -> frozenset[str]:
    return frozenset(n.lstrip("0") or "0" for n in _NUMBER.findall(ascii_digits(text)))


def _numbers_agree(source: str, target: str) -> bool:
    a, b = _numbers(source), _numbers(target)
    return not a or not b or a == b


def find_moves(ctx: Context) -> tuple[Move, ...]:
    """The moves of ``ctx``'s units, document by document (none without the encoder)."""
    from aligner.align.encoder import get_encoder, knows

    if ctx.options.encoder == "none" or not (knows(ctx.src_lang) and knows(ctx.tgt_lang)):
        return ()
    by_doc: dict[str | None, list[int]] = {}
    for u, unit in enumerate(ctx.units):
        by_doc.setdefault(unit.document, []).append(u)
    moves: list[Move] = []
    for indices in by_doc.values():
        units = [(u, ctx.units[u]) for u in indices]
        src = [u for u, unit in units if not is_blank(unit.source) and is_blank(unit.target)]
        tgt = [u for u, unit in units if is_blank(unit.source) and not is_blank(unit.target)]
        if not src or not tgt or len(src) > MAX_UNITS or len(tgt) > MAX_UNITS:
            continue
        encoder = get_encoder(ctx.options.encoder)
        if encoder is None:
            return ()
        moves.extend(_document_moves(ctx, indices, src, tgt, encoder.embed(
            [ctx.units[u].source for u in src] + [ctx.units[u].target for u in tgt])))
    return tuple(moves)


def _document_moves(ctx: Context, indices: Sequence[int], src: list[int], tgt: list[int],
                    vectors: np.ndarray) -> list[Move]:
    vs = vectors[:len(src)].astype(np.float32)
    vt = vectors[len(src):].astype(np.float32)
    cos = vs @ vt.T
    best_t, best_s = cos.argmax(axis=1), cos.argmax(axis=0)
    # the aligned units before each unit of the document: one between two units
    # makes them apart
    aligned = [0]
    for u in indices:
        unit = ctx.units[u]
        aligned.append(aligned[-1] + (not is_blank(unit.source) and not is_blank(unit.target)))
    place = {u: k for k, u in enumerate(indices)}

    def apart(a: int, b: int) -> bool:
        lo, hi = sorted((place[a], place[b]))
        return aligned[hi] - aligned[lo + 1] > 0

    pairs = []
    cosines: dict[int, float] = {}
    for i, j in enumerate(best_t):
        s, t = src[i], tgt[int(j)]
        if (best_s[j] == i and cos[i, j] >= MIN_COSINE and apart(s, t)
                and _numbers_agree(ctx.units[s].source, ctx.units[t].target)):
            pairs.append((s, t))
            cosines[s] = float(cos[i, j])
    # pairs next to each other on both sides (no aligned unit between) are one move
    groups: list[list[tuple[int, int]]] = []
    for s, t in pairs:
        if groups:
            ps, pt = groups[-1][-1]
            if t > pt and not apart(ps, s) and not apart(pt, t):
                groups[-1].append((s, t))
                continue
        groups.append([(s, t)])
    return [Move(tuple(s for s, _ in g), tuple(t for _, t in g),
                 sum(cosines[s] for s, _ in g) / len(g)) for g in groups
            if len(g) > 1 or (_words(ctx.units[g[0][0]].source) >= MIN_WORDS
                              and _words(ctx.units[g[0][1]].target) >= MIN_WORDS)]


def unit_ranges(units: Sequence[int]) -> str:
    """``units 28-30``, ``unit 5``, ``units 3, 7-8``: units numbered as findings are."""
    parts: list[str] = []
    start = prev = units[0]
    for u in [*units[1:], None]:
        if u is not None and u == prev + 1:
            prev = u
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if u is not None:
            start = prev = u
    return ("unit " if len(units) == 1 else "units ") + ", ".join(parts)

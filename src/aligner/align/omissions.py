"""Sentences a multi-sentence bead may hold untranslated: the ``possible-omission`` check.

An untranslated sentence between two translated ones is a null bead when the aligner
sees it as one, and the checks report it (``empty-target``).  But a sentence next to
one the translation does render is often joined to it instead (``[1, 2]:[1]``): with
the sentence encoder, an unaligned sentence costs ``enc_null`` more than a member of a
bead, which keeps the DEV gold's beads, where unaligned sentences are rare -- and which
a sentence left out by the translator pays too.  So the pair is aligned a second time
with the unaligned sentence cheaper (:data:`OMISSION_ENC_NULL`); a source sentence
that is a member of a multi-sentence bead in the alignment and unaligned in the second
one is a suspect, which the bead's signals carry (``omitted_members``: bit ``k`` set
for the bead's ``k``-th source sentence) and the checks report.  The alignment itself
is not changed.

A member with numbers is held in its bead by them (a unit the target has, ``200 MB``
beside ``25 MB``) even where the second alignment's unaligned sentence is cheaper
still, so a second signal adds suspects, with or without the encoder
(:func:`number_suspects`): the one member whose numbers the bead's target lacks, while
the other members' numbers are all there, and without which the bead's length ratio is
nearer the document's usual one.

A left-out sentence without numbers is also kept joined by the second alignment where
being unaligned still costs more than the bead (a short sentence beside a long one it
shares words with), so a third signal reads the encoder's vectors
(:func:`encoder_suspects`): the bead's target is a close translation of the rest of
the bead and not of the member, and the target's length does not say otherwise.

Measured by ``python benchmarks/omissions.py`` (docs/checks.md has the table and the
variants tried): on the DEV sets and the corpus with every twentieth 1-1 target
sentence deleted, the aligner leaves 55 % of the deleted sentences' sources unaligned
and the three signals mark another 25 %; on the sets as they are they mark 0.34 % of
the source sentences.

The second alignment only where the encoder is used and knows both languages
(between others, a sentence's translation sits as far from it as unrelated text: the
second alignment would guess), and not for an alignment made without it (a saved one
says so in its settings): the second alignment would differ from it for that reason
alone.
"""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from aligner.align.aligner import AlignOptions, Evidence, Progress, align_sentences
from aligner.align.encoder import Encoder, get_encoder, knows
from aligner.model import OMITTED_MEMBERS, Alignment
from aligner.textutil import ascii_digits

#: ``AlignOptions.enc_null`` of the second alignment (the default is 6).  On the DEV
#: sets, measured before the second alignment was limited to the encoder's languages
#: (a throwaway script): 3 marks 22 % more of the left-out sentences than 4 does, but
#: 1.0 % of the sentences of the unchanged sets; 5 marks 0.15 % of those, and 44 % fewer
#: of the left-out ones.
OMISSION_ENC_NULL = 4.0
#: ``aligner check --omissions``: the second alignment's ``enc_null`` for each setting.
#: ``high`` is for texts where a left-out sentence costs more than a false suspect (a
#: safety leaflet): ``python benchmarks/omissions.py --omissions high`` measures it.
SENSITIVITY: dict[str, float] = {"normal": OMISSION_ENC_NULL, "high": 3.0}


def omission_suspects(alignment: Alignment, *, evidence: Evidence | None = None,
                      options: AlignOptions | None = None,
                      progress: Progress | None = None,
                      sensitivity: str = "normal") -> dict[int, tuple[int, ...]]:
    """Per bead index: the positions, in the bead's source, of the sentences that may be
    untranslated -- only beads of several source sentences and some target, made by the
    aligner (not a person), and never all of a bead's sentences: those the second
    alignment leaves out and those :func:`number_suspects` finds (the only ones without
    the encoder or one of its languages).  ``sensitivity`` is a key of
    :data:`SENSITIVITY`."""
    opts = options or AlignOptions()
    joined = [k for k, b in enumerate(alignment.beads)
              if len(b.src) > 1 and b.tgt and b.review is None]
    if not joined:
        return {}
    by_numbers = number_suspects(alignment, joined)
    encoder = get_encoder(opts.encoder)
    if (alignment.settings.get("encoder") == "none"  # made without it: another alignment
            or encoder is None
            or not (knows(alignment.src_lang) and knows(alignment.tgt_lang))):
        return by_numbers
    again = align_sentences(
        alignment.src_sentences, alignment.tgt_sentences, src_lang=alignment.src_lang,
        tgt_lang=alignment.tgt_lang, src_paragraph_starts=alignment.src_paragraph_starts,
        tgt_paragraph_starts=alignment.tgt_paragraph_starts, evidence=evidence,
        src_regions=alignment.src_regions, tgt_regions=alignment.tgt_regions,
        options=replace(opts, enc_null=SENSITIVITY[sensitivity]),
        progress=None if progress is None else (
            lambda stage, frac: progress(f"omissions: {stage}", frac)))
    unaligned = {i for b in again.beads if not b.tgt for i in b.src}
    by_encoder = encoder_suspects(alignment, joined, encoder)
    found = {}
    for k in joined:
        members = alignment.beads[k].src
        target = " ".join(alignment.tgt_sentences[j] for j in alignment.beads[k].tgt)
        positions = tuple(sorted({p for p, i in enumerate(members)
                                  if (i in unaligned or p in by_encoder.get(k, ()))
                                  and not is_numbered_label(alignment.src_sentences[i], target)}
                                 | set(by_numbers.get(k, ()))))
        if positions and len(positions) < len(members):
            found[k] = positions
    return found


def _numbers(text: str) -> set[str]:
    """The digit runs of ``text``, any script's digits, leading zeros dropped: ``1,000``
    and ``1.000`` read alike (``1``, ``0``)."""
    return {n.lstrip("0") or "0" for n in _NUMBER.findall(ascii_digits(text))}


def _usual_ratio(alignment: Alignment) -> float | None:
    """The median, over the beads with text on both sides, of the log of a bead's target
    characters per source character (a median: the beads a translator cut short, or the
    document's few odd ones, leave it as it is)."""
    ratios = []
    for b in alignment.beads:
        s = sum(len(alignment.src_sentences[i]) for i in b.src)
        t = sum(len(alignment.tgt_sentences[j]) for j in b.tgt)
        if s and t:
            ratios.append(math.log(t / s))
    return statistics.median(ratios) if ratios else None


def number_suspects(alignment: Alignment, joined: list[int]) -> dict[int, tuple[int, ...]]:
    """Per bead of ``joined`` (indices of multi-sentence beads): the one member whose
    numbers the bead's target has none of, while every other member's numbers, at least
    one, are all there, and without which the bead's length ratio (target characters per
    source character) is nearer the document's usual one (:func:`_usual_ratio`).

    The numbers a left-out sentence holds tie it to its bead (a unit the target has,
    ``200 MB`` beside ``25 MB``; in a probe the number alone did too) and the second
    alignment keeps it there; the target, which renders the other members' numbers as
    they are, says it is not translated.  Needs no encoder: any alignment."""
    usual = _usual_ratio(alignment)
    if usual is None:
        return {}
    found: dict[int, tuple[int, ...]] = {}
    for k in joined:
        bead = alignment.beads[k]
        target = " ".join(alignment.tgt_sentences[j] for j in bead.tgt)
        have = _numbers(target)
        numbers = [_numbers(alignment.src_sentences[i]) for i in bead.src]
        lacking = [p for p, ns in enumerate(numbers) if ns and not ns & have]
        if len(lacking) != 1:
            continue
        p = lacking[0]
        rest = set().union(*(ns for q, ns in enumerate(numbers) if q != p))
        if not rest or not rest <= have:
            continue
        t = len(target)
        s = sum(len(alignment.src_sentences[i]) for i in bead.src)
        without = s - len(alignment.src_sentences[bead.src[p]])
        if t and without > 0 and (abs(math.log(t / without) - usual)
                                  < abs(math.log(t / s) - usual)):
            found[k] = (p,)
    return found


#: :func:`encoder_suspects`: a member is as close to the bead's target as at most this
#: share of the rest's closeness (cosines), the rest without it is closer to the target
#: than the whole bead by :data:`REST_GAIN` at least, and the member is at least
#: :data:`MIN_SHARE` of the bead's source characters; and without it the bead's length
#: ratio is no further from the document's usual one than :data:`LENGTH_SLACK` (logs)
#: beyond the whole bead's.  Measured by ``python benchmarks/omissions.py`` (the table
#: and the variants tried: docs/checks.md "Omissions").
MEMBER_SHARE = 0.5
REST_GAIN = 0.1
MIN_SHARE = 0.1
LENGTH_SLACK = 0.1


def _unit(v: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    norm = float(np.linalg.norm(v))
    return v / norm if norm > 0 else v


def encoder_suspects(alignment: Alignment, joined: list[int], encoder: Encoder
                     ) -> dict[int, tuple[int, ...]]:
    """Per bead of ``joined``: the members whose meaning the bead's target lacks, by the
    sentence encoder -- the target (its sentences' vectors summed, as the aligner sums
    them) reads as a close translation of the rest of the bead and not of the member.

    The second alignment keeps a left-out sentence joined where the unaligned sentence
    still costs more than the bead (a 2-1 bead of confidence 0.91 in a Chinese report,
    whose left-out member's cosine to the target is 0.35 and the other's 0.87).  A member
    is a suspect when its cosine to the target is at most :data:`MEMBER_SHARE` of the
    rest's, the rest is closer to the target than the whole bead by :data:`REST_GAIN`,
    the member is no fragment (:data:`MIN_SHARE` of the bead's source characters: the
    vector of ``Literatur :`` or a name cut from a list says little), and the target's
    length does not speak against it (:data:`LENGTH_SLACK`)."""
    usual = _usual_ratio(alignment)
    if usual is None:
        return {}
    wanted = sorted({i for k in joined for i in alignment.beads[k].src})
    targets = sorted({j for k in joined for j in alignment.beads[k].tgt})
    vectors = encoder.embed([*(alignment.src_sentences[i] for i in wanted),
                             *(alignment.tgt_sentences[j] for j in targets)]).astype(np.float32)
    src_row = {i: r for r, i in enumerate(wanted)}
    tgt_row = {j: len(wanted) + r for r, j in enumerate(targets)}
    found: dict[int, tuple[int, ...]] = {}
    for k in joined:
        bead = alignment.beads[k]
        target = _unit(vectors[[tgt_row[j] for j in bead.tgt]].sum(axis=0))
        members = vectors[[src_row[i] for i in bead.src]]
        whole = float(_unit(members.sum(axis=0)) @ target)
        lengths = [len(alignment.src_sentences[i]) for i in bead.src]
        t = sum(len(alignment.tgt_sentences[j]) for j in bead.tgt)
        s = sum(lengths)
        if not (t and s):
            continue
        positions = []
        for p, own in enumerate(members):
            rest = float(_unit(members.sum(axis=0) - own) @ target)
            without = s - lengths[p]
            if (float(own @ target) <= MEMBER_SHARE * rest and rest - whole >= REST_GAIN
                    and lengths[p] >= MIN_SHARE * s and without > 0
                    and abs(math.log(t / without) - usual)
                    <= abs(math.log(t / s) - usual) + LENGTH_SLACK):
                positions.append(p)
        if positions:
            found[k] = tuple(positions)
    return found


def mark_omissions(alignment: Alignment, suspects: dict[int, tuple[int, ...]]) -> Alignment:
    """``alignment`` with each suspect bead's ``omitted_members`` signal set."""
    if not suspects:
        return alignment
    beads = tuple(
        b if k not in suspects else replace(
            b, signals={**b.signals, OMITTED_MEMBERS: float(sum(1 << p for p in suspects[k]))})
        for k, b in enumerate(alignment.beads))
    return replace(alignment, beads=beads)


# a number, digits of any script (a label's 【請求項２】, Artículo 5)
_NUMBER = re.compile(r"\d+")
# the most a label holds besides its number: characters of a script written without
# spaces (請求項), or words (Artículo, Chapter)
_LABEL_CHARS = 8
_LABEL_WORDS = 2


def is_numbered_label(sentence: str, target: str) -> bool:
    """Whether ``sentence`` is a short label with a number (``【請求項２】``, ``Artículo
    5``, ``Capítulo 12.``) whose numbers the bead's ``target`` has: a patent claim's
    label ``【請求項２】`` before its claim is rendered ``2.`` at the head of the claim,
    and the second alignment, which finds no translation of the label alone, would
    report it as left out."""
    digits = ascii_digits(sentence)
    numbers = _NUMBER.findall(digits)
    if not numbers:
        return False
    rest = _NUMBER.sub(" ", digits)
    words = re.findall(r"[^\W\d_]+", rest)
    if len(words) > _LABEL_WORDS or sum(len(w) for w in words) > _LABEL_CHARS * (
            1 if any(ord(c) > 0x2E80 for w in words for c in w) else 3):
        return False
    have = {h.lstrip("0") for h in _NUMBER.findall(ascii_digits(target))}
    return all(n.lstrip("0") in have for n in numbers)

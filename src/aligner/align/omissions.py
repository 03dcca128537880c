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

Measured by ``python benchmarks/omissions.py`` (docs/checks.md has the table): on the
DEV sets and the corpus with every twentieth 1-1 target sentence deleted, the aligner
leaves 55 % of the deleted sentences' sources unaligned and the second alignment marks
another 22 %; on the sets as they are it marks 0.3 % of the source sentences.

Only where the encoder is used and knows both languages (between others, a sentence's
translation sits as far from it as unrelated text: the second alignment would guess),
and not for an alignment made without it (a saved one says so in its settings): the
second alignment would differ from it for that reason alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from aligner.align.aligner import AlignOptions, Evidence, Progress, align_sentences
from aligner.align.encoder import get_encoder, knows
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
    aligner (not a person), and never all of a bead's sentences.  ``sensitivity`` is a
    key of :data:`SENSITIVITY`."""
    opts = options or AlignOptions()
    if (alignment.settings.get("encoder") == "none"  # made without it: another alignment
            or get_encoder(opts.encoder) is None
            or not (knows(alignment.src_lang) and knows(alignment.tgt_lang))):
        return {}
    joined = [k for k, b in enumerate(alignment.beads)
              if len(b.src) > 1 and b.tgt and b.review is None]
    if not joined:
        return {}
    again = align_sentences(
        alignment.src_sentences, alignment.tgt_sentences, src_lang=alignment.src_lang,
        tgt_lang=alignment.tgt_lang, src_paragraph_starts=alignment.src_paragraph_starts,
        tgt_paragraph_starts=alignment.tgt_paragraph_starts, evidence=evidence,
        src_regions=alignment.src_regions, tgt_regions=alignment.tgt_regions,
        options=replace(opts, enc_null=SENSITIVITY[sensitivity]),
        progress=None if progress is None else (
            lambda stage, frac: progress(f"omissions: {stage}", frac)))
    unaligned = {i for b in again.beads if not b.tgt for i in b.src}
    found = {}
    for k in joined:
        members = alignment.beads[k].src
        target = " ".join(alignment.tgt_sentences[j] for j in alignment.beads[k].tgt)
        positions = tuple(p for p, i in enumerate(members) if i in unaligned
                          and not is_numbered_label(alignment.src_sentences[i], target))
        if positions and len(positions) < len(members):
            found[k] = positions
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

"""Realign around fixed beads: what a reviewer confirmed or edited stays, the rest is aligned again.

An alignment is a monotone sequence of beads covering every sentence once.  A
reviewer fixes some of them (confirms a bead, merges two, detaches a sentence);
:func:`realign` keeps those beads exactly and aligns every run of beads
between them again, as a pair of its own: the sentences of a run are
contiguous on both sides (the alignment is monotone), so the run's source and
target sentences are a sub-pair, and the fixed beads around it are hard
boundaries -- no realigned bead crosses one.  A boundary between two free beads can
be kept too (``apart``: where a person split a bead, :mod:`aligner.editor.kept_splits`):
the run is cut there, and each part is aligned on its own.  A fixed bead may have any shape
(``5-2``, ``1-0``), not only the shapes the DP kernel produces, because it is
never given to the kernel.

Each run is aligned with the two-pass aligner of :mod:`aligner.align.aligner`
(its own length ratio and lexicon, as each segment of a long pair is); the
confidence of every realigned bead is computed against the typical lexical
similarity of all realigned beads together, so a short run does not make its
own beads look sure.  An alignment whose body and notes were aligned apart
(:mod:`aligner.align.regions`) is realigned so: a run that spans both is
realigned a region at a time.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np

from aligner.align.aligner import _align_pair, _beads, _for_languages
from aligner.align.encoder import knows
from aligner.align.options import AlignOptions, Evidence
from aligner.align.path import BeadPath, concat
from aligner.align.regions import region_spans, within
from aligner.errors import ConfigError
from aligner.model import Alignment, Bead


def check_fixed(alignment: Alignment, fixed: Collection[int], what: str = "fixed") -> None:
    """Refuse fixed bead numbers that do not name a bead of ``alignment``."""
    bad = sorted(k for k in fixed if not 0 <= k < len(alignment.beads))
    if bad:
        raise ConfigError(
            f"{what} bead {bad[0]} does not exist: the alignment has "
            f"{len(alignment.beads)} beads (0-{len(alignment.beads) - 1})")


def _runs(n_beads: int, fixed: Collection[int],
          apart: Collection[int] = ()) -> list[tuple[int, int]]:
    """The maximal runs ``[k0, k1)`` of bead numbers that are not fixed, cut before
    each bead numbered in ``apart``."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for k in range(n_beads + 1):
        free = k < n_beads and k not in fixed
        if free and start is not None and k in apart:
            runs.append((start, k))
            start = None
        if free and start is None:
            start = k
        elif not free and start is not None:
            runs.append((start, k))
            start = None
    return runs


def _span(beads: Sequence[Bead], side: str, before: int) -> tuple[int, int]:
    """The sentence range ``[lo, hi)`` of one side of ``beads``; empty at ``before``."""
    idx = [i for bead in beads for i in getattr(bead, side)]
    return (min(idx), max(idx) + 1) if idx else (before, before)


def realign(
    alignment: Alignment,
    fixed: Collection[int],
    *,
    src_paragraph_starts: frozenset[int] | None = None,
    tgt_paragraph_starts: frozenset[int] | None = None,
    evidence: Evidence | None = None,
    options: AlignOptions | None = None,
    apart: Collection[int] = (),
) -> Alignment:
    """``alignment`` with the beads numbered in ``fixed`` kept and all others aligned again.

    The result covers every sentence exactly once, in order; the fixed beads
    appear in it unchanged (score and signals included), at the same place
    relative to their neighbours.  For each bead number ``k`` in ``apart``, no
    realigned bead holds sentences of both bead ``k - 1`` and bead ``k`` (a boundary
    a person made, kept between free beads).  The paragraph starts default to the
    alignment's own (soft anchors, as when it was first aligned).  With nothing
    fixed it is the alignment of the whole pair by
    :func:`aligner.align.aligner.align_sentences` (for a pair short enough not
    to be cut into segments, with the alignment's regions); with everything fixed
    it is ``alignment`` itself.
    """
    check_fixed(alignment, fixed)
    check_fixed(alignment, apart, "kept-apart")
    fixed = frozenset(fixed)
    if src_paragraph_starts is None:
        src_paragraph_starts = alignment.src_paragraph_starts or None
    if tgt_paragraph_starts is None:
        tgt_paragraph_starts = alignment.tgt_paragraph_starts or None
    opts = _for_languages(options or AlignOptions(), alignment.src_lang, alignment.tgt_lang)
    ev = evidence or Evidence()
    src, tgt = alignment.src_sentences, alignment.tgt_sentences
    beads = alignment.beads
    runs = _runs(len(beads), fixed, frozenset(apart))

    # Where a run with no sentence on one side sits: after everything before it.
    src_after = np.cumsum([0] + [len(b.src) for b in beads])
    tgt_after = np.cumsum([0] + [len(b.tgt) for b in beads])
    paths: list[tuple[BeadPath, int, int]] = []
    counts: list[int] = []
    regions = list(zip(region_spans(alignment.src_regions, len(src)),
                       region_spans(alignment.tgt_regions, len(tgt)), strict=True))
    for k0, k1 in runs:
        i0, i1 = _span(beads[k0:k1], "src", int(src_after[k0]))
        j0, j1 = _span(beads[k0:k1], "tgt", int(tgt_after[k0]))
        counts.append(0)
        for (ri0, ri1), (rj0, rj1) in regions:  # a run's part in each region, on its own
            a0, a1, b0, b1 = max(i0, ri0), min(i1, ri1), max(j0, rj0), min(j1, rj1)
            if a0 >= a1 and b0 >= b1:
                continue
            a1, b1 = max(a0, a1), max(b0, b1)
            path = _align_pair(src[a0:a1], tgt[b0:b1], within(src_paragraph_starts, a0, a1),
                               within(tgt_paragraph_starts, b0, b1), ev.sliced(a0, a1),
                               opts, lambda _s, _f: None)
            paths.append((path, a0, b0))
            counts[-1] += len(path.a)

    new = (_beads(concat(paths), encoder_knows=knows(alignment.src_lang)
                  and knows(alignment.tgt_lang)) if paths else [])
    # Put them back between the fixed beads: run r's new beads are those whose
    # sentences fall in its ranges; the runs are in order, so are the beads.
    out: list[Bead] = []
    pos = 0
    starts = {k0: r for r, (k0, _) in enumerate(runs)}
    ends = [k1 for _, k1 in runs]
    k = 0
    while k < len(beads):
        if k in starts:
            r = starts[k]
            out.extend(new[pos:pos + counts[r]])
            pos += counts[r]
            k = ends[r]
        else:
            out.append(beads[k])
            k += 1
    settings = {**alignment.settings, **opts.describe(),
                "fixed_beads": str(len(fixed)), "realigned_runs": str(len(runs))}
    return Alignment(src, tgt, tuple(out), alignment.src_lang, alignment.tgt_lang,
                     alignment.src_name, alignment.tgt_name, settings,
                     alignment.src_paragraph_starts, alignment.tgt_paragraph_starts,
                     src_formatting=alignment.src_formatting,
                     tgt_formatting=alignment.tgt_formatting,
                     src_codes=alignment.src_codes, tgt_codes=alignment.tgt_codes,
                     src_regions=alignment.src_regions, tgt_regions=alignment.tgt_regions,
                     src_cues=alignment.src_cues, tgt_cues=alignment.tgt_cues,
                     src_paragraphs=alignment.src_paragraphs,
                     tgt_paragraphs=alignment.tgt_paragraphs,
                     src_parts=alignment.src_parts, tgt_parts=alignment.tgt_parts)

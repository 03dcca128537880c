"""Several alignments as one, and one as its documents: what a writer of several
inputs (:func:`concat_alignments`) or of one ``file`` per document (XLIFF,
:func:`document_runs`) needs.  Each bead keeps its own properties and codes, each sentence its
formatting and codes."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import replace

from aligner.formats.units import PROP_DOCUMENT, PROP_SRC_DOC, PROP_TGT_DOC, bead_props
from aligner.model import Alignment, Bead, Formatting, InlineCode, InlineTag


def concat_alignments(alignments: Sequence[Alignment]) -> Alignment:
    """One alignment after the other (sentence indices shifted); names and settings
    are the first's.  The beads keep their own properties (:func:`bead_props`):
    each its own alignment's sentence numbers and document names, not the shifted
    ones of the whole."""
    first = alignments[0]
    if len(alignments) == 1:
        return first
    src: list[str] = []
    tgt: list[str] = []
    beads: list[Bead] = []
    props: list[Mapping[str, str]] = []
    tags: list[tuple[tuple[InlineTag, ...], tuple[InlineTag, ...]]] = []
    src_looks: list[tuple[Formatting, ...]] = []
    tgt_looks: list[tuple[Formatting, ...]] = []
    src_codes: list[tuple[InlineCode, ...]] = []
    tgt_codes: list[tuple[InlineCode, ...]] = []
    for alignment in alignments:
        src_looks += alignment.src_formatting or [()] * len(alignment.src_sentences)
        tgt_looks += alignment.tgt_formatting or [()] * len(alignment.tgt_sentences)
        src_codes += alignment.src_codes or [()] * len(alignment.src_sentences)
        tgt_codes += alignment.tgt_codes or [()] * len(alignment.tgt_sentences)
        props += [bead_props(alignment, i) for i in range(len(alignment.beads))]
        tags += alignment.unit_tags or [((), ())] * len(alignment.beads)
        beads += [replace(b, src=tuple(len(src) + i for i in b.src),
                          tgt=tuple(len(tgt) + i for i in b.tgt)) for b in alignment.beads]
        src += alignment.src_sentences
        tgt += alignment.tgt_sentences
    return Alignment(tuple(src), tuple(tgt), tuple(beads), first.src_lang, first.tgt_lang,
                     first.src_name, first.tgt_name, dict(first.settings),
                     unit_props=tuple(props),
                     unit_tags=tuple(tags) if any(s or t for s, t in tags) else (),
                     src_formatting=tuple(src_looks) if any(src_looks) else (),
                     tgt_formatting=tuple(tgt_looks) if any(tgt_looks) else (),
                     src_codes=tuple(src_codes) if any(src_codes) else (),
                     tgt_codes=tuple(tgt_codes) if any(tgt_codes) else ())


def document_runs(alignment: Alignment) -> list[tuple[str | None, Alignment]]:
    """``alignment`` cut where its units' documents change (the collection document,
    the source and target document names; :func:`bead_props`), each run named after
    them -- a memory of several documents written to XLIFF, one ``file`` per
    document.  An alignment the aligner made is one run."""
    if not alignment.unit_props:
        return [(None, alignment)]

    def names(i: int) -> tuple[str | None, str | None, str | None]:
        had = alignment.unit_props[i]
        return had.get(PROP_DOCUMENT), had.get(PROP_SRC_DOC), had.get(PROP_TGT_DOC)

    runs: list[tuple[str | None, Alignment]] = []
    for (document, src_name, tgt_name), group in itertools.groupby(
            range(len(alignment.beads)), key=names):
        numbers = list(group)
        start, end = numbers[0], numbers[-1] + 1
        beads = alignment.beads[start:end]
        src_lo = min((k for b in beads for k in b.src), default=0)
        tgt_lo = min((k for b in beads for k in b.tgt), default=0)
        src_hi = max((k + 1 for b in beads for k in b.src), default=src_lo)
        tgt_hi = max((k + 1 for b in beads for k in b.tgt), default=tgt_lo)
        runs.append((document, replace(
            alignment,
            src_sentences=alignment.src_sentences[src_lo:src_hi],
            tgt_sentences=alignment.tgt_sentences[tgt_lo:tgt_hi],
            beads=tuple(replace(b, src=tuple(k - src_lo for k in b.src),
                                tgt=tuple(k - tgt_lo for k in b.tgt)) for b in beads),
            src_name=src_name or alignment.src_name, tgt_name=tgt_name or alignment.tgt_name,
            src_paragraph_starts=frozenset(), tgt_paragraph_starts=frozenset(),
            unit_props=alignment.unit_props[start:end],
            unit_tags=alignment.unit_tags[start:end],
            src_formatting=alignment.src_formatting[src_lo:src_hi],
            tgt_formatting=alignment.tgt_formatting[tgt_lo:tgt_hi],
            src_codes=alignment.src_codes[src_lo:src_hi],
            tgt_codes=alignment.tgt_codes[tgt_lo:tgt_hi])))
    return runs

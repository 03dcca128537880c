"""Each sentence's part of its document, kept in the collection (schema 15).

A pair read from structured documents knows where each sentence comes from
(:attr:`Alignment.src_parts <aligner.model.Alignment.src_parts>`: body, heading,
footnote, an EPUB's front matter), and the checks read it: a copyright page on one side
only is ``one-sided-front-matter``, not ``empty-target``, and ``unsure-section`` needs
the headings.  So ``check C.db`` and ``export C.db --leave-out-flagged`` judge a stored
pair as ``check`` of its two files does.  One column, ``sentences.part``: the part's
name (``front-matter``); NULL for a sentence whose part is not known (sentences read
from no document, a memory's units) and for every sentence of a document stored before
schema 15, until ``aligner batch`` aligns it again.  A side with a NULL part is read
without parts, as before.  A sentence a reviewer splits in two keeps its part on both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from aligner.errors import FormatError
from aligner.model import Alignment, Part


def sentence_part(parts: Sequence[Part], k: int) -> str | None:
    """What ``sentences.part`` holds for sentence ``k`` of a side of these parts."""
    return parts[k].value if k < len(parts) else None


def with_parts(alignment: Alignment, src: Sequence[str | None], tgt: Sequence[str | None],
               *, where: str) -> Alignment:
    """``alignment`` (a document read from the collection) with its sentences' parts,
    from their ``sentences.part`` (one entry a sentence, in order); a side with a NULL
    among them has none.  :class:`FormatError` naming ``where`` for a name that is no
    part."""
    found: dict[str, tuple[Part, ...]] = {}
    for side, names in (("src", src), ("tgt", tgt)):
        found[side] = ()
        if names and all(n is not None for n in names):
            try:
                found[side] = tuple(Part(n) for n in names)
            except ValueError as exc:
                raise FormatError(f"{where}: {side} sentences.part: {exc}") from None
    if not found["src"] and not found["tgt"]:
        return alignment
    return replace(alignment, src_parts=found["src"], tgt_parts=found["tgt"])

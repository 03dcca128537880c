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
Beside it (schema 16), ``sentences.number``: the paragraph the reader numbers the
sentence in, past paragraphs it joined (a DOCX list's items), which findings name as
``check`` of the saved alignment does; NULL where unknown (a side with a NULL counts its
paragraph starts).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from aligner.errors import FormatError
from aligner.model import Alignment, Part


def sentence_part(parts: Sequence[Part], k: int, numbers: Sequence[int] = ()
                  ) -> tuple[str | None, int | None]:
    """What ``sentences.part`` and ``sentences.number`` (schema 16: the reader's paragraph
    number, :attr:`Alignment.src_paragraphs <aligner.model.Alignment.src_paragraphs>`)
    hold for sentence ``k`` of a side of these parts and numbers."""
    return (parts[k].value if k < len(parts) else None,
            numbers[k] if k < len(numbers) and numbers[k] else None)


def with_parts(alignment: Alignment, src: Sequence[tuple[str | None, int | None]],
               tgt: Sequence[tuple[str | None, int | None]], *, where: str) -> Alignment:
    """``alignment`` (a document read from the collection) with its sentences' parts and
    their reader's paragraph numbers, from their ``sentences.part`` and ``sentences.number``
    (one pair a sentence, in order); a side with a NULL among its parts has none, and one
    with a NULL among its numbers counts its paragraph starts, as before schema 16.
    :class:`FormatError` naming ``where`` for a name that is no part."""
    found: dict[str, tuple[Part, ...]] = {}
    numbers: dict[str, tuple[int, ...]] = {}
    for side, rows in (("src", src), ("tgt", tgt)):
        names, read = [r[0] for r in rows], [r[1] for r in rows]
        numbers[side] = tuple(n for n in read if n is not None) if None not in read else ()
        found[side] = ()
        if names and all(n is not None for n in names):
            try:
                found[side] = tuple(Part(n) for n in names if n is not None)
            except ValueError as exc:
                raise FormatError(f"{where}: {side} sentences.part: {exc}") from None
    if numbers["src"] or numbers["tgt"]:
        alignment = replace(alignment, src_paragraphs=numbers["src"],
                            tgt_paragraphs=numbers["tgt"])
    if not found["src"] and not found["tgt"]:
        return alignment
    return replace(alignment, src_parts=found["src"], tgt_parts=found["tgt"])

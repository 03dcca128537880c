"""Each sentence's character formatting, kept in the collection (schema 12).

A pair's sentences keep the formatting their documents gave them -- the bold, italics
and links (with their addresses) of a DOCX, ODT, HTML or Markdown file, the italics of
subtitles: :attr:`Alignment.src_formatting <aligner.model.Alignment.src_formatting>`
-- so that ``aligner export C.db`` writes the inline codes ``aligner align -o x.tmx``
writes for the same two files, and ``check C.db`` reads what ``check`` of the pair
reads.  One column, ``sentences.formatting``: the sentence's spans as a saved
alignment writes them, less the sentence's index
(:func:`~aligner.formats.formatting_json.span_to_json`; offsets into the sentence)::

    [[3, 16, "b"], [20, 31, "a", "https://example.org/"]]

NULL for a sentence with none: every sentence of a plain-text pair (which grows by
nothing), and every sentence of a document stored before schema 12, until ``aligner
batch`` aligns it again (its files changed, or ``--force``).  A sentence whose text a
reviewer corrected loses its own, as in a saved alignment (:mod:`aligner.editor.edits`:
the spans were offsets into the old text).  A memory's inline codes are its beads'
records (:mod:`aligner.collection.records`), not this.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from aligner.errors import FormatError
from aligner.formats.formatting_json import formatting_from_json, span_to_json
from aligner.model import Alignment, Formatting

T = TypeVar("T")


def sentence_column(raw: str, text: str, *, key: str, where: str, shape: str,
                    from_json: Callable[[Any, tuple[str, ...], str,
                                         Callable[[str, str], FormatError]],
                                        tuple[tuple[T, ...], ...]]) -> tuple[T, ...]:
    """What one sentence's column of JSON (``sentences.formatting``, ``sentences.cues``)
    holds for the sentence of text ``text``: its entries as a saved alignment writes
    them less the sentence's index, read by ``from_json``; :class:`FormatError` naming
    ``where`` and ``key`` for one that is not a list of ``shape``."""
    def fail(at: str, message: str) -> FormatError:
        return FormatError(f"{where}: {at}: {message}")

    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        raise fail(key, "not valid JSON") from None
    if not isinstance(data, list) or not all(isinstance(x, list) for x in data):
        raise fail(key, f"expected a list of {shape}")
    (mine,) = from_json([[0, *x] for x in data], (text,), key, fail) or ((),)
    return mine


def sentence_looks(formatting: Sequence[Sequence[Formatting]], k: int) -> str | None:
    """The ``sentences.formatting`` of sentence ``k`` of a side whose formatting is
    ``formatting`` (``()``: the side has none); None when the sentence has none."""
    if not formatting or not formatting[k]:
        return None
    return json.dumps([span_to_json(f) for f in formatting[k]], ensure_ascii=False,
                      separators=(",", ":"))


def with_looks(alignment: Alignment, src: Sequence[str | None], tgt: Sequence[str | None],
               *, where: str) -> Alignment:
    """``alignment`` (a document read from the collection) with its sentences'
    formatting, from their ``sentences.formatting`` (one entry a sentence, in order);
    :class:`FormatError` naming ``where`` and the sentence for one that is not what
    :func:`sentence_looks` writes."""
    looks: dict[str, tuple[tuple[Formatting, ...], ...]] = {}
    for side, raws in (("src", src), ("tgt", tgt)):
        sentences: tuple[str, ...] = getattr(alignment, f"{side}_sentences")
        found: list[tuple[Formatting, ...]] = [()] * len(sentences)
        for k, raw in enumerate(raws):
            if raw is not None:
                found[k] = sentence_column(
                    raw, sentences[k], key=f"{side} sentence {k}: sentences.formatting",
                    where=where, shape="[start, end, style]", from_json=formatting_from_json)
        looks[side] = tuple(found) if any(found) else ()
    if not looks["src"] and not looks["tgt"]:
        return alignment
    return replace(alignment, src_formatting=looks["src"], tgt_formatting=looks["tgt"])

"""Each sentence's subtitle cues, kept in the collection (schema 13).

A pair read from subtitle files (SubRip, WebVTT) keeps its sentences' cues --
:attr:`Alignment.src_cues <aligner.model.Alignment.src_cues>`: each cue's number,
times, lines and where its text lies in the sentence -- so that ``check C.db`` and
``report C.db`` name a finding's cue (``cue 21, 00:02:25,360``) and run the subtitle
checks (:mod:`aligner.check.subtitles`) as ``check`` of the two files does, and a
``search C.db`` hit names the cue of its source sentence.  One column,
``sentences.cues``: the cues whose text starts in the sentence, as a saved alignment
writes them (:mod:`aligner.formats.cue_json`) less the sentence's index::

    [[20, "21", 145.36, 148.2, 0, 41, ["Line one", "line two"]]]

and a WebVTT cue, how its file writes times after them (``"vtt"``, ``"vtt-minutes"``),
so that its findings show ``00:02:25.360`` as the file does; a WebVTT document stored
before that was kept shows SubRip's ``00:02:25,360`` until ``batch`` aligns it again.

NULL for a sentence with none: every sentence of a pair of other files, and every
sentence of a document stored before schema 13, until ``aligner batch`` aligns it
again (its files changed, or ``--force``); such a document is checked as before,
without its cues.  A reviewer's text correction cuts the cues' spans to the new text,
as it does in a saved alignment (:mod:`aligner.editor.edits`): a cue is the file's,
its number and times stay.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import replace

from aligner.collection.looks import sentence_column
from aligner.formats.cue_json import cues_from_json, cues_to_json
from aligner.model import Alignment, SubtitleCue
from aligner.model import cue_at as sentence_cue


def sentence_cues(cues: Sequence[Sequence[SubtitleCue]], k: int) -> str | None:
    """The ``sentences.cues`` of sentence ``k`` of a side whose cues are ``cues``
    (``()``: the side has none); None when no cue starts in the sentence."""
    if k >= len(cues) or not cues[k]:
        return None
    return json.dumps([c[1:] for c in cues_to_json((tuple(cues[k]),))], ensure_ascii=False,
                      separators=(",", ":"))


def _parsed(raw: str, text: str, key: str, where: str) -> tuple[SubtitleCue, ...]:
    return sentence_column(raw, text, key=key, where=where,
                           shape="[index, number, start, end, span start, span end, "
                                 "[lines], clock?]",
                           from_json=cues_from_json)


def with_cues(alignment: Alignment, src: Sequence[str | None], tgt: Sequence[str | None],
              *, where: str) -> Alignment:
    """``alignment`` (a document read from the collection) with its sentences' cues,
    from their ``sentences.cues`` (one entry a sentence, in order); :class:`FormatError`
    naming ``where`` and the sentence for one that is not what :func:`sentence_cues`
    writes."""
    found: dict[str, tuple[tuple[SubtitleCue, ...], ...]] = {}
    for side, raws in (("src", src), ("tgt", tgt)):
        sentences: tuple[str, ...] = getattr(alignment, f"{side}_sentences")
        mine = tuple(() if raw is None else _parsed(
            raw, sentences[k], f"{side} sentence {k}: sentences.cues", where)
            for k, raw in enumerate(raws))
        found[side] = mine if any(mine) else ()
    if not found["src"] and not found["tgt"]:
        return alignment
    return replace(alignment, src_cues=found["src"], tgt_cues=found["tgt"])


def cue_at(conn: sqlite3.Connection, doc: int, side: str, idx: int, *, where: str
           ) -> SubtitleCue | None:
    """The cue the start of sentence ``idx`` of ``side`` of document ``doc`` lies in,
    as a finding names it (:func:`aligner.model.cue_at`): the one that
    starts at it, else the last that started before it; None for a document without
    cues."""
    def read(row: tuple[int, str, str | None]) -> tuple[SubtitleCue, ...]:
        k, text, raw = row
        return () if raw is None else _parsed(raw, text, f"{side} sentence {k}: sentences.cues",
                                              where)

    here = conn.execute("SELECT idx, text, cues FROM sentences WHERE doc = ? AND side = ? "
                        "AND idx = ?", (doc, side, idx)).fetchone()
    # the last sentence before it that holds a cue: one step of the partial index
    # sentences_cued (a scan back through a document of 200,000 sentences without cues
    # took 40 ms a hit)
    before = conn.execute("SELECT idx, text, cues FROM sentences INDEXED BY sentences_cued "
                          "WHERE doc = ? AND side = ? "
                          "AND idx < ? AND cues IS NOT NULL ORDER BY idx DESC LIMIT 1",
                          (doc, side, idx)).fetchone()
    cues = tuple(read(row) for row in (before, here) if row is not None)
    return sentence_cue(cues, len(cues) - 1) if here is not None else None

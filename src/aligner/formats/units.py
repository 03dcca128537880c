"""Plain records shared by every exchange format.

Writers go from :class:`~aligner.model.Alignment` to a file and report what
they did in a :class:`WriteReport`; readers give back :class:`TranslationUnit`
records, the same shape whatever the format was.  The module is longer than 400 lines
because what a bead becomes in every written format -- which beads are rows
(:func:`export_rows`), with which properties (:func:`bead_props`) -- is decided here,
beside the records it fills, once for all the writers.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from aligner.errors import ConfigError
from aligner.formats.scripted import scripted_side
from aligner.formats.sections import note_of, section_of
from aligner.formats.xmlchars import KIND_PLURALS
from aligner.lang import lang_matches, validate_tag
from aligner.model import (
    Alignment,
    Bead,
    Finding,
    Formatting,
    InlineTag,
    SubtitleCue,
    cue_at,
)

_NO_PROPS: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class TranslationUnit:
    """One imported unit: a source text and its translation.

    ``props`` are the unit's properties (TMX ``prop``, XLIFF metadata, the TSV
    score column) by type; ``notes`` its free-text notes; ``index`` the 0-based
    position of the unit in the file, counting units that were skipped.
    ``src_tags``/``tgt_tags`` are the inline codes whose placeholders are in
    the texts.  ``original`` is the unit as the file wrote it (a TMX ``tu``,
    serialised), so that a writer of the same format can keep everything in
    it; empty when the format has no such thing.  ``unit_id`` is the id the file
    gives the unit (an XLIFF ``unit``/``trans-unit`` id, ``login.title``), which
    names it in findings; empty when it has none.  ``line`` is the line its element
    starts on (a TMX ``tu``), for a message about it; None where the reader has none.
    """

    source: str
    target: str
    props: Mapping[str, str] = field(default_factory=lambda: _NO_PROPS)
    notes: tuple[str, ...] = ()
    index: int = 0
    src_tags: tuple[InlineTag, ...] = ()
    tgt_tags: tuple[InlineTag, ...] = ()
    original: bytes = field(default=b"", compare=False, repr=False)
    unit_id: str = field(default="", compare=False)
    line: int | None = field(default=None, compare=False)
    #: the findings of the checks an export writes on it as notes (``aligner export
    #: --note-flagged``); empty otherwise
    findings: tuple[Finding, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class UnitFile:
    """The units read from one file and the language tags the file gives them.

    ``header`` is the file's header as it was written (a TMX ``header``,
    serialised), empty when there is none; ``name`` the file it came from;
    ``skipped`` how many units of the file were left out: lacking one of the two
    languages, or (:func:`translations_only`) with no text on one side;
    ``header_row`` a TSV's first line when it named the columns (not a unit);
    ``languages`` the language tags of a TMX's units left out for lacking one of the
    two, and how many of them have each, most first.
    """

    units: tuple[TranslationUnit, ...]
    src_lang: str
    tgt_lang: str
    header: bytes = field(default=b"", compare=False, repr=False)
    name: str = "<units>"
    skipped: int = 0
    header_row: str = ""
    languages: tuple[tuple[str, int], ...] = field(default=(), compare=False)


def translations_only(units: UnitFile) -> UnitFile:
    """``units`` without those that have no text on one side (an XLIFF unit without a
    target, a TMX ``seg`` left empty): an export writes translations only."""
    kept = tuple(u for u in units.units if u.source.strip() and u.target.strip())
    return replace(units, units=kept, skipped=units.skipped + len(units.units) - len(kept))


@dataclass(frozen=True, slots=True)
class WriteReport:
    """What a writer did: units written, characters dropped, beads left out, and what
    it had to drop to write a valid file (one message each, naming the input file)."""

    units_written: int
    chars_removed: int = 0
    below_min_score: int = 0
    dropped: tuple[str, ...] = ()
    #: units left out as repeats of one written before (``aligner export C.db --unique``)
    repeated: int = 0
    #: what the removed characters were (:attr:`XmlCleaner.kinds`), for the message
    removed_kinds: tuple[str, ...] = ()
    #: the files written, when the path given names them rather than is one (parallel
    #: text: ``corpus`` -> ``corpus.es``, ``corpus.en``); empty: the path itself
    files: tuple[str, ...] = ()
    #: the source and target sentences without a counterpart in the alignments written
    #: (a collection's documents), which a file of units has no place for
    one_sided: tuple[int, int] = (0, 0)
    #: the findings written as notes on their units (``aligner export --note-flagged``)
    notes: int = 0

    def removed_message(self) -> str:
        """``removed 1 character that XML 1.0 does not allow (a lone surrogate)``."""
        one = self.chars_removed == 1
        what = " and ".join(f"a {k}" if one else KIND_PLURALS.get(k, k + "s")
                            for k in self.removed_kinds)
        noun = "character" if one else "characters"
        return (f"removed {self.chars_removed} {noun} that XML 1.0 does not allow"
                + (f" ({what})" if what else ""))


@dataclass(frozen=True, slots=True)
class TmxMeta:
    """What a publisher says about a TMX it writes (``aligner export --creator`` ...).

    ``creator`` goes in the header's ``creationid`` and on every new ``tu``;
    ``created`` in the header's ``creationdate`` and on every new ``tu``;
    ``props`` are header ``prop``s (type, value), replacing one of the same type.
    Units kept from a TMX that was read keep their own attributes.
    """

    creator: str | None = None
    created: datetime | None = None
    props: tuple[tuple[str, str], ...] = ()


# Property types written on every unit (TMX ``prop``, XLIFF ``mda:meta``, TSV
# column); user-defined TMX property types must start with ``x-``.
PROP_SCORE = "x-score"
PROP_DOCUMENT = "x-document"  # a collection's document name (aligner export COLLECTION.db)
PROP_SRC_DOC = "x-src-document"
PROP_TGT_DOC = "x-tgt-document"
PROP_SRC_SENTENCES = "x-src-sentences"
PROP_TGT_SENTENCES = "x-tgt-sentences"
#: The subtitle cues of a unit of subtitle files (SubRip, WebVTT), each side's: each
#: cue's number and start as its file writes a time, ``21 00:02:25,360; 22 00:02:28,100``
#: (:func:`cue_list`), so that a translator finds the unit in the video.
PROP_SRC_CUES = "x-src-cues"
PROP_TGT_CUES = "x-tgt-cues"
#: The heading each side's first sentence of the unit stands under, as the document's
#: reader marked headings (:func:`~aligner.formats.sections.section_of`): which chapter
#: a unit comes from.
PROP_SRC_SECTION = "x-src-section"
PROP_TGT_SECTION = "x-tgt-section"
#: ``footnote`` or ``endnote``: each side's first sentence of the unit is in the
#: document's notes (:func:`~aligner.formats.sections.note_of`), not in its body.
PROP_SRC_PART = "x-src-part"
PROP_TGT_PART = "x-tgt-part"
#: ``confirmed`` or ``edited``: a person reviewed the unit (``aligner review``).
PROP_REVIEWED = "x-reviewed"
#: Every property type above: what the writers give each unit a place for, and what
#: a unit's own record holds besides them.
ALIGNER_PROPS = frozenset({PROP_SCORE, PROP_DOCUMENT, PROP_SRC_DOC, PROP_TGT_DOC,
                           PROP_SRC_SENTENCES, PROP_TGT_SENTENCES, PROP_SRC_CUES,
                           PROP_TGT_CUES, PROP_SRC_SECTION, PROP_TGT_SECTION,
                           PROP_SRC_PART, PROP_TGT_PART, PROP_REVIEWED})

_TUID = re.compile(rb"""<tu\b[^>]*?\btuid=(?:"([^"]*)"|'([^']*)')""")


def record_label(record: TranslationUnit, *, tmx: bool) -> str | None:
    """How ``check`` names a unit of its file: with ``tmx``, ``tuid 17`` when the ``tu``
    has one, else ``tu 18`` (its 1-based position); else ``id login.title`` (an XLIFF
    unit's id), ``app.po:40`` (a PO entry: :data:`aligner.formats.po.PROP_PO_ENTRY`),
    ``sync.error`` (a bundle's key: :data:`aligner.formats.bundle.PROP_BUNDLE_KEY`)
    or None (a TSV/CSV row)."""
    if (entry := record.props.get("x-po-entry") or record.props.get("x-bundle-key")):
        return entry
    if not tmx:
        return f"id {record.unit_id}" if record.unit_id else None
    found = _TUID.search(record.original)
    if found is not None:
        tuid = (found.group(1) or found.group(2) or b"").decode("utf-8", "replace")
        if tuid:
            return f"tuid {tuid}"
    return f"tu {record.index + 1}"


def unit_score(props: Mapping[str, str]) -> float | None:
    """A unit's confidence: its ``x-score`` property as a number, None without one.

    A TM from another tool has no score (or one that is not a number from 0 to
    1); that is "no confidence", not a confident unit.  A decimal comma is read
    (``0,42``: Excel and tools in languages that write one).
    """
    try:
        score = float(decimal_point(props[PROP_SCORE]))
    except (KeyError, ValueError):
        return None
    return score if 0.0 <= score <= 1.0 else None


def decimal_point(value: str) -> str:
    """``0,42`` as ``0.42`` (a number written with a decimal comma and no point)."""
    value = value.strip()
    return value.replace(",", ".") if value.count(",") == 1 and "." not in value else value


def tmx_date(when: datetime | None = None) -> str:
    """A TMX/ISO 8601 basic UTC timestamp, ``YYYYMMDDThhmmssZ``."""
    moment = datetime.now(UTC) if when is None else when.astimezone(UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def sentence_range(indices: tuple[int, ...]) -> str:
    """1-based sentence numbers of one side of a bead: ``"4"`` or ``"4-5"``."""
    first, last = indices[0] + 1, indices[-1] + 1
    return str(first) if first == last else f"{first}-{last}"


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One bead ready to be written: its number, texts and properties."""

    number: int
    bead: Bead
    source: str
    target: str
    props: Mapping[str, str]
    #: the inline codes whose placeholders are in ``source``/``target`` (units read from
    #: a TMX or XLIFF), for a writer of codes; empty otherwise
    src_tags: tuple[InlineTag, ...] = ()
    tgt_tags: tuple[InlineTag, ...] = ()
    #: the source is code alone, as its document marks it (:func:`~aligner.formats.
    #: formatting.code_only`): nothing to translate (XLIFF ``translate="no"``)
    code_only: bool = False


def export_rows(alignment: Alignment, *, min_score: float = 0.0,
                reviewed_only: bool = False, codes: bool = False,
                untranslated: bool = False) -> Iterator[ExportRow | None]:
    """The beads a writer exports, in order.

    Null beads (a sentence with no counterpart) are never exported and yield
    nothing, nor do beads with no text on one side (blank lines of a presplit
    file: no translation unit, and no reader takes it back), nor, with
    ``reviewed_only``, beads no person confirmed or edited; a bead below
    ``min_score`` that no person confirmed or edited yields ``None`` so that the writer
    can count it (a reviewed bead is kept whatever its score).  ``number`` is
    the 1-based position of the bead in the alignment.
    With ``untranslated`` (``aligner export --untranslated``), a source sentence with no
    counterpart (a 1-0 bead: the translator left it out) is a row too, its target ``""``,
    its props the source document and sentence numbers (and a review) but no score --
    the aligner's score of a sentence left alone says nothing of a translation -- and
    ``min_score`` does not leave it out; a target sentence with none (0-1: text the
    translation added) is still no row: there is no source to translate.
    A reviewed bead has an ``x-reviewed`` prop: ``confirmed`` or ``edited``.
    The props are :func:`bead_props`: those a file of units gave (its units' own
    sentence numbers and score, none made up) or the aligner's.
    With ``codes`` (a writer of inline codes: TMX, XLIFF), the inline codes a saved
    alignment keeps beside a memory's sentences (:mod:`aligner.formats.inline_codes`),
    else the sentences' character formatting (DOCX, ODT), come as codes in the texts
    (:mod:`aligner.formats.formatting`).
    """
    for i, bead in enumerate(alignment.beads):
        props = bead_props(alignment, i)
        reviewed = PROP_REVIEWED in props
        left = bead.is_null and untranslated and bool(bead.src)  # a source left untranslated
        if (bead.is_null and not left) or (reviewed_only and not reviewed):
            continue
        if bead.score < min_score and not (reviewed or left):  # a person vouched for it
            yield None
            continue
        src = scripted_side(alignment.src_sentences, alignment.src_formatting, bead.src,
                            alignment.src_lang)
        tgt = scripted_side(alignment.tgt_sentences, alignment.tgt_formatting, bead.tgt,
                            alignment.tgt_lang)
        if not src.strip() or not (tgt.strip() or left):
            continue
        if left:
            props.pop(PROP_SCORE, None)
            if not alignment.unit_props and bead.unit is None:  # the aligner's: its sentences
                props[PROP_SRC_SENTENCES] = sentence_range(bead.src)
        src_tags, tgt_tags = _row_tags(alignment, i, src, tgt)
        if codes and not (src_tags or tgt_tags) and _has_codes(alignment, bead):
            from aligner.formats.inline_codes import coded_sentences

            src, src_tags = coded_sentences(alignment.src_sentences, alignment.src_codes,
                                            bead.src, alignment.src_lang)
            tgt, tgt_tags = coded_sentences(alignment.tgt_sentences, alignment.tgt_codes,
                                            bead.tgt, alignment.tgt_lang)
        elif codes and not (src_tags or tgt_tags) and (alignment.src_formatting
                                                       or alignment.tgt_formatting):
            src, src_tags = _coded(alignment.src_sentences, alignment.src_formatting,
                                   bead.src, alignment.src_lang)
            tgt, tgt_tags = _coded(alignment.tgt_sentences, alignment.tgt_formatting,
                                   bead.tgt, alignment.tgt_lang)
        yield ExportRow(number=i + 1, bead=bead, source=src, target=tgt, props=props,
                        src_tags=src_tags, tgt_tags=tgt_tags,
                        code_only=_code_only(alignment, bead))


_PLACEHOLDER = re.compile(r"\{/?\d+/?\}\Z")


def _has_codes(alignment: Alignment, bead: Bead) -> bool:
    """Whether a sentence of ``bead`` has inline codes kept beside it (a memory's, in a
    saved alignment: :mod:`aligner.formats.inline_codes`)."""
    return any(k < len(codes) and codes[k] for codes, indices in (
        (alignment.src_codes, bead.src), (alignment.tgt_codes, bead.tgt)) for k in indices)


def _code_only(alignment: Alignment, bead: Bead) -> bool:
    """Whether the source of ``bead`` is code alone, as its document marks it."""
    if not alignment.src_formatting:
        return False
    from aligner.formats.formatting import code_only, side_formatting

    return code_only([alignment.src_sentences[k] for k in bead.src],
                     side_formatting(alignment.src_formatting, bead.src), alignment.src_lang)


def _coded(sentences: tuple[str, ...], formatting: tuple[tuple[Formatting, ...], ...],
           indices: tuple[int, ...], lang: str) -> tuple[str, tuple[InlineTag, ...]]:
    from aligner.formats.formatting import coded_text, side_formatting

    return coded_text([sentences[k] for k in indices], side_formatting(formatting, indices),
                      lang)


def _row_tags(alignment: Alignment, i: int, src: str, tgt: str
              ) -> tuple[tuple[InlineTag, ...], tuple[InlineTag, ...]]:
    """The codes of bead ``i``'s unit, when each still spans a placeholder of its text
    (a text edited since it was read has lost them: no codes then, its text as it is)."""
    if i >= len(alignment.unit_tags):
        return (), ()
    src_tags, tgt_tags = alignment.unit_tags[i]
    for text, tags in ((src, src_tags), (tgt, tgt_tags)):
        if not all(_PLACEHOLDER.match(text[t.start:t.end]) for t in tags):
            return (), ()
    return src_tags, tgt_tags


def bead_props(alignment: Alignment, i: int) -> dict[str, str]:
    """The properties written on bead ``i`` of ``alignment`` (TMX ``prop``, XLIFF
    ``mda:meta``, the TSV/CSV score).

    A bead the aligner made has its score, the document names, its 1-based
    sentence numbers and its review.  A bead read from a file of units
    (:attr:`Alignment.unit_props`), or kept with its unit's record in a saved
    alignment (:attr:`Bead.unit <aligner.model.Bead.unit>`), has what its unit had: its own sentence
    numbers, score, review and document names, none when the unit had none -- a
    TM from another tool has no sentence numbers and no confidence, and its units'
    positions are neither; the file it came from names no document of its units.
    """
    bead = alignment.beads[i]
    if alignment.unit_props or bead.unit is not None:
        had = (alignment.unit_props[i] if alignment.unit_props
               else bead.unit.tu.first_props() if bead.unit else {})
        score = unit_score(had)
        props = {PROP_DOCUMENT: had[PROP_DOCUMENT]} if PROP_DOCUMENT in had else {}
        if score is not None:
            props[PROP_SCORE] = f"{score:.4f}"
        for ptype in (PROP_SRC_DOC, PROP_TGT_DOC, PROP_SRC_SENTENCES, PROP_TGT_SENTENCES,
                      PROP_SRC_CUES, PROP_TGT_CUES, PROP_SRC_SECTION, PROP_TGT_SECTION,
                      PROP_SRC_PART, PROP_TGT_PART, PROP_REVIEWED):
            if ptype in had:
                props[ptype] = had[ptype]
        if bead.review is not None:
            props[PROP_REVIEWED] = bead.review.state.value
        return props
    props = {PROP_SCORE: f"{bead.score:.4f}"}
    props.update((ptype, name) for ptype, name in zip(
        (PROP_SRC_DOC, PROP_TGT_DOC), document_names(alignment), strict=True) if name)
    if not bead.is_null:
        props[PROP_SRC_SENTENCES] = sentence_range(bead.src)
        props[PROP_TGT_SENTENCES] = sentence_range(bead.tgt)
    for ptype, cues, indices in ((PROP_SRC_CUES, alignment.src_cues, bead.src),
                                 (PROP_TGT_CUES, alignment.tgt_cues, bead.tgt)):
        if named := cue_list(cues, indices):
            props[ptype] = named
    for ptype, note, sentences, parts, indices, starts in (
            (PROP_SRC_SECTION, PROP_SRC_PART, alignment.src_sentences, alignment.src_parts,
             bead.src, alignment.src_paragraph_starts),
            (PROP_TGT_SECTION, PROP_TGT_PART, alignment.tgt_sentences, alignment.tgt_parts,
             bead.tgt, alignment.tgt_paragraph_starts)):
        if section := section_of(sentences, parts, indices, starts):
            props[ptype] = section
        if part := note_of(parts, indices):
            props[note] = part
    if bead.review is not None:
        props[PROP_REVIEWED] = bead.review.state.value
    return props


def cue_list(cues: tuple[tuple[SubtitleCue, ...], ...], indices: tuple[int, ...]) -> str:
    """The subtitle cues of the sentences ``indices`` of a side whose cues are ``cues``
    (:attr:`Alignment.src_cues`), as :data:`PROP_SRC_CUES` writes them: the cue the
    first sentence starts in (:func:`~aligner.model.cue_at`, as a finding names the
    unit), then each cue that starts in the sentences after it, by number (its place,
    ``#12``, where the file writes none) and start as its file writes a time:
    ``21 00:02:25,360; 22 00:02:28,100``, ``intro-2 00:04.100``; ``""`` for none."""
    if not cues or not indices:
        return ""
    first = cue_at(cues, indices[0])
    found = [] if first is None else [first]
    for k in indices:
        found += [c for c in (cues[k] if k < len(cues) else ())
                  if not found or c.index > found[-1].index]
    return "; ".join(f"{c.name} {c.timecode}" for c in found)


def document_names(alignment: Alignment) -> tuple[str | None, str | None]:
    """The source and target documents ``alignment`` is of, for a writer: the aligner's
    two files; for units read from a file, what the first unit named, None for a side it
    named none of -- the file they were read from is no document of theirs."""
    if not alignment.unit_props:
        # a saved alignment written from a file of units names that file (its settings
        # say converted-from=trados.tmx) where the units named no document
        converted = alignment.settings.get("converted-from")
        return (None if alignment.src_name == converted else alignment.src_name,
                None if alignment.tgt_name == converted else alignment.tgt_name)
    first = alignment.unit_props[0]
    return first.get(PROP_SRC_DOC), first.get(PROP_TGT_DOC)


def signature(alignment: Alignment, *, pairs: Sequence[tuple[str, str]] = ()) -> str:
    """How the alignment was made: tool version and settings, in one line.  ``pairs``:
    the language pairs of a file of several documents; more than one, and the line
    names them all (``language_pairs=en->es,es->en``) where one document's
    ``src_lang``/``tgt_lang`` would say one pair for all."""
    from aligner import __version__

    settings = dict(alignment.settings)
    if len(pairs) > 1:
        settings.pop("src_lang", None)
        settings.pop("tgt_lang", None)
        settings["language_pairs"] = ",".join(f"{s}->{t}" for s, t in pairs)
    parts = [f"aligner {__version__}"]
    parts += [f"{k}={v}" for k, v in sorted(settings.items())]
    return "; ".join(parts)


def file_alignment(units: UnitFile) -> Alignment:
    """The units of a file as an :class:`Alignment` named after the file (its base name),
    with a ``converted-from`` setting saying so (see :func:`units_to_alignment`)."""
    name = Path(units.name).name
    return units_to_alignment(units, name=name, settings={"converted-from": name})


def units_to_alignment(
    units: UnitFile, *, name: str = "<units>", settings: Mapping[str, str] | None = None
) -> Alignment:
    """Imported units as a 1-1 :class:`Alignment`, so that any writer can export them.

    A unit's score is its ``x-score`` property; a unit without one (a TM
    from another tool) gets 1.0, so ``--min-score`` never drops it -- but no
    score is written for it (:func:`bead_props`), nor sentence numbers it did
    not have: each unit's properties are kept as :attr:`Alignment.unit_props`.
    Document names come from the first unit's ``x-src-document``/``x-tgt-document``,
    else ``name`` -- a label, which no writer takes for a document (:func:`document_names`).
    """
    beads: list[Bead] = []
    for i, unit in enumerate(units.units):
        score = unit_score(unit.props)
        beads.append(Bead((i,), (i,), 1.0 if score is None else score,
                          findings=unit.findings))
    first = units.units[0].props if units.units else _NO_PROPS
    return Alignment(
        tuple(u.source for u in units.units), tuple(u.target for u in units.units),
        tuple(beads), units.src_lang, units.tgt_lang,
        src_name=first.get(PROP_SRC_DOC, name), tgt_name=first.get(PROP_TGT_DOC, name),
        settings=dict(settings or {}), unit_props=tuple(u.props for u in units.units),
        unit_tags=tuple((u.src_tags, u.tgt_tags) for u in units.units)
        if any(u.src_tags or u.tgt_tags for u in units.units) else ())


_Source = TypeVar("_Source", bound="Alignment | UnitFile")


def written_tags(source: _Source, where: str = "") -> _Source:
    """``source`` with its languages as BCP 47 writes them (``es_ES`` -> ``es-ES``), for a
    writer: a code read from a file that is no language tag is accepted for reading,
    never written on (:class:`~aligner.errors.ConfigError`)."""
    return replace(source, src_lang=validate_tag(source.src_lang, what=f"{where}source language"),
                   tgt_lang=validate_tag(source.tgt_lang, what=f"{where}target language"))


def check_alignment_langs(
    alignment: Alignment, path: str | os.PathLike[str], *, src_lang: str | None,
    tgt_lang: str | None, regions: bool = False,
) -> None:
    """Raise :class:`ConfigError` when a saved alignment is not for the languages asked
    (``regions``: another region of a language asked is that language's -- ``check`` of
    an en-US alignment with ``--src-lang en-GB`` reads it in en-GB)."""
    from aligner.lang import same_language

    for want, have in ((src_lang, alignment.src_lang), (tgt_lang, alignment.tgt_lang)):
        if want and not lang_matches(want, have) and not (regions
                                                          and same_language(want, have)):
            raise ConfigError(
                f"{os.fspath(path)}: the alignment is {alignment.src_lang} -> "
                f"{alignment.tgt_lang}, not {src_lang or alignment.src_lang} -> "
                f"{tgt_lang or alignment.tgt_lang}"
            )

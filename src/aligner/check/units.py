"""Units to check: (source, target[, confidence]) pairs, and where they come from.

Units are numbered from 0 in input order: the line of a pair file, the bead of
an alignment, the ``tu`` of a TMX file.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from aligner.formats.po import STRING_FORMATS, po_context, po_flags
from aligner.formats.scripted import scripted_side
from aligner.formats.tsv import parse_tsv, read_tsv
from aligner.formats.units import TranslationUnit, record_label, unit_score
from aligner.model import (
    Alignment,
    Formatting,
    InlineCode,
    InlineTag,
    Part,
    Style,
    SubtitleCue,
    TagKind,
    UnitOrigin,
    cue_at,
)


@dataclass(frozen=True, slots=True)
class Unit:
    """One translation unit.  ``confidence`` is the aligner's score, when the unit has one
    (an alignment the tool made, or a file it wrote: TSV/CSV score, TMX/XLIFF ``x-score``).

    ``src_tags``/``tgt_tags`` are the inline codes (TMX ``ph``, ``bpt``, ...)
    whose placeholders (``{1/}``) are in the texts: tags, not text, for the checks.
    ``label`` names the unit in its file when the file does (a TMX ``tuid``, or
    its 1-based position; an XLIFF unit's id); ``origin`` the file and the unit's number in it when
    several files are checked together.  Findings show both when set.
    """

    source: str
    target: str
    confidence: float | None = None
    origin: UnitOrigin | None = None  # set when several files are checked together
    src_tags: tuple[InlineTag, ...] = ()
    tgt_tags: tuple[InlineTag, ...] = ()
    label: str | None = None
    #: sentences of the source that may be untranslated although the unit has a
    #: target (the aligner's ``omitted_members``; :mod:`aligner.align.omissions`)
    omitted: tuple[str, ...] = ()
    #: the 1-based paragraph of the documents each side of a unit made from aligned
    #: documents starts in (None for a side without sentences): where to look in them
    paragraphs: tuple[int | None, int | None] | None = None
    #: where the links of each side point, as a document's formatting says it
    #: (:attr:`~aligner.model.Formatting.href` of a link span; a unit of two documents):
    #: not in the texts, which hold the links' words only
    src_hrefs: tuple[str, ...] = ()
    tgt_hrefs: tuple[str, ...] = ()
    #: the texts each side's document marks as code (inline code, a code block's lines:
    #: :attr:`~aligner.model.Style.CODE`), in order; a unit of two documents
    src_code: tuple[str, ...] = ()
    tgt_code: tuple[str, ...] = ()
    #: the texts the source's document sets in italics (:attr:`~aligner.model.Style.ITALIC`:
    #: a title, a motto, a word of another language), in order; a unit of two documents
    src_italic: tuple[str, ...] = ()
    #: the same of the target's document: a title or a motto the translation keeps in
    #: another language (``wrong-language`` leaves those alone)
    tgt_italic: tuple[str, ...] = ()
    #: the texts each side's document sets in bold (:attr:`~aligner.model.Style.BOLD`: a
    #: UI label, a warning's word), in order; a unit of two documents
    src_bold: tuple[str, ...] = ()
    tgt_bold: tuple[str, ...] = ()
    #: the subtitle cue each side's first sentence lies in (None for a side without
    #: sentences or cues), for a unit of two subtitle files: where to look in them
    cue_at: tuple[SubtitleCue | None, SubtitleCue | None] | None = None
    #: the cues of each side whose text starts in the unit, in order: what the
    #: subtitle checks read (:mod:`aligner.check.subtitles`)
    src_cues: tuple[SubtitleCue, ...] = ()
    tgt_cues: tuple[SubtitleCue, ...] = ()
    #: the part of the document each sentence of each side comes from (a heading, an
    #: EPUB's front matter: :class:`~aligner.model.Part`), in order; a unit of two
    #: documents (``()`` for a side whose parts are not known)
    parts: tuple[tuple[Part, ...], tuple[Part, ...]] = ((), ())
    #: the formats its file says the strings are filled in as (a PO entry's flags:
    #: ``c-format``, ``python-format``), which the placeholder check reads them as
    formats: frozenset[str] = frozenset()
    #: what tells units of one source apart as different strings (a PO entry's msgctxt
    #: and plural form: ``menu``, ``[2]``), so that segment-inconsistent compares the
    #: translations of one string only; empty for the rest
    context: str = ""

    @property
    def document(self) -> str | None:
        """The file the unit comes from, when several files are checked together."""
        return self.origin.document if self.origin is not None else None

    @property
    def first_parts(self) -> tuple[Part | None, Part | None] | None:
        """The part each side's first sentence is in (None for a side without sentences
        or parts), for a unit of two documents: a footnote's finding says so; None
        where no side knows its parts."""
        if not any(self.parts):
            return None
        src, tgt = (p[0] if p else None for p in self.parts)
        return src, tgt

    @property
    def heading(self) -> bool:
        """Whether the source is a heading of its document, all its sentences
        (:attr:`~aligner.model.Part.HEADING`; a unit of two documents)."""
        return bool(self.parts[0]) and all(p is Part.HEADING for p in self.parts[0])

    @property
    def front_matter(self) -> tuple[bool, bool]:
        """Whether all of each side is front matter, as its document marks it
        (:attr:`~aligner.model.Part.FRONT_MATTER`: an EPUB's copyright page, dedication);
        False for a side without sentences."""
        src, tgt = (bool(p) and all(x is Part.FRONT_MATTER for x in p) for p in self.parts)
        return src, tgt

    @property
    def source_is_code(self) -> bool:
        """Whether all of the source is code, as its document marks it."""
        return bool(self.src_code) and "".join("".join(self.src_code).split()) == "".join(
            self.source.split())


#: What a tag placeholder becomes for the text checks: no digit, letter,
#: space or punctuation, and the same length, so offsets still hold.
TAG_MASK = "\ufffc"
#: A tag's placeholder written as text (``{1}Guardar{/1}``, ``{2/}``): what a TMX's codes
#: exported to XLIFF, TSV or CSV leave in a unit's text -- no number, no code.
PLACEHOLDER_TEXT = re.compile(r"\{/?\d{1,3}/?\}")


def mask_tags(text: str, tags: tuple[InlineTag, ...]) -> str:
    """``text`` with each tag placeholder replaced by :data:`TAG_MASK` characters."""
    if not tags:
        return text
    parts: list[str] = []
    at = 0
    for tag in tags:
        parts += [text[at:tag.start], TAG_MASK * (tag.end - tag.start)]
        at = tag.end
    parts.append(text[at:])
    return "".join(parts)


def masked(unit: Unit) -> Unit:
    """``unit`` with the placeholders of its inline tags masked (:func:`mask_tags`):
    what the text checks read.  Offsets still hold, so a finding's spans point
    into the unit's own texts."""
    if not unit.src_tags and not unit.tgt_tags:
        return unit
    return replace(unit, source=mask_tags(unit.source, unit.src_tags),
                   target=mask_tags(unit.target, unit.tgt_tags))


def without_tags(text: str) -> str:
    """A masked text with its tags left out: the text an editor reads."""
    return text.replace(TAG_MASK, "") if TAG_MASK in text else text


def units_from_records(records: Iterable[TranslationUnit], *, tmx: bool = False
                       ) -> tuple[Unit, ...]:
    """Units of an exchange file, numbered by the record's ``index`` and with its
    ``x-score`` as confidence (none without one); ``tmx``: each unit is labelled
    by its ``tuid``, or ``tu N`` (its 1-based position) without one; a unit of
    another format by the id its file gives it, ``id login.title`` (an XLIFF unit's).

    A record the reader skipped (a ``tu`` without both languages) leaves a gap:
    an empty unit keeps the numbering equal to the position in the file and is
    ignored by every check.
    """
    units: list[Unit] = []
    for record in records:
        units.extend(Unit("", "") for _ in range(record.index - len(units)))
        label = record_label(record, tmx=tmx)
        units.append(Unit(record.source, record.target, unit_score(record.props),
                          src_tags=record.src_tags or text_tags(record.source),
                          tgt_tags=record.tgt_tags or text_tags(record.target),
                          label=label, formats=po_flags(record.props) & STRING_FORMATS,
                          context=po_context(record.props)))
    return tuple(units)


# OmegaT's tag shortcuts, which its project memory (project_save.tmx) and its TSV
# exports write as text: <b0>, </b0>, <x2/> -- letters and a number, nothing else.
_SHORTCUT = re.compile(r"<(/?)([A-Za-z]{1,4}\d{1,3})(/?)>")


def shortcut_tags(text: str) -> tuple[InlineTag, ...]:
    """The OmegaT tag shortcuts written as text in ``text`` (``<b0>``, ``</b0>``,
    ``<x2/>``), as tags: a lost ``<f1>`` is a tag-mismatch, and the 0 of ``<b0>`` no
    number.  Only a side read without inline codes has them."""
    if "<" not in text:
        return ()
    tags = []
    for m in _SHORTCUT.finditer(text):
        closing, name, empty = m.groups()
        if closing and empty:
            continue  # </x2/> is no tag
        kind = (TagKind.CLOSE if closing else TagKind.STANDALONE if empty else TagKind.OPEN)
        tags.append(InlineTag(m.start(), m.end(), kind, name, m.group()))
    return tuple(tags)


# An HTML or XML tag written as text: <br/>, <b>, </b>, <a href="...">.  Attributes
# need a value, so that prose (a <b and c> d) is no tag.
_MARKUP = re.compile(
    r"<(/?)([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>=`]+))*)"
    r"\s*(/?)>")
# elements that never close: <br> stands alone as <br/> does
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                   "meta", "source", "track", "wbr"})


def markup_tags(text: str) -> tuple[InlineTag, ...]:
    """The HTML or XML tags written as text in ``text`` (``<br/>``, ``<b>``, ``</b>``,
    ``<a href="/en/">``), as tags named by their element, lower case (``<BR>`` is
    ``<br/>``; a link's address is translated, ``href`` and all): a user-interface
    string in a pair file keeps its markup as text, and a dropped ``<br/>`` is a
    tag-mismatch."""
    if "<" not in text:
        return ()
    tags = []
    for m in _MARKUP.finditer(text):
        closing, name, _attributes, empty = m.groups()
        if closing and (empty or _attributes):
            continue  # </b/> and </a href=""> are no tags
        name = name.lower()
        kind = (TagKind.CLOSE if closing else TagKind.STANDALONE if empty or name in _VOID
                else TagKind.OPEN)
        tags.append(InlineTag(m.start(), m.end(), kind, name, m.group()))
    return tuple(tags)


def text_tags(text: str) -> tuple[InlineTag, ...]:
    """The tags a side read without inline codes writes as text: OmegaT's shortcuts
    (:func:`shortcut_tags`) and HTML or XML markup (:func:`markup_tags`), in order."""
    shortcuts = shortcut_tags(text)
    taken = {(t.start, t.end) for t in shortcuts}
    return tuple(sorted([*shortcuts, *(t for t in markup_tags(text)
                                       if (t.start, t.end) not in taken)],
                        key=lambda t: t.start))


def parse_pairs(text: str, *, path: str = "<pairs>") -> tuple[Unit, ...]:
    """Parse a pair file: the TSV that ``align --format tsv`` and ``export -o X.tsv``
    write (:func:`aligner.formats.tsv.parse_tsv`: ``source TAB target [TAB score]``,
    escaped cells, no header); the score, when there is one, is the confidence.
    """
    return units_from_records(parse_tsv(text, path=path))


def read_pairs(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> tuple[Unit, ...]:
    """Read a pair file (see :func:`parse_pairs`)."""
    return units_from_records(read_tsv(path, encoding=encoding))


def units_from_alignment(alignment: Alignment, *, with_confidence: bool = True) -> tuple[Unit, ...]:
    """One unit per bead; the sentences of a side are joined as the side's language
    joins them (:func:`aligner.lang.join_sentences`: a space, none in Chinese and
    Japanese), so a unit's text is the text the exports write for the bead.  A bead a
    person confirmed or edited has no confidence to doubt: its unit has none, and no
    sentence that may be untranslated (``omitted``, from the bead's signals).  A bead
    whose sentences keep inline codes (a memory's, :mod:`aligner.formats.inline_codes`)
    has them back as placeholders and tags, as a TMX's unit has, for the tag checks.
    The addresses of the links in a bead's sentences (a document's formatting) are the
    unit's ``src_hrefs``/``tgt_hrefs``, for ``link-mismatch``."""
    coded = bool(alignment.src_codes or alignment.tgt_codes)

    def hrefs(formatting: tuple[tuple[Formatting, ...], ...], indices: tuple[int, ...]
              ) -> tuple[str, ...]:
        return tuple(f.href for k in indices if k < len(formatting) for f in formatting[k]
                     if f.style is Style.LINK and f.href)

    def styled(sentences: tuple[str, ...], formatting: tuple[tuple[Formatting, ...], ...],
               indices: tuple[int, ...], style: Style = Style.CODE) -> tuple[str, ...]:
        return tuple(sentences[k][f.start:f.end] for k in indices if k < len(formatting)
                     for f in formatting[k] if f.style is style)

    def side(sentences: tuple[str, ...], codes: tuple[tuple[InlineCode, ...], ...],
             indices: tuple[int, ...], lang: str,
             formatting: tuple[tuple[Formatting, ...], ...]
             ) -> tuple[str, tuple[InlineTag, ...]]:
        if coded:  # (imported here: lxml is no cost of every check)
            from aligner.formats.inline_codes import coded_sentences

            return coded_sentences(sentences, codes, indices, lang)
        return scripted_side(sentences, formatting, indices, lang), ()

    numbers = _paragraph_numbers(alignment)
    src_at, tgt_at = starting_cues(alignment.src_cues), starting_cues(alignment.tgt_cues)

    def cues(side: tuple[tuple[SubtitleCue, ...], ...], indices: tuple[int, ...]
             ) -> tuple[SubtitleCue, ...]:
        return tuple(c for k in indices if k < len(side) for c in side[k])

    def at(starting: tuple[SubtitleCue | None, ...], indices: tuple[int, ...]
           ) -> SubtitleCue | None:
        return starting[indices[0]] if indices and indices[0] < len(starting) else None

    def parts(known: tuple[Part, ...], indices: tuple[int, ...]) -> tuple[Part, ...]:
        return tuple(known[k] for k in indices) if all(k < len(known) for k in indices) else ()

    units = []
    for bead in alignment.beads:
        source, src_tags = side(alignment.src_sentences, alignment.src_codes, bead.src,
                                alignment.src_lang, alignment.src_formatting)
        target, tgt_tags = side(alignment.tgt_sentences, alignment.tgt_codes, bead.tgt,
                                alignment.tgt_lang, alignment.tgt_formatting)
        units.append(Unit(
            source, target, bead.score if with_confidence and bead.review is None else None,
            omitted=() if bead.review is not None else tuple(
                alignment.src_sentences[bead.src[p]] for p in bead.omitted),
            src_tags=src_tags, tgt_tags=tgt_tags,
            paragraphs=None if numbers is None else (
                numbers[0](bead.src[0]) if bead.src else None,
                numbers[1](bead.tgt[0]) if bead.tgt else None),
            src_hrefs=hrefs(alignment.src_formatting, bead.src),
            tgt_hrefs=hrefs(alignment.tgt_formatting, bead.tgt),
            src_code=styled(alignment.src_sentences, alignment.src_formatting, bead.src),
            tgt_code=styled(alignment.tgt_sentences, alignment.tgt_formatting, bead.tgt),
            src_italic=styled(alignment.src_sentences, alignment.src_formatting, bead.src,
                              Style.ITALIC),
            tgt_italic=styled(alignment.tgt_sentences, alignment.tgt_formatting, bead.tgt,
                              Style.ITALIC),
            src_bold=styled(alignment.src_sentences, alignment.src_formatting, bead.src,
                            Style.BOLD),
            tgt_bold=styled(alignment.tgt_sentences, alignment.tgt_formatting, bead.tgt,
                            Style.BOLD),
            cue_at=(at(src_at, bead.src), at(tgt_at, bead.tgt)) if src_at or tgt_at else None,
            src_cues=cues(alignment.src_cues, bead.src),
            tgt_cues=cues(alignment.tgt_cues, bead.tgt),
            parts=(parts(alignment.src_parts, bead.src), parts(alignment.tgt_parts, bead.tgt))))
    return tuple(units)


def starting_cues(cues: tuple[tuple[SubtitleCue, ...], ...]) -> tuple[SubtitleCue | None, ...]:
    """For each sentence of a side, the subtitle cue its start lies in
    (:func:`~aligner.model.cue_at`); ``()`` for a side without cues."""
    out = tuple(cue_at(cues, k) for k in range(len(cues)))
    return out if any(c is not None for c in out) else ()


def _paragraph_numbers(alignment: Alignment
                       ) -> tuple[Callable[[int], int], Callable[[int], int]] | None:
    """For each side, the 1-based paragraph a sentence is in: the reader's number
    (:attr:`Alignment.src_paragraphs`, as the sentences JSONL gives it) where each
    block has one of its own, else the count of paragraph starts of aligned documents
    (a plain text's lines, an alignment without the reader's numbers); None for
    units read from a memory or a pair file (no documents: each unit is its own
    paragraph) or sentences without structure."""
    if alignment.settings.get("converted-from") or not (
            alignment.src_paragraph_starts or alignment.tgt_paragraph_starts):
        return None

    def number(starts: frozenset[int], read: tuple[int, ...], n: int) -> Callable[[int], int]:
        ordered = sorted(starts)
        if len(read) == n and all(read) and all(
                read[a] < read[b] for a, b in pairwise(ordered)):
            # the reader's numbers, each block a paragraph of its own (a list its
            # reader joined into one paragraph still counts as the original's
            # paragraphs, and so do those after it); a plain text's lines, which its
            # reader counts in one paragraph up to a blank line, are counted
            return read.__getitem__
        first = 0 if 0 in starts else 1  # a first sentence is in the first paragraph
        return lambda sentence: bisect_right(ordered, sentence) + first

    return (number(alignment.src_paragraph_starts, alignment.src_paragraphs,
                   len(alignment.src_sentences)),
            number(alignment.tgt_paragraph_starts, alignment.tgt_paragraphs,
                   len(alignment.tgt_sentences)))

"""Plain frozen data that flows through the pipeline.

read -> :class:`Document`; segment -> :class:`SegmentedDocument`;
align -> :class:`Alignment` of :class:`Bead`; check -> :class:`Finding`.
Offsets are character offsets into ``Document.text`` (Python ``str`` indices),
half-open ``[start, end)``.

The module is longer than 400 lines because it is the one vocabulary every stage
shares -- documents, beads, glossaries, findings, each a few plain fields: split
by stage, each stage would import its types from several places.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum

from aligner.unitrecord import UnitRecord


class BlockKind(Enum):
    """What a block of extracted text is; headings and paragraphs are hard boundaries."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list-item"
    LINE = "line"  # a heading- or byline-like line inside a plain-text paragraph


class Part(Enum):
    """Which part of the original document a block comes from.

    Readers of structured formats (DOCX, ODT, PPTX, ODP, EPUB, HTML, PDF) say it; the
    sentence JSON lines of ``aligner segment`` carry it, so an editor can find a
    sentence in the original.  Footnotes and endnotes come after the body in the
    document text; a slide's speaker notes right after the slide.  Front matter is
    what an EPUB marks as being about the edition rather than the work (its copyright
    page, colophon, dedication, acknowledgments: :mod:`aligner.readers.epub`), kept
    where it stands.
    """

    BODY = "body"
    HEADING = "heading"
    LIST = "list"
    TABLE = "table"
    FOOTNOTE = "footnote"
    ENDNOTE = "endnote"
    NOTES = "notes"  # a slide's speaker notes (PPTX, ODP)
    CODE = "code"  # a line of a code block (Markdown's fenced code)
    FRONT_MATTER = "front-matter"  # an EPUB's copyright page, colophon, dedication, ...


@dataclass(frozen=True, slots=True)
class Block:
    """A span of the document text that no sentence may cross.

    ``part`` is where in the original it comes from; ``paragraph`` the 1-based
    number of the paragraph of the reader's text it belongs to (paragraphs are
    counted in the order of the text, body first, then notes; 0 when unknown).
    """

    start: int
    end: int
    kind: BlockKind = BlockKind.PARAGRAPH
    part: Part = Part.BODY
    paragraph: int = 0


class Style(Enum):
    """A kind of character formatting a document reader keeps (DOCX, ODT, Markdown,
    HTML): its value is the HTML element that says it, which the TMX and XLIFF writers
    give as the code's native code (``<b>``, ``</b>``)."""

    BOLD = "b"
    ITALIC = "i"
    UNDERLINE = "u"
    STRIKE = "s"
    SUPERSCRIPT = "sup"
    SUBSCRIPT = "sub"
    LINK = "a"
    #: text the document marks as code: inline code and each line of a code block (the
    #: spans of ``Document.keep``).  The checks read it (code is never ``untranslated``);
    #: the writers of codes write inline code as a code, but not a span that is a whole
    #: sentence (a line of a code block): its text is the unit's text, and a unit of such
    #: sentences is ``translate="no"`` in XLIFF (:func:`aligner.formats.formatting.code_only`).
    CODE = "code"


@dataclass(frozen=True, slots=True)
class Formatting:
    """A span ``[start, end)`` of text set in one :class:`Style` (the bold of
    ``**paraffin oil**``), in the offsets of the text it belongs to.  ``href`` is where
    a :attr:`Style.LINK` span points, as the document gives it (``https://...``, or
    ``#anchor`` for a place in the document); empty for any other style, and for a link
    whose target the reader could not find."""

    start: int
    end: int
    style: Style
    href: str = ""

    def moved(self, start: int, end: int) -> Formatting:
        """The same formatting (style and target) over ``[start, end)``."""
        return Formatting(start, end, self.style, self.href)


@dataclass(frozen=True, slots=True)
class DeclaredLanguage:
    """The language a document says it is written in: ``lang`` as BCP 47 writes it
    (:func:`aligner.lang.tags.canonical_tag`: ``de-DE``), and ``where`` the markup that
    says it, as written there (``<html lang="en">``), for the messages that name it."""

    lang: str
    where: str


class Clock(Enum):
    """How a subtitle file writes a time, and so how messages and exports show its
    cues' times: SubRip's ``00:01:12,820`` (a comma before the milliseconds); WebVTT's
    ``00:01:12.820`` (a full stop), or ``01:12.820`` where the file leaves the hours out
    (WebVTT allows it; a time of an hour or more is shown with them)."""

    SUBRIP = "srt"
    WEBVTT = "vtt"
    WEBVTT_MINUTES = "vtt-minutes"


@dataclass(frozen=True, slots=True)
class SubtitleCue:
    """One cue of a subtitle file (SubRip, WebVTT), as the reader found it.

    ``index`` is its 0-based place among the file's cues; ``number`` what the file
    writes before it (a SubRip cue number, a WebVTT cue identifier), None where it
    writes none; ``start``/``end`` its times in seconds as written (an end before the
    start is kept: the checks report it); ``lines`` its lines as a viewer sees them
    (markup left out, a dialogue dash kept).  ``span`` is its text's ``[start, end)``
    in the offsets of the text it belongs to: ``Document.text``; in an
    :class:`Alignment`, the sentence it starts in, its end cut at that sentence's end.
    A cue without text has an empty span where its text would be.  ``clock`` is how
    its file writes times (:class:`Clock`), which its :attr:`timecode` follows.
    """

    index: int
    number: str | None
    start: float
    end: float
    span: tuple[int, int]
    lines: tuple[str, ...] = ()
    clock: Clock = Clock.SUBRIP

    @property
    def name(self) -> str:
        """How messages name the cue: its number as written (``12``), else its place
        in the file (``#12``)."""
        return self.number if self.number is not None else f"#{self.index + 1}"

    @property
    def timecode(self) -> str:
        """Its start as its file writes a time: ``00:01:12,820`` (SubRip),
        ``00:01:12.820`` or ``01:12.820`` (WebVTT)."""
        return timecode(self.start, self.clock)


def timecode(seconds: float, clock: Clock = Clock.SUBRIP) -> str:
    """``seconds`` as a subtitle file writes a time (:class:`Clock`): SubRip's
    ``HH:MM:SS,mmm`` (``00:01:12,820``), WebVTT's ``HH:MM:SS.mmm``, or ``MM:SS.mmm``
    for a WebVTT file that leaves the hours out, when there are none."""
    ms = max(0, round(seconds * 1000))
    hours, rest = ms // 3_600_000, f"{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}"
    if clock is Clock.SUBRIP:
        return f"{hours:02d}:{rest},{ms % 1000:03d}"
    if clock is Clock.WEBVTT_MINUTES and hours == 0:
        return f"{rest}.{ms % 1000:03d}"
    return f"{hours:02d}:{rest}.{ms % 1000:03d}"


def cue_at(cues: tuple[tuple[SubtitleCue, ...], ...], k: int) -> SubtitleCue | None:
    """The subtitle cue the start of sentence ``k`` of a side lies in (the cues of each
    sentence: :attr:`Alignment.src_cues`): the one that starts at it, else the last that
    started before it, else the first in it; None when there is none.  Where findings
    point (``cue 21, 00:02:25,360``) and where an exported unit starts."""
    mine = cues[k] if k < len(cues) else ()
    if mine and mine[0].span[0] == 0:
        return mine[0]
    before = next((cues[j][-1] for j in range(min(k, len(cues)) - 1, -1, -1) if cues[j]),
                  None)
    return before if before is not None else (mine[0] if mine else None)


@dataclass(frozen=True, slots=True)
class Document:
    """A text as read from a file.

    ``text`` is the file itself for plain text and the extracted text for
    HTML/Markdown.  ``blocks`` are ordered, non-overlapping spans of ``text``;
    whatever lies between blocks is whitespace or markup residue that belongs
    to no sentence.
    """

    text: str
    lang: str
    blocks: tuple[Block, ...]
    name: str = "<string>"
    #: Spans of ``text`` in which no sentence ends: inline code (Markdown backticks,
    #: HTML ``<code>``), whose full stops are the code's.
    keep: tuple[tuple[int, int], ...] = ()
    #: Character formatting of ``text`` (DOCX and ODT runs: bold, italic, ...), ordered
    #: by start; never part of ``text``, so segmenting, aligning and checks ignore it.
    formatting: tuple[Formatting, ...] = ()
    #: The language the document declares (HTML ``lang``, EPUB and ODT ``dc:language``,
    #: DOCX and ODT default style, Markdown front matter); None when it declares none.
    #: ``lang`` is the language the text is read in, which may come from elsewhere.
    declared: DeclaredLanguage | None = None
    #: The cues of a subtitle file (SubRip, WebVTT) in file order, their spans in
    #: ``text``; empty for every other format.
    cues: tuple[SubtitleCue, ...] = ()
    #: What the reader could not be sure of, a warning each, naming the place (a PDF
    #: page whose reading order is in doubt); the pipeline passes them on with the
    #: file's name.
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Segment:
    """One sentence: its span in the document text and the block it lies in."""

    start: int
    end: int
    text: str
    block: int = 0


@dataclass(frozen=True, slots=True)
class SegmentedDocument:
    document: Document
    segments: tuple[Segment, ...]

    @property
    def sentences(self) -> tuple[str, ...]:
        return tuple(s.text for s in self.segments)

    @property
    def parts(self) -> tuple[Part, ...]:
        """The part of the document each sentence comes from (its block's)."""
        blocks = self.document.blocks
        return tuple(blocks[s.block].part if s.block < len(blocks) else Part.BODY
                     for s in self.segments)

    @property
    def paragraphs(self) -> tuple[int, ...]:
        """The reader's number of the paragraph each sentence is in (its block's
        :attr:`Block.paragraph`, as the sentences JSONL gives it; 0 when unknown)."""
        blocks = self.document.blocks
        return tuple(blocks[s.block].paragraph if s.block < len(blocks) else 0
                     for s in self.segments)

    @property
    def paragraph_starts(self) -> frozenset[int]:
        """Indices of segments that open a block (soft anchors for alignment)."""
        starts: set[int] = set()
        prev = None
        for i, s in enumerate(self.segments):
            if s.block != prev:
                starts.add(i)
            prev = s.block
        return frozenset(starts)

    def sentence_cues(self) -> tuple[tuple[SubtitleCue, ...], ...]:
        """The document's subtitle cues by sentence, each with the sentence its text
        starts in (a cue before the first sentence: the first), its span in offsets of
        that sentence (:class:`SubtitleCue`); ``()`` when it has none."""
        cues = self.document.cues
        if not cues or not self.segments:
            return ()
        starts = [s.start for s in self.segments]
        out: list[list[SubtitleCue]] = [[] for _ in self.segments]
        for cue in cues:
            k = max(bisect_right(starts, cue.span[0]) - 1, 0)
            seg = self.segments[k]
            a = min(max(cue.span[0] - seg.start, 0), len(seg.text))
            b = min(max(cue.span[1] - seg.start, a), len(seg.text))
            out[k].append(replace(cue, span=(a, b)))
        return tuple(tuple(found) for found in out)

    def sentence_formatting(self) -> tuple[tuple[Formatting, ...], ...]:
        """The document's formatting by sentence, in offsets of the sentence's text;
        ``()`` when it has none.  A span that crosses a sentence boundary is cut there:
        each sentence gets its own part, closed in it (a unit of a TMX or XLIFF holds
        whole codes, never one half of a pair).  Whitespace at a span's edges is left
        out of it, and a span with nothing else is dropped."""
        spans = self.document.formatting
        if not spans:
            return ()
        out: list[tuple[Formatting, ...]] = []
        first = 0  # spans before it end before the sentence (segments are in order)
        for seg in self.segments:
            while first < len(spans) and spans[first].end <= seg.start:
                first += 1
            mine: list[Formatting] = []
            for f in spans[first:]:
                if f.start >= seg.end:
                    break
                a, b = max(f.start, seg.start) - seg.start, min(f.end, seg.end) - seg.start
                while a < b and seg.text[a].isspace():
                    a += 1
                while b > a and seg.text[b - 1].isspace():
                    b -= 1
                if a < b:
                    mine.append(f.moved(a, b))
            out.append(tuple(mine))
        return tuple(out) if any(out) else ()


class ReviewState(Enum):
    """What a person did to a bead in the alignment editor."""

    CONFIRMED = "confirmed"  # looked at it and kept it as the aligner made it
    EDITED = "edited"  # made it so (merged, split, moved a sentence, ...)


@dataclass(frozen=True, slots=True)
class Review:
    """A person's mark on a bead: confirmed or edited, and when (an aware UTC time)."""

    state: ReviewState
    changed: datetime


#: A bead's signal naming source sentences that may be untranslated (bit ``k``: its
#: ``k``-th source sentence; :mod:`aligner.align.omissions`).
OMITTED_MEMBERS = "omitted_members"

#: A bead's signal (1.0) saying it holds sentences of a reviewed bead that ``aligner
#: batch`` aligned again when the files changed (:mod:`aligner.collection.carry`): the
#: review editor shows it as doubtful until a person marks it.
REVIEW_AGAIN = "review_again"


@dataclass(frozen=True, slots=True)
class Bead:
    """A group of source sentences aligned with a group of target sentences.

    ``src``/``tgt`` are ascending sentence indices; one side may be empty
    (a deletion ``n-0`` or insertion ``0-n``).  ``score`` is a confidence in
    [0, 1]; ``signals`` says how much each signal contributed to it.
    ``review`` is set when a person confirmed or edited the bead (the editor,
    ``aligner review``); None for a bead as the aligner made it.
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float = 0.0
    signals: Mapping[str, float] = field(default_factory=dict, compare=False)
    review: Review | None = None
    #: what the memory's unit it was read from said of itself (``tuid``, dates, props,
    #: notes), kept through a saved alignment; None for a bead the aligner made
    unit: UnitRecord | None = field(default=None, compare=False)
    #: the findings of the checks an export writes on the bead's unit as notes
    #: (``aligner export --note-flagged``: :mod:`aligner.formats.finding_notes`);
    #: empty otherwise
    findings: tuple[Finding, ...] = field(default=(), compare=False)

    @property
    def kind(self) -> str:
        """``"1-1"``, ``"2-1"``, ``"0-1"``, ..."""
        return f"{len(self.src)}-{len(self.tgt)}"

    @property
    def is_null(self) -> bool:
        return not self.src or not self.tgt

    @property
    def omitted(self) -> tuple[int, ...]:
        """The positions in ``src`` of the sentences that may be untranslated
        (the ``omitted_members`` signal)."""
        mask = int(self.signals.get(OMITTED_MEMBERS, 0))
        return tuple(p for p in range(len(self.src)) if mask >> p & 1)


@dataclass(frozen=True, slots=True)
class Alignment:
    """Beads over two sentence lists, monotone and covering every index once.

    The paragraph starts say where each side's paragraphs begin, for the
    reviewer's eye and as soft anchors when the pair is aligned again.
    """

    src_sentences: tuple[str, ...]
    tgt_sentences: tuple[str, ...]
    beads: tuple[Bead, ...]
    src_lang: str
    tgt_lang: str
    src_name: str = "<source>"
    tgt_name: str = "<target>"
    settings: Mapping[str, str] = field(default_factory=dict, compare=False)
    #: Sentence indices that open a paragraph (``SegmentedDocument.paragraph_starts``);
    #: empty when the sentences came without document structure.
    src_paragraph_starts: frozenset[int] = frozenset()
    tgt_paragraph_starts: frozenset[int] = frozenset()
    #: For an alignment made from a file of translation units (a TMX, XLIFF, TSV or
    #: CSV read back), one entry per bead: the properties its unit had there (score,
    #: sentence numbers, document names, review), which an export writes instead of
    #: numbering the units anew or scoring them; empty for an alignment the aligner made.
    unit_props: tuple[Mapping[str, str], ...] = field(default=(), compare=False)
    #: For the same alignment, one entry per bead: the inline codes of its unit's source
    #: and target (their placeholders are in the sentences), which a writer of codes
    #: (XLIFF) writes as codes; empty when no unit had any.
    unit_tags: tuple[tuple[tuple[InlineTag, ...], tuple[InlineTag, ...]], ...] = field(
        default=(), compare=False)
    #: The character formatting of each sentence (offsets into the sentence; made by
    #: :meth:`SegmentedDocument.sentence_formatting`), which the TMX and XLIFF writers
    #: write as paired codes; ``()`` for a side without any (plain text, no formatting).
    src_formatting: tuple[tuple[Formatting, ...], ...] = field(default=(), compare=False)
    tgt_formatting: tuple[tuple[Formatting, ...], ...] = field(default=(), compare=False)
    #: The inline codes of each sentence read from a memory (TMX, XLIFF), kept as the
    #: formatting is: the sentence holds none, each code is at an offset into it.
    src_codes: tuple[tuple[InlineCode, ...], ...] = field(default=(), compare=False)
    tgt_codes: tuple[tuple[InlineCode, ...], ...] = field(default=(), compare=False)
    #: Where each side's notes begin (the first sentence of its footnotes and endnotes,
    #: then of its endnotes when both sides have both), one index per region after the
    #: body, as many on each side: the k-th region of one side was aligned with the
    #: k-th of the other alone (:mod:`aligner.align.regions`), and is when the pair is
    #: aligned again.  Empty: the pair was aligned whole.
    src_regions: tuple[int, ...] = ()
    tgt_regions: tuple[int, ...] = ()
    #: The subtitle cues of each sentence (:meth:`SegmentedDocument.sentence_cues`):
    #: where findings point in a subtitle file, and what the subtitle checks read;
    #: ``()`` for a side that is no subtitle file.
    src_cues: tuple[tuple[SubtitleCue, ...], ...] = field(default=(), compare=False)
    tgt_cues: tuple[tuple[SubtitleCue, ...], ...] = field(default=(), compare=False)
    #: The part of the document each sentence comes from (:attr:`SegmentedDocument.parts`:
    #: body, heading, footnote, an EPUB's front matter, ...), as the document's reader
    #: says -- what the checks read (a heading's question mark, one-sided front matter:
    #: :class:`aligner.check.units.Unit`); the saved JSON and a collection keep it.
    #: ``()`` where it is not known (sentences without a document, a memory's units).
    src_parts: tuple[Part, ...] = field(default=(), compare=False)
    tgt_parts: tuple[Part, ...] = field(default=(), compare=False)
    #: The reader's paragraph number of each sentence (:attr:`SegmentedDocument.paragraphs`):
    #: where findings point in the original, past paragraphs the reader joined (a list's
    #: lead-in and its items); ``()`` for a side without document structure (findings
    #: count paragraph starts).
    src_paragraphs: tuple[int, ...] = field(default=(), compare=False)
    tgt_paragraphs: tuple[int, ...] = field(default=(), compare=False)


class TagKind(Enum):
    """An inline code opens a span, closes one, or stands alone."""

    OPEN = "open"
    CLOSE = "close"
    STANDALONE = "standalone"


@dataclass(frozen=True, slots=True)
class InlineTag:
    """An inline code of a segment (TMX ``bpt``/``ept``/``ph``/``it``/``hi``...).

    The text of a unit holds a placeholder for it (``{1}``, ``{/1}``, ``{1/}``);
    ``start``/``end`` is the placeholder's span in that text.  ``key`` says
    which code it is, the same on both sides of a unit: the TMX ``x``
    attribute when there is one, else the element and its native code
    (``ph:<br/>``).  ``code`` is the native code the file gave for it (TMX
    ``bpt``/``ept``/``it``/``ph``/``ut`` content, XLIFF 2 ``originalData``, XLIFF 1.2
    ``bpt``/``ept``/``it``/``ph`` content), empty when it gave none (``hi``, ``pc``
    without data, ``g``, ``x``): a writer of inline codes writes it back.
    ``attributes`` are what the element said of the code beside it, as ``(name,
    value)`` pairs, which a writer of the same attribute writes back
    (:data:`CODE_ATTRIBUTES`); ``()`` for a code that said nothing.  The key never
    holds them: the checks pair codes as before.
    """

    start: int
    end: int
    kind: TagKind
    key: str
    code: str = ""
    attributes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class InlineCode:
    """An inline code at ``offset`` of a sentence that holds no placeholder for it
    (what :class:`InlineTag` is to a text with placeholders)."""

    offset: int
    kind: TagKind
    key: str
    code: str = ""
    attributes: tuple[tuple[str, str], ...] = ()


#: The attributes of an inline code kept with it (:attr:`InlineTag.attributes`), by the
#: name they are kept under: TMX's ``type`` and a ``ph``'s ``assoc`` (the names and
#: values XLIFF 1.2's ``ctype`` and ``assoc`` share, ``underlined`` kept as TMX's
#: ``ulined``), and XLIFF 2's own vocabulary under ``xliff2:`` (a ``pc``'s
#: ``equivStart``/``dispStart`` are its opening code's ``equiv``/``disp``, its
#: ``equivEnd``/``dispEnd`` its closing code's).
CODE_ATTRIBUTES = ("type", "assoc", "xliff2:type", "xliff2:subType", "xliff2:equiv",
                   "xliff2:disp")


class TermStatus(Enum):
    PREFERRED = "preferred"
    ALLOWED = "allowed"
    FORBIDDEN = "forbidden"


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """One glossary row: a source term and one rendering of it.

    ``case_sensitive`` applies to the source term, ``target_case_sensitive``
    to the rendering (an acronym may be rendered by a spelled-out name).
    ``capitalised`` (``target_capitalised``): the term is found in every form of its
    words, as a term matched ignoring case is, but only where each word the glossary
    writes with a capital has its capital (a defined term of a contract: ``Parte``
    in ``Partes``, not in ``partes``); never set with the matching ``case_sensitive``.
    ``pos``: the part of speech the glossary gives the source term (``noun``, ``verb``,
    ``adjective``, ...; a TBX's ``partOfSpeech``, a TSV's ``pos`` column), ``""`` when
    it gives none: a noun term is not asked for where the source uses its word as a
    verb (``Do not cover the slots`` for ``cover``, :mod:`aligner.check.term_uses`).
    """

    source: str
    target: str
    status: TermStatus = TermStatus.PREFERRED
    note: str = ""
    case_sensitive: bool = False
    line: int = 0
    target_case_sensitive: bool = False
    capitalised: bool = False
    target_capitalised: bool = False
    pos: str = ""


@dataclass(frozen=True, slots=True)
class Glossary:
    src_lang: str
    tgt_lang: str
    entries: tuple[GlossaryEntry, ...]
    path: str = "<glossary>"
    #: header columns the reader leaves out (a client's ``domain`` or ``comment``)
    ignored: tuple[str, ...] = ()
    #: every language of a term base of more than the two read (a TSV, CSV or .xlsx
    #: header's language columns, in order); empty for a file of two languages
    languages: tuple[str, ...] = ()


class Side(Enum):
    SOURCE = "source"
    TARGET = "target"


@dataclass(frozen=True, slots=True)
class TermMatch:
    """A glossary term found in one side of a unit (offsets into that unit's text).

    ``term`` is the glossary *source* term the match belongs to; on the target
    side ``status`` says whether the rendering found is preferred, allowed or
    forbidden, and ``rendering`` which glossary rendering it is (as the glossary
    writes it: ``tablets`` in the text is the rendering ``tablet``).
    """

    unit: int
    side: Side
    start: int
    end: int
    term: str
    status: TermStatus | None = None
    rendering: str = ""


class Severity(Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)


@dataclass(frozen=True, slots=True)
class UnitOrigin:
    """Where a unit comes from when several files are checked together: the file as
    given and the unit's 0-based number in that file."""

    document: str
    unit: int


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found by a check, attached to a unit (bead / pair / tu).

    ``unit`` counts the units of every input together; ``origin`` names the file
    and the unit's number in it when several files were checked together.  ``note``:
    the note of the glossary row a term finding is about, when the row has one.
    ``found`` is the text at ``tgt_span`` as written, where there is one; a term
    finding's ``rendering``, the glossary rendering it found there (``tenant`` for
    ``tenants``).
    """

    code: str
    severity: Severity
    unit: int
    message: str
    source_term: str | None = None
    expected: tuple[str, ...] = ()
    found: str | None = None
    src_span: tuple[int, int] | None = None
    tgt_span: tuple[int, int] | None = None
    group: str | None = None
    origin: UnitOrigin | None = None
    note: str | None = None
    rendering: str | None = None

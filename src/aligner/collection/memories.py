"""``aligner import``: translation memories read into a collection, each one a document.

A team's archive holds memories already made -- TMX, XLIFF, TSV and CSV files of
units, saved alignments -- that no document pair of ``aligner batch`` gives back.
:func:`read_memory` reads one with the readers ``aligner export`` reads them with
(:func:`aligner.formats.load_source`) and makes it a document: each unit a 1-1 bead,
its two texts the sentences, each unit a paragraph of its own; a saved alignment
keeps its sentences and beads.  A unit an export marked reviewed (``x-reviewed``: a
person confirmed or edited its bead) is a reviewed bead again, with the review's date,
its ``changedate`` (:mod:`aligner.formats.review_props`); a saved alignment's beads keep
their reviews.  Each bead keeps what its unit said of itself -- its
record and its inline codes beside its plain text, as a saved alignment keeps a memory
(:mod:`aligner.collection.records`) -- so that an export writes the unit back as it
was.  A bead's score is its unit's ``x-score``; a unit without one (a memory of
another tool) gets 1.0 marked :data:`~.rows.UNSCORED`, which no export writes as a
score.  :func:`import_memories` stores them, all in one
transaction: a file unchanged since it was imported is left as it is, a changed one
replaces its document -- unless a person reviewed beads of it (``aligner review``),
which are not thrown away without ``discard_reviews``.  Anything wrong with a file
(not readable, a name taken) is an error before anything is written.  A memory of
another language pair than the collection's joins it (:func:`read_into`); a TMX of
several pairs is a document for each (:func:`read_pairs_into`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aligner.collection.language_pairs import Pair, pair_names, same_pair, shown
from aligner.collection.records import fuzzy_warning
from aligner.collection.rows import MEMORY, UNSCORED, DocumentRow, PairRecord, Segmentation
from aligner.collection.store import Collection
from aligner.collection.stored import content_hash
from aligner.errors import AlignerError, ConfigError, FormatError, InputError
from aligner.formats.units import UnitFile, translations_only, unit_score, written_tags
from aligner.lang import lang_matches
from aligner.model import Alignment, Bead, Review
from aligner.textutil import count

#: Counts in a memory's settings hash: a later version that reads memories otherwise
#: raises it, and every memory is read again.  2: each unit's record and inline codes
#: kept (schema 8), its texts without the codes' placeholders.  (A file of units with
#: review marks says so in the hash instead: :func:`read_memory`.)
IMPORT_VERSION = 2
#: The folder of the collection a memory's document is named in: ``tm/legal.tmx``.
FOLDER = "tm"


@dataclass(frozen=True, slots=True)
class Memory:
    """A memory file read, ready to store: its document's name, the file (absolute
    path and content hash), what it was read with, and its alignment -- for a file of
    units, their texts as read (placeholders and all) and the ``units`` whose records
    and codes :meth:`stored` adds."""

    name: str
    path: str
    digest: str
    settings_hash: str
    alignment: Alignment
    warnings: tuple[str, ...] = ()
    units: UnitFile | None = None

    def stored(self) -> Alignment:
        """The alignment as the collection keeps it: each bead with its unit's record,
        the sentences plain with the inline codes beside them, as a saved alignment
        keeps a memory.  Made only for a memory stored (most of reading a unit's
        record is parsing its ``tu`` again), not for one unchanged since its import."""
        if self.units is None:
            return self.alignment
        from aligner.formats.inline_codes import codes_from_tags
        from aligner.formats.tmx_record import with_records

        return codes_from_tags(with_records(self.alignment, self.units))


@dataclass(slots=True)
class ImportSummary:
    """What an import did, by document name."""

    imported: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    #: Changed memories kept as they were because a person reviewed them (name, beads).
    kept_reviewed: list[tuple[str, int]] = field(default_factory=list)
    units: int = 0  # beads stored, of the memories imported or replaced


def memory_name(path: str | os.PathLike[str]) -> str:
    """The document a memory file is by default: ``tm/`` and the file's name
    (``archive/2024/legal.tmx`` -> ``tm/legal.tmx``)."""
    return f"{FOLDER}/{Path(path).name}"


def read_memory(path: str | os.PathLike[str], *, name: str | None = None,
                src_lang: str | None = None, tgt_lang: str | None = None,
                encoding: str = "utf-8", units: UnitFile | None = None,
                reviews: bool = True) -> Memory:
    """The memory at ``path`` as a document (``name``, default :func:`memory_name`), read
    in ``src_lang`` -> ``tgt_lang`` (None: the file's own pair) -- or its ``units`` of
    one pair, read already.  Units without text on one side are left out, with a
    warning; a file with none left is an error.  A unit's review mark is its bead's
    review, unless ``reviews`` is false (a file read for its texts alone: ``import
    --into``)."""
    from aligner.formats import AlignmentFormat, alignment_format_for_path, load_source
    from aligner.formats.review_props import read_reviews, record_reviews
    from aligner.formats.score_props import read_scores

    label = os.fspath(path)
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory, expected a file", path=label) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=label) from None
    source = units if units is not None else load_source(path, src_lang=src_lang,
                                                          tgt_lang=tgt_lang, encoding=encoding)
    warnings: list[str] = []
    marked = False  # a file of units with review marks (x-reviewed) kept as reviews
    if isinstance(source, UnitFile):
        if source.header_row:
            warnings.append(f"line 1 names the columns "
                            f"({source.header_row.replace(chr(9), ' | ')}): read as a "
                            "header, not as a unit")
        source, messages = read_scores(source)
        warnings += messages
        kept = translations_only(source)
        if kept.skipped:
            warnings.append(f"{kept.skipped} of {count(len(kept.units) + kept.skipped, 'unit')} "
                            f"left out: without text in both {kept.src_lang} and "
                            f"{kept.tgt_lang}")
        if not kept.units:
            raise FormatError(f"holds no unit with text in both {kept.src_lang} and "
                              f"{kept.tgt_lang}: nothing to import", path=label)
        units = written_tags(kept, f"{label}: ")
        marks: tuple[Review | None, ...] = (None,) * len(units.units)
        if reviews:
            marks, messages = read_reviews(units)
            warnings += messages
        marked = any(r is not None for r in marks)
        alignment = _units_alignment(units, Path(path).name, marks)
        warnings += filter(None, [fuzzy_warning([u.props for u in units.units])])
    else:
        alignment = written_tags(source, f"{label}: ")
        if all(b.is_null for b in alignment.beads):
            raise FormatError("holds no bead with sentences on both sides: nothing to "
                              "import", path=label)
        if reviews:  # its beads' reviews, and those its units' records are marked with
            before = sum(b.review is not None for b in alignment.beads)
            alignment, messages = record_reviews(alignment)
            warnings += messages
            marked = sum(b.review is not None for b in alignment.beads) > before
    text_format = alignment_format_for_path(path) in (AlignmentFormat.TSV, AlignmentFormat.CSV)
    described = {"import": IMPORT_VERSION, "src_lang": alignment.src_lang,
                 "tgt_lang": alignment.tgt_lang,
                 "encoding": encoding if text_format else None}
    if marked:
        # read otherwise than before its marks were kept: such a file imported by an
        # earlier version is read again (its marks were dropped), and a file without
        # marks keeps the hash it had, so that it is not read again for nothing
        described["reviews"] = 1
    settings = hashlib.sha256(json.dumps(described, sort_keys=True).encode()).hexdigest()
    return Memory(name or memory_name(path), str(Path(path).resolve()), content_hash(data),
                  settings, alignment, tuple(warnings),
                  units if isinstance(source, UnitFile) else None)


def _units_alignment(units: UnitFile, file_name: str,
                     reviews: Sequence[Review | None]) -> Alignment:
    """A file's units as a 1-1 alignment, each unit a paragraph, each bead with its
    unit's review; a unit without a score of its own scores 1.0, marked
    :data:`UNSCORED`; their inline codes as :attr:`~aligner.model.Alignment.unit_tags`
    (:meth:`Memory.stored` lifts them)."""
    beads = []
    for i, (unit, review) in enumerate(zip(units.units, reviews, strict=True)):
        score = unit_score(unit.props)
        beads.append(Bead((i,), (i,), 1.0 if score is None else score,
                          {UNSCORED: 1.0} if score is None else {}, review))
    every = frozenset(range(len(units.units)))
    tags = tuple((u.src_tags, u.tgt_tags) for u in units.units)
    # named after the file, and converted-from it: no writer takes the file for a
    # document of the units (formats.units.document_names)
    return Alignment(tuple(u.source for u in units.units), tuple(u.target for u in units.units),
                     tuple(beads), units.src_lang, units.tgt_lang, file_name, file_name,
                     {"converted-from": file_name}, every, every,
                     unit_tags=tags if any(a or b for a, b in tags) else ())


def read_into(path: str | os.PathLike[str], held: Sequence[Pair], *, name: str | None = None,
              src_lang: str | None = None, tgt_lang: str | None = None,
              encoding: str = "utf-8", db: str = "") -> Memory:
    """The memory at ``path`` read for a collection of the language pairs ``held`` (those
    of ``src_lang``/``tgt_lang``, when given): in its own pair when it names one the
    collection holds (an ``en -> es`` TMX beside ``es -> en`` documents), else in the
    first held pair it has units of (a TMX of five languages gives its ``es`` and ``en``;
    a TSV, which names none, is read in the one pair), else in its own -- or the
    languages given --, a pair the collection then holds too.  A file that names no
    languages in a collection of several pairs is an error asking for both (``db``)."""
    if src_lang and tgt_lang:
        return read_memory(path, name=name, src_lang=src_lang, tgt_lang=tgt_lang,
                           encoding=encoding)
    fits = [p for p in held if (src_lang is None or lang_matches(src_lang, p[0]))
            and (tgt_lang is None or lang_matches(tgt_lang, p[1]))]
    own: Memory | None = None
    unsaid: AlignerError | None = None  # why the file's own pair could not be read
    try:
        own = read_memory(path, name=name, src_lang=src_lang, tgt_lang=tgt_lang,
                          encoding=encoding)
    except (FormatError, ConfigError) as exc:  # a broken file fails again below
        unsaid = exc
    if own is not None and (not fits or any(
            same_pair((own.alignment.src_lang, own.alignment.tgt_lang), p) for p in fits)):
        return own
    if unsaid is not None and isinstance(unsaid, ConfigError) and len(
            named := pair_names(fits)) > 1:
        raise ConfigError(f"give --src-lang and --tgt-lang: the file names no languages, "
                          f"and {db} holds {len(named)} language pairs ({shown(named)})",
                          path=os.fspath(path))
    for pair in fits:
        try:
            return read_memory(path, name=name, src_lang=pair[0], tgt_lang=pair[1],
                               encoding=encoding)
        except FormatError as exc:
            if _broken(exc):
                raise
    if own is not None:
        return own
    assert unsaid is not None
    if fits and not _broken(unsaid):  # a broken file's error is not the languages'
        raise type(unsaid)(f"{unsaid.message} (the collection {db} is "
                           f"{shown(pair_names(fits))})", path=unsaid.path) from None
    raise unsaid


def _broken(exc: AlignerError) -> bool:
    """Whether ``exc`` points into a broken file (a line, or a byte: a binary file)
    rather than at languages it does not hold."""
    return exc.line is not None or exc.offset is not None


def read_pairs_into(path: str | os.PathLike[str], held: Sequence[Pair], *,
                    name: str | None = None, src_lang: str | None = None,
                    tgt_lang: str | None = None, encoding: str = "utf-8",
                    db: str = "") -> list[Memory]:
    """The memory at ``path`` read for a collection of the language pairs ``held``, as
    :func:`read_into` reads it -- but a TMX of units of several language pairs (an
    ``export`` of a collection of several: each ``tu`` says its ``srclang``), given no
    ``src_lang``/``tgt_lang``, is a document for each of its pairs, each unit in its own
    (:func:`~aligner.formats.tmx.load_tmx_pairs`), named ``NAME/SRC-TGT``
    (``tm/all.tmx/es-en``, ``tm/all.tmx/en-es``)."""
    from aligner.formats import AlignmentFormat, alignment_format_for_path
    from aligner.formats.tmx import load_tmx_pairs

    parts: tuple[UnitFile, ...] = ()
    if src_lang is None and tgt_lang is None and Path(path).is_file() and (
            alignment_format_for_path(path) is AlignmentFormat.TMX):
        try:
            parts = load_tmx_pairs(path)
        except AlignerError:  # read_into says what is wrong with it
            parts = ()
    if len(parts) < 2:
        return [read_into(path, held, name=name, src_lang=src_lang, tgt_lang=tgt_lang,
                          encoding=encoding, db=db)]
    base = name or memory_name(path)
    return [read_memory(path, name=f"{base}/{u.src_lang}-{u.tgt_lang}", units=u,
                        encoding=encoding) for u in parts]


def import_memories(collection: Collection, memories: Sequence[Memory], *,
                    discard_reviews: bool = False) -> ImportSummary:
    """Store ``memories`` in ``collection``, all in one transaction (the module
    docstring); :class:`ConfigError`, nothing written, when a name is another's."""
    from aligner.collection.work import unit_texts

    summary = ImportSummary()
    documents = collection.documents()
    for _, refusal in refused(documents, memories)[:1]:
        raise refusal
    stored = {d.name: d for d in documents}
    reviewed = {} if discard_reviews else collection.reviewed_beads()
    records: list[PairRecord] = []
    moved: list[tuple[str, int]] = []
    for m in memories:
        old = stored.get(m.name)
        if old is not None:
            if (old.status, old.src_hash, old.settings_hash) == ("aligned", m.digest,
                                                                   m.settings_hash):
                summary.unchanged.append(m.name)
                if old.src_path != m.path:  # moved, or imported from another folder
                    moved.append((m.path, old.id))
                continue
            if m.name in reviewed:
                summary.kept_reviewed.append((m.name, reviewed[m.name]))
                continue
        alignment = m.stored()
        units, forms = unit_texts(alignment)
        spans = _spans(alignment)
        records.append(PairRecord(
            m.name, m.path, m.path, m.digest, m.digest, m.settings_hash,
            alignment.src_lang, alignment.tgt_lang, alignment=alignment,
            src_spans=spans[0], tgt_spans=spans[1], forms=forms, units=units,
            warnings=m.warnings, kind=MEMORY))
        (summary.imported if old is None else summary.replaced).append(m.name)
    # reviewed while it was read (aligner review runs beside): kept all the same
    for doc, beads in collection.store_all(records, paths=moved,
                                           keep_reviewed=not discard_reviews):
        summary.kept_reviewed.append((doc, beads))
        summary.replaced.remove(doc)
    stored_now = {*summary.imported, *summary.replaced}
    summary.units = sum(len(m.alignment.beads) for m in memories if m.name in stored_now)
    return summary


def refused(documents: Sequence[DocumentRow], memories: Sequence[Memory]
            ) -> list[tuple[int, ConfigError]]:
    """The memories (by their index in ``memories``) a collection of ``documents`` cannot
    store, each with why: its name is a pair's of ``aligner batch``, or a memory's
    imported from another file that is still there, or an earlier memory's of this
    import (two files of one name).  Every one is found, not just the first: ``aligner
    import`` names every file it cannot import."""
    stored = {d.name: d for d in documents}
    given: dict[str, str] = {}
    found = []
    for k, m in enumerate(memories):
        if (other := given.setdefault(m.name, m.path)) != m.path:
            found.append((k, ConfigError(
                f"{other} and {m.path} would both be the document {m.name!r}: import them "
                "one at a time, each with --name", path=m.path)))
        elif (old := stored.get(m.name)) is not None and (clash := _clash(old, m)):
            found.append((k, clash))
    return found


def _clash(old: DocumentRow, memory: Memory) -> ConfigError | None:
    """Why a stored document that is not ``memory`` changed cannot be replaced by it: a
    pair of ``aligner batch``, or a memory imported from another file that is still
    there (None: it is ``memory``'s own)."""
    if old.kind != MEMORY:
        return ConfigError(f"the collection holds a document pair named {old.name!r} (from "
                           f"{old.src_path} and {old.tgt_path}): give the memory a name of "
                           "its own with --name", path=memory.path)
    if not _same_file(old.src_path, memory.path) and Path(old.src_path).is_file():
        return ConfigError(f"the collection holds another memory named {old.name!r}, "
                           f"imported from {old.src_path}, which is still there: give this "
                           "one a name of its own with --name", path=memory.path)
    return None


def _same_file(stored: str, path: str) -> bool:
    return stored == path or Path(stored).resolve() == Path(path).resolve()


def _spans(al: Alignment) -> tuple[Segmentation, Segmentation]:
    """Where each side's sentences are: a memory has no document text, so a sentence's
    span is its own text (0 to its length) and its paragraph the count of paragraph
    starts up to it (a unit's number, for a file of units)."""
    def side(sentences: tuple[str, ...], starts: frozenset[int]) -> Segmentation:
        spans, paragraph = [], 0
        for i, text in enumerate(sentences):
            paragraph += i in starts and i > 0
            spans.append((0, len(text), paragraph))
        return Segmentation(tuple(spans))

    return (side(al.src_sentences, al.src_paragraph_starts),
            side(al.tgt_sentences, al.tgt_paragraph_starts))


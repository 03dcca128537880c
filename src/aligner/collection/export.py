"""``aligner export COLLECTION.db``: the collection's aligned beads as one file.

Documents are read from the database one at a time and handed to
:func:`aligner.formats.export_documents`, which writes as they come, so memory
holds one document whatever the size of the collection.  One document
exported alone is the file ``aligner align`` writes for that pair, plus the
document's name on every TMX unit (``x-document``).

A collection holds documents of several language pairs (``es -> en`` beside
``en -> es``: :mod:`~aligner.collection.language_pairs`), and regional variants of a
pair (``es-ES``/``en-US`` documents beside ``es``/``en`` ones: a bare language matches
any region), each document with the tags it was stored with -- or, where a bare one was
stored (``es``, from a folder's name) and the document declared a region of it
(``es-MX``, a DOCX's language), with that one (:func:`~.language_pairs.declared_pair`).
TMX writes each
document's own: a unit's ``srclang`` says its source language when the documents
have several (TMX 1.4b: a ``tu``'s ``srclang`` overrides the header's, which then says
what they share, or ``*all*``).  The other formats name one pair for the whole file
(XLIFF's ``srcLang``/``trgLang``, CSV's header, the parallel files' extensions) or
none (TSV, whose columns would mean other languages from row to row), so documents
of several pairs are refused there, naming the pairs and how to export each
(``--src-lang``/``--tgt-lang``); regional variants of one pair are written under the
tags they share (:func:`~.language_pairs.shared_pair`: the bare languages,
``es``/``en``) in XLIFF, with a warning, and under each document's own in TSV and CSV.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime

from aligner.collection.duplicates import UniqueUnits, copies, copies_note, written_twice
from aligner.collection.flagged import FlaggedUnits
from aligner.collection.language_pairs import declared_pair, group_pairs, of_pair, shared_pair
from aligner.collection.rows import PAIR, DocumentRow
from aligner.collection.store import open_collection
from aligner.collection.stored import changed_since_stored, gone_since_stored, left_out
from aligner.errors import ConfigError
from aligner.formats import (
    XLIFF_FORMATS,
    AlignmentFormat,
    TmxMeta,
    WriteReport,
    alignment_format_for_path,
    check_untranslated,
    export_documents,
)
from aligner.formats.tmx_variants import varieties_note
from aligner.model import Alignment
from aligner.textutil import count

#: The formats that name one language pair for the whole file, or none (TSV); JSON and
#: the bead file hold one document.
_ONE_PAIR = (*XLIFF_FORMATS, AlignmentFormat.TSV, AlignmentFormat.CSV, AlignmentFormat.XLSX,
             AlignmentFormat.PARALLEL)


def export_collection(
    db: str | os.PathLike[str],
    path: str | os.PathLike[str],
    *,
    names: Sequence[str] = (),
    fmt: AlignmentFormat | None = None,
    min_score: float = 0.0,
    creation_date: datetime | None = None,
    meta: TmxMeta | None = None,
    reviewed_only: bool = False,
    unique: bool = False,
    unwrap: bool = False,
    untranslated: bool = False,
    warn: Callable[[str], None] = lambda _message: None,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    multilingual: bool = False,
    all_pairs: bool = False,
    flagged: FlaggedUnits | None = None,
) -> WriteReport:
    """Write the aligned documents of ``db`` (or those in ``names``) to ``path``.  A
    document named in ``names`` that did not align is an error naming it and why; the
    failed ones of a whole collection are left out, with a warning.  Documents stored
    from the same texts as another are named in a warning, unless ``unique``: then
    each unit is written once (:mod:`aligner.collection.duplicates`); ``unwrap``: the
    segments without a hard-wrapped text's line breaks (:mod:`aligner.formats.unwrap`);
    ``untranslated``: the sources left untranslated too, as units without a target (XLIFF:
    :func:`aligner.formats.check_untranslated`, said before the collection is read);
    ``src_lang``/``tgt_lang``: the documents of that pair only (:func:`~.of_pair`);
    ``multilingual``: TMX units that hold every translation of a source sentence
    (:func:`originals`); ``all_pairs``: a TMX of documents of more than two languages
    written, which is else refused (:func:`third_languages`); ``flagged``: the units the
    checks flag left out, and the findings written on units as notes
    (:mod:`aligner.collection.flagged`, ``--leave-out-flagged``, ``--note-flagged``)."""
    check_untranslated(fmt or alignment_format_for_path(path), untranslated)
    if multilingual and (fmt or alignment_format_for_path(path)) is not AlignmentFormat.TMX:
        raise ConfigError("--multilingual writes TMX units of several languages: the other "
                          "formats hold two a unit", path=os.fspath(path))
    # one snapshot: aligner batch storing meanwhile changes nothing of what is written
    with open_collection(db) as collection, collection.snapshot():
        for opening in collection.notes():
            warn(opening)
        # an unknown name fails before anything is written
        docs = of_pair(collection.documents(names), src_lang, tgt_lang, path=db)
        failed = [d for d in docs if d.status != "aligned"]
        if names and failed:
            raise ConfigError(f"the document {failed[0].name} did not align ({failed[0].error}); "
                              "fix its files and run aligner batch again, or leave it out",
                              path=os.fspath(db))
        if failed and len(failed) == len(docs):
            raise ConfigError(f"nothing to export: none of its {count(len(docs), 'document')} "
                              "aligned (aligner batch lists why)", path=os.fspath(db))
        if failed:
            warn(left_out(db, failed))
        for note in (changed_since_stored(db, docs), gone_since_stored(db, docs)):
            if note is not None:
                warn(note)
        # the copies' units written: all of them, unless some are left out
        found = [] if unique else copies(docs)
        written = (written_twice(found, collection.alignment, min_score=min_score,
                                 reviewed_only=reviewed_only)
                   if found and (reviewed_only or min_score > 0) else None)
        if (note := copies_note(found, written=written)) is not None:
            warn(f"{os.fspath(db)}: {note}")

        aligned = [d for d in docs if d.status == "aligned"]
        # each document in the languages it declared (es stored, es-MX declared)
        declared = {d.name: declared_pair((d.src_lang, d.tgt_lang), collection.settings(d))
                    for d in aligned}
        pairs = sorted(set(declared.values()))
        shared = originals(aligned) if multilingual else None
        if shared is not None:  # the translations of an original one after the other
            first: dict[str, int] = {}
            for d in aligned:
                first.setdefault(shared[d.name], len(first))
            aligned.sort(key=lambda d: first[shared[d.name]])
        out = fmt or alignment_format_for_path(path)
        if out in _ONE_PAIR and len(group_pairs((d.src_lang, d.tgt_lang) for d in aligned)) > 1:
            raise ConfigError(several_pairs(aligned, out), path=os.fspath(db))
        if out is AlignmentFormat.TMX and not (all_pairs or multilingual) and (
                why := third_languages(aligned)) is not None:
            raise ConfigError(why, path=os.fspath(db))
        if out is AlignmentFormat.TMX and (
                note := varieties_note(pairs, multilingual=multilingual)) is not None:
            warn(f"{os.fspath(db)}: {note}")
        relabel = None
        if len(pairs) > 1 and out in XLIFF_FORMATS:
            relabel = shared_pair(pairs)
            listed = ", ".join(f"{s} -> {t}" for s, t in pairs)
            warn(f"{os.fspath(db)}: its documents are {listed}: XLIFF names one language "
                 f"pair, so they are written as {relabel[0]} -> {relabel[1]} (TMX keeps each "
                 "document's own)")

        one_sided = [0, 0]

        def documents() -> Iterator[tuple[str, Alignment]]:
            for doc in aligned:
                alignment = collection.alignment(doc)
                for bead in alignment.beads:
                    # (--reviewed-only leaves out the unreviewed ones for that)
                    if bead.is_null and (bead.review is not None or not reviewed_only):
                        one_sided[0] += len(bead.src)
                        one_sided[1] += len(bead.tgt)
                langs = relabel if relabel is not None else declared[doc.name]
                if langs != (alignment.src_lang, alignment.tgt_lang):
                    alignment = replace(alignment, src_lang=langs[0], tgt_lang=langs[1])
                yield doc.name, alignment

        once = UniqueUnits(min_score=min_score, reviewed_only=reviewed_only)
        # flagged beads split before repeats are looked for: the findings number the beads
        # of each document as stored
        kept = documents() if flagged is None else flagged(documents())
        with collection.guard():
            report = export_documents(once(kept) if unique else kept, path,
                                      fmt=fmt, min_score=min_score,
                                      creation_date=creation_date, meta=meta,
                                      reviewed_only=reviewed_only,
                                      several=len(docs) - len(failed) > 1, unwrap=unwrap,
                                      untranslated=untranslated,
                                      src_langs={s for s, _ in pairs}, pairs=pairs,
                                      originals=shared)
        return replace(report, repeated=once.left_out, one_sided=(one_sided[0], one_sided[1]))


def originals(docs: Sequence[DocumentRow]) -> dict[str, str]:
    """Each document's original: a document pair's source file as stored (its content's
    digest, and its language: the translations of one file share it, wherever the file
    was), a memory its own name (a memory's units are no translation of a file)."""
    return {d.name: (f"{d.src_lang}:{d.src_hash}" if d.kind == PAIR else f"memory:{d.name}")
            for d in docs}


def several_pairs(docs: Sequence[DocumentRow], fmt: AlignmentFormat) -> str:
    """Why documents of several language pairs are not written to ``fmt`` together, with
    how many documents each pair has and how to export them."""
    groups = group_pairs((d.src_lang, d.tgt_lang) for d in docs)
    counted = ", ".join(
        f"{s} -> {t}: {count(sum((d.src_lang, d.tgt_lang) in g for d in docs), 'document')}"
        for g, (s, t) in zip(groups, map(shared_pair, groups), strict=True))
    names = {AlignmentFormat.TSV: "TSV names no languages (its columns would mean other "
                                  "languages from row to row)",
             AlignmentFormat.PARALLEL: "parallel files are named by one language pair"}
    why = names.get(fmt, f"{fmt.value.upper().replace('XLIFF12', 'XLIFF 1.2')} names one "
                         "language pair per file")
    s, t = shared_pair(groups[0])
    flag = " --all-pairs" if third_languages(docs) is not None else ""
    return (f"its documents are of {len(groups)} language pairs ({counted}), and {why}: "
            f"export each pair with --src-lang and --tgt-lang (--src-lang {s} --tgt-lang "
            f"{t}), or all of them to TMX{flag}, whose units say their languages")


def third_languages(docs: Sequence[DocumentRow]) -> str | None:
    """Why documents of more than two languages are not written to one TMX unasked: a
    CAT tool given it for one pair reads a unit of two tuvs as that pair's (OmegaT, in an
    es -> en project, took a fr -> es unit's French as the English of its Spanish), so
    only a pair and its reverse share a file safely (es -> en, en -> es: a unit's other
    language is the one asked for); None when they are of two languages or fewer."""
    from aligner.lang import primary

    langs = sorted({primary(lang) for d in docs for lang in (d.src_lang, d.tgt_lang)})
    if len(langs) <= 2:
        return None
    groups = group_pairs((d.src_lang, d.tgt_lang) for d in docs)
    counted = ", ".join(
        f"{s} -> {t}: {count(sum((d.src_lang, d.tgt_lang) in g for d in docs), 'document')}"
        for g, (s, t) in zip(groups, map(shared_pair, groups), strict=True))
    s, t = shared_pair(groups[0])
    return (f"its documents are of {len(groups)} language pairs ({counted}) in "
            f"{len(langs)} languages ({', '.join(langs)}), and a CAT tool given one TMX of "
            "them for one pair takes a unit of another as that pair's (OmegaT put French as "
            "the English of a Spanish sentence from a fr -> es unit): export each pair with "
            f"--src-lang and --tgt-lang (--src-lang {s} --tgt-lang {t}), or give --all-pairs "
            "for one TMX of them all, each unit saying its languages (for aligner import, or "
            "a tool that reads them)")

"""``aligner import``: read translation memories into a collection, each one a document."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from aligner.cli.paths import ExistingPath
from aligner.cli.quiet_option import info, quiet_option
from aligner.cli.terminal import error, warn
from aligner.errors import AlignerError, InputError
from aligner.textutil import count

if TYPE_CHECKING:
    from aligner.collection.memories import Memory
    from aligner.collection.store import Collection


@click.command("import")
@click.argument("db", type=click.Path(dir_okay=False))
@click.argument("files", nargs=-1, required=True, type=ExistingPath())
@click.option("--src-lang", help="Source language to read from the memories; default: "
                                 "each memory's own, else a pair of the collection's.")
@click.option("--tgt-lang", help="Target language to read from the memories; default: "
                                 "each memory's own, else a pair of the collection's.")
@click.option("--name", metavar="NAME",
              help="The document name of the one FILE given (default: tm/ and the file's "
                   "name, tm/legal.tmx).")
@click.option("--into", metavar="NAME",
              help="Apply the one FILE (a translator's corrected export of document NAME) "
                   "to that document: each unit whose target differs corrects the target "
                   "of the bead with its source text, as aligner review does (logged, "
                   "undoable, marked edited); a unit marked reviewed confirms its unmarked "
                   "bead.  Exit status 1 when a unit could not be applied.")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of TSV and CSV memories without a byte-order mark.")
@click.option("--discard-reviews", is_flag=True,
              help="Replace a changed memory even where a person confirmed or edited "
                   "beads of it in aligner review: their review is lost.  Without it such "
                   "a memory is kept as it is, with a warning.")
@click.option("--keep-duplicates", is_flag=True,
              help="Import a memory's units that another document of the collection "
                   "holds already (the same source and target text in the same language "
                   "pair: its own export imported back).  Without it they are left out, "
                   "and counted.")
@click.option("--by-document", is_flag=True,
              help="A collection's export (each unit's x-document) imported as the "
                   "documents it was exported from, each a memory named as the document "
                   "was; units without a name stay in the file's memory.")
@click.option("--skip-bad", is_flag=True,
              help="Import the files that can be imported when others cannot: each of "
                   "those is named in an 'aligner: failed:' line, and the exit status is 1. "
                   "Without it a file that cannot be imported leaves the collection as it "
                   "was: every such file is named, nothing is imported (exit status 2).")
@quiet_option
@click.pass_context
def import_cmd(ctx: click.Context, db: str, files: tuple[str, ...], src_lang: str | None,
               tgt_lang: str | None, name: str | None, into: str | None, encoding: str,
               discard_reviews: bool, keep_duplicates: bool, by_document: bool,
               skip_bad: bool) -> None:
    """Import translation memories FILES (TMX, XLIFF, TSV, CSV, saved JSON) into the
    collection DB, made when missing: each file one document, tm/ and its name, each
    unit a bead, so that list, search, check, report, export and review read them as
    the document pairs aligner batch aligned.  Each unit keeps its attributes (tuid,
    dates), props, notes and inline codes, which export writes back; a unit an export
    marked reviewed (x-reviewed) is a reviewed bead again, confirmed or edited, dated by
    its changedate.

    A memory is read in its own language pair when the collection holds it, else in
    the first pair of the collection's it has units of, else in its own, which the
    collection then holds too (it says so): one collection holds es -> en and
    en -> es memories; --src-lang and --tgt-lang choose the pair to read.  A TMX
    of units of several pairs, each tu saying its srclang (an export of such a
    collection), is a document for each pair (tm/all.tmx/es-en, tm/all.tmx/en-es).  A file
    imported before is read again only when it changed, and then replaces its
    document (a reviewed one only with --discard-reviews); aligner batch --prune
    never removes a memory.  A unit another document holds already, the same source
    and target text in the same pair (the collection's own export imported back), is
    left out and counted (--keep-duplicates imports it).  --by-document makes each
    document a collection's export names (x-document) a memory of its own, named as
    it was.  Every file is read before anything is written: a file that cannot be
    imported (unreadable, broken, a name taken) leaves the collection as it was, every
    such file named (exit status 2); --skip-bad imports the others, names those
    (aligner: failed:) and exits with status 1.

    With --into NAME, the one FILE (a translator's corrected export of document NAME)
    corrects that document: each unit whose target differs corrects the target of the
    bead with its source text, an edit of aligner review (logged, undoable, marked
    edited), and a unit the file marks reviewed (a colleague's export of their copy)
    confirms its bead when it has no mark here; a unit that translates a source sentence
    left without a counterpart inserts its translation as a sentence of the target (one
    edit, undoable too); units that match no bead, or several, are listed and make the
    exit status 1.

    \b
    Examples:
      aligner import corpus.db memories/legal.tmx memories/glossary-units.tsv
      aligner import new.db client.tmx --src-lang es --tgt-lang en
      aligner import corpus.db 2024/legal.tmx --name tm/legal-2024
      aligner import restored.db archive.tmx --by-document
      aligner import corpus.db claire.tmx --into fr/comunicado
    """
    from aligner.cli.paths import language_options
    from aligner.collection.language_pairs import added_pairs_note
    from aligner.collection.memories import import_memories, read_pairs_into, refused
    from aligner.collection.opening import refuse_read_only
    from aligner.collection.rows import DocumentRow
    from aligner.collection.store import open_collection
    from aligner.errors import ConfigError
    from aligner.fileio import check_encoding

    language_options(src_lang, tgt_lang)
    check_encoding(encoding)
    refuse_saved_alignment(db, into)
    if into is not None:
        from aligner.cli.corrections import import_into

        if len(files) != 1:
            raise click.UsageError("--into applies one FILE to a document: give one FILE")
        if skip_bad:
            raise click.UsageError("--skip-bad is for an import of several files; --into "
                                   "applies one FILE to a document")
        given = [o for o, v in (("--name", name), ("--src-lang", src_lang),
                                ("--tgt-lang", tgt_lang), ("--discard-reviews",
                                                           discard_reviews),
                                ("--keep-duplicates", keep_duplicates),
                                ("--by-document", by_document)) if v]
        if given:
            raise click.UsageError(f"--into takes no {given[0]}: the file is read in the "
                                   "document's language pair, and applied to it")
        import_into(ctx, db, files[0], into, encoding)
        return
    if name is not None and len(files) != 1:
        raise click.UsageError("--name names one memory: give one FILE with it")
    refuse_read_only(db)
    stored: list[DocumentRow] = []  # the collection's documents (none yet)
    if Path(db).exists():
        with open_collection(db) as collection:
            for note in collection.notes():
                warn(note)
            stored = collection.documents()
    held = list(dict.fromkeys((d.src_lang, d.tgt_lang) for d in stored))  # none, or more
    memories, read_from = [], []
    bad: dict[str, AlignerError] = {}  # the files that cannot be imported, and why
    known = list(held)  # the pairs the collection holds, and those of the memories read
    for path in files:  # every file read before the collection is written (or made)
        try:
            read = read_pairs_into(path, known, name=name, src_lang=src_lang,
                                   tgt_lang=tgt_lang, encoding=encoding, db=db)
            if by_document:
                from aligner.collection.by_document import by_document as split

                read = [part for memory in read for part in split(memory, encoding=encoding)]
        except (InputError, ConfigError) as exc:
            bad.setdefault(path, exc)
            continue
        for memory in read:
            known.append((memory.alignment.src_lang, memory.alignment.tgt_lang))
            memories.append(memory)
            read_from.append(path)
    for k, refusal in refused(stored, memories):  # a name another file's or a pair's
        bad.setdefault(read_from[k], refusal)
    if bad:
        refuse_bad(files, bad, skip_bad)
        good = [k for k, path in enumerate(read_from) if path not in bad]
        memories, read_from = [memories[k] for k in good], [read_from[k] for k in good]
    n_read = len(memories)
    duplicates = 0  # units left out: another document of the collection holds them
    with open_collection(db, create=True) as collection:
        if not keep_duplicates:
            memories, read_from, duplicates = _without_held(collection, memories, read_from,
                                                      encoding)
        summary = import_memories(collection, memories, discard_reviews=discard_reviews)
        added = added_pairs_note(db, held, [(d.src_lang, d.tgt_lang)
                                            for d in collection.documents()])
    for path, memory in zip(read_from, memories, strict=True):
        for line in memory.warnings:
            warn(f"{path}: {line}")
    for doc, beads in summary.kept_reviewed:
        warn(f"{doc}: its file changed, but {count(beads, 'bead')} of it "
             f"{'was' if beads == 1 else 'were'} reviewed; kept as it is (--discard-reviews "
             "replaces it and drops the review)")
    kept = f", {len(summary.kept_reviewed)} kept for their review" if summary.kept_reviewed \
        else ""
    skipped = f"; {count(len(bad), 'file')} not imported (above)" if bad else ""
    if duplicates:
        skipped += f"; {count(duplicates, 'unit')} held already left out (above)"
    info(f"aligner: {count(len(summary.imported), 'memory', 'memories')} imported, "
         f"{len(summary.replaced)} replaced, {len(summary.unchanged)} unchanged{kept}, "
         f"of {n_read}; {count(summary.units, 'unit')} -> {db}{skipped}")
    if added is not None:
        info(f"aligner: {added}")
    if bad:
        ctx.exit(1)


def _without_held(collection: Collection, memories: Sequence[Memory],
                  read_from: Sequence[str], encoding: str
                  ) -> tuple[list[Memory], list[str], int]:
    """``memories`` (each read from its ``read_from``) without the units other documents
    of ``collection`` hold (:mod:`aligner.collection.held_units`), a warning for each
    memory that had some, and how many were left out in all."""
    from aligner.collection.held_units import leave_out_held

    kept: list[Memory] = []
    paths: list[str] = []
    left_out = 0
    for path, (memory, held) in zip(read_from, leave_out_held(collection, memories,
                                                              encoding=encoding),
                                    strict=True):
        if held.left_out:
            left_out += held.left_out
            whole = "all " if held.memory is None else ""
            warn(f"{path}: {whole}{count(held.left_out, 'unit')} of {memory.name} left out: "
                 "other documents of the collection hold the same source and target text "
                 "(--keep-duplicates imports them)")
        if held.kept:
            warn(f"{path}: {count(held.kept, 'bead')} of {memory.name} held already by "
                 "other documents (a saved alignment is imported whole)")
        if held.memory is not None:
            kept.append(held.memory)
            paths.append(path)
    return kept, paths, left_out


def refuse_saved_alignment(db: str, into: str | None) -> None:
    """A saved alignment given for the collection (``aligner import a.json fixed.xlf``,
    after ``aligner review a.json``): an error saying the way there is -- the pair in a
    collection, the file's review carried over with ``--into`` -- rather than "not a
    SQLite database"."""
    from aligner.collection.schema import is_sqlite_file
    from aligner.errors import ConfigError

    if Path(db).suffix.lower() != ".json" or not Path(db).is_file() or is_sqlite_file(db):
        return
    name = into or "NAME"
    raise ConfigError(
        f"a saved alignment, not a collection: corrections are imported into a "
        f"collection's document -- aligner batch SRC_DIR TGT_DIR --db C.db (its pair of "
        f"files), aligner import C.db {db} --into {name} (this file's review: its text "
        f"corrections and confirmed beads), then aligner import C.db FILE --into {name}",
        path=db)


def refuse_bad(files: Sequence[str], bad: Mapping[str, AlignerError], skip_bad: bool) -> None:
    """Say every file of ``files`` that cannot be imported (``bad``, with why), in the
    order given: with ``skip_bad``, when another file can be imported, an ``aligner:
    failed:`` line each, and the others are imported; else an ``aligner: error:`` line
    each and an error that ends the command, nothing imported (the one file's error
    alone when only one was given)."""
    given = list(dict.fromkeys(files))
    named = [bad[f] for f in given if f in bad]
    good = len(given) - len(named)
    if skip_bad and good:
        for exc in named:
            click.echo(f"aligner: failed: {exc.format()} (not imported)", err=True)
        return
    if len(given) == 1:
        raise named[0]
    for exc in named:
        error(exc.format())
    if not good:
        raise InputError(f"none of the {len(given)} files can be imported (above): nothing "
                         "was imported")
    raise InputError(f"{len(named)} of {len(given)} files cannot be imported (above): "
                     f"nothing was imported; fix {'it' if len(named) == 1 else 'them'} and "
                     f"run again, or give --skip-bad to import the other {good}")

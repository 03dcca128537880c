"""``aligner batch``: align every document pair of two folders into a collection."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from aligner.cli.batch_failures import failure_lines
from aligner.cli.encoder_option import encoder_option
from aligner.cli.launch import first_ctrl_c_ignores_the_next
from aligner.cli.paths import ExistingPath
from aligner.cli.quiet_option import info, quiet_option
from aligner.cli.srx_option import with_srx
from aligner.cli.terminal import batch_progress, warn
from aligner.errors import ConfigError, GlossaryPairError
from aligner.readers import FORMAT_NAMES
from aligner.textutil import count

#: What a realigned pair's settings change is when it is not known.
_ANY_SETTING = ("one of --glossary (given or remembered), --encoder, --srx, "
                "--input-format, --encoding or aligner's version")

if TYPE_CHECKING:
    from aligner.collection.remembered import Setting
    from aligner.segment.srx import SrxRules


@click.command("batch")
@click.argument("src_dir", required=False, type=click.Path(file_okay=False))
@click.argument("tgt_dir", required=False, type=click.Path(file_okay=False))
@click.option("--src-lang", help="Source language code (es, en, zh, ...); default: SRC_DIR's "
                                 "name when it is one (corpus/es) -- with --manifest, the tag "
                                 "in every source file's name (a.es.txt) --, else the "
                                 "collection's.")
@click.option("--tgt-lang", help="Target language code; default: TGT_DIR's name when it is "
                                 "one (with --manifest, the tag in every target file's "
                                 "name), else the collection's.")
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False),
              help="The collection database (SQLite): created when missing, updated when "
                   "it exists.")
@click.option("--manifest", type=click.Path(dir_okay=False),
              help="Pair the files a TSV lists instead of two folders: a header line naming "
                   "the columns src, tgt and optionally name; paths relative to the manifest.")
@click.option("--glossary", type=ExistingPath(),
              help="Glossary (TSV, CSV, TBX, OmegaT TSV, .xlsx): its terms become alignment "
                   "anchors, as in aligner align.  The collection remembers it for the "
                   "language pair: a later run of the pair without --glossary uses it.")
@click.option("--no-glossary", is_flag=True,
              help="Align without a glossary, and make the collection forget the one it "
                   "remembers.")
@click.option("--no-srx", is_flag=True,
              help="Segment by the built-in rules, and make the collection forget the SRX "
                   "file it remembers.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per core).")
@click.option("--force", is_flag=True, help="Realign every pair, changed or not.")
@click.option("--discard-reviews", is_flag=True,
              help="Realign changed (or, with --force, all) documents even where a person "
                   "confirmed or edited beads in aligner review: their review is lost.  "
                   "Without it a reviewed document whose files changed keeps the review "
                   "of its unchanged sentences; one whose settings alone changed is kept "
                   "as it is, with a warning.")
@click.option("--prune", is_flag=True,
              help="Take out of the collection the documents whose files are gone and "
                   "whose name no pair has now (a renamed or deleted pair); with "
                   "--discard-reviews reviewed ones too; never a memory of aligner import.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Align on a Dask cluster (tcp://HOST:PORT; needs aligner[dask]); this "
                   "process still reads the files and writes the database.")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of the documents (and glossary) without a byte-order mark.")
@click.option("--input-format", type=click.Choice([*FORMAT_NAMES, "auto"]),
              help="Override the reader chosen from each file's extension (auto: by "
                   "extension, forgetting the collection's).")
@with_srx
@quiet_option
@encoder_option
@click.pass_context
def batch_cmd(ctx: click.Context, src_dir: str | None, tgt_dir: str | None,
              src_lang: str | None, tgt_lang: str | None, db: str, manifest: str | None,
              glossary: str | None, no_glossary: bool, no_srx: bool, jobs: int | None,
              force: bool, discard_reviews: bool, prune: bool, scheduler: str | None, encoding: str,
              input_format: str | None, srx: SrxRules | None, encoder: str) -> None:
    """Align every document pair of SRC_DIR and TGT_DIR into the collection --db.

    A pair is the same relative path on both sides, a language tag in the file
    name left out: es/2021/allende.es.md pairs with en/2021/allende.en.md (the
    document 2021/allende), foo.txt with foo.txt; informe_ES.docx with
    informe_EN.docx, carta-es with carta-en, ES_boletin with EN_boletin (a tag
    on both sides).  Files without a partner are listed as warnings.  Running
    the same command again only aligns the pairs whose files or settings
    changed (--force: all of them); an interrupted run is finished by the next.
    A pair that fails is recorded and listed at the end, and retried by the
    next run.  Exit status: 0 all pairs aligned, 1 some failed, 2 bad command
    line or unusable database.  The languages are
    --src-lang and --tgt-lang, else the folders' names when they are language
    tags (corpus/es) -- with --manifest, the tag each side's file names all carry
    (a.es.txt, as aligner align reads it) --, else the pair of the collection --db
    when it holds one.  A collection holds documents of several language pairs
    (es -> en and en -> es; en -> pt-BR and en -> es-419): a run of a pair it
    does not hold adds it, and says so.  The collection remembers the --glossary,
    --srx, --encoder and --input-format of each language pair's last run: a run that
    leaves one out uses its pair's, and one given replaces it for the pair
    (--no-glossary, --no-srx, auto: forget it).

    \b
    Examples:
      aligner batch corpus/es corpus/en --db corpus.db
      aligner batch es/ en/ --db mag.db --glossary g.tsv --jobs 4
      aligner batch --manifest pairs.tsv --src-lang es --tgt-lang en --db mag.db
      aligner batch --manifest pairs.tsv --db mag.db       # a.es.txt -> a.en.txt rows
      aligner batch docx/spanish docx/english --src-lang es --tgt-lang en --db mag.db \\
          --srx omegat.srx
      aligner batch es/ en/ --db mag.db --scheduler tcp://10.0.0.5:8786
    """
    from aligner.align import AlignOptions
    from aligner.align.encoder import check_encoder
    from aligner.cli.batch_languages import side_language, tag_mismatch
    from aligner.cli.batch_settings import given_settings, pair_settings, tell
    from aligner.cli.paths import language_options
    from aligner.collection.batch import run_batch
    from aligner.collection.clashes import own_names_note
    from aligner.collection.dask_run import SchedulerLost
    from aligner.collection.language_pairs import added_pairs_note, same_pair
    from aligner.collection.local_run import default_jobs, local_runner
    from aligner.collection.opening import refuse_read_only
    from aligner.collection.pairing import (
        manifest_languages,
        manifest_pairing,
        manifest_rows,
        pair_folders,
    )
    from aligner.collection.remembered import all_remembered, remember, with_glossary
    from aligner.collection.runlock import batch_lock
    from aligner.collection.store import open_collection
    from aligner.collection.work import BatchSettings
    from aligner.fileio import check_encoding
    from aligner.pipeline import load_glossary_file, load_srx

    language_options(src_lang, tgt_lang)
    if manifest is not None and (src_dir is not None or tgt_dir is not None):
        raise click.UsageError("give either SRC_DIR TGT_DIR or --manifest, not both")
    if manifest is None and (src_dir is None or tgt_dir is None):
        raise click.UsageError("give SRC_DIR and TGT_DIR (or --manifest PAIRS.tsv)")
    given = given_settings(ctx, glossary=glossary, no_glossary=no_glossary, srx=srx,
                           no_srx=no_srx, encoder=encoder, input_format=input_format)
    check_encoding(encoding)  # before a database is made to record every pair failing
    for folder in (src_dir, tgt_dir):  # before its name is read for a language
        if folder is not None and not Path(folder).is_dir():
            raise ConfigError("no such folder" if not Path(folder).exists()
                              else "is a file, not a folder", path=folder)
    rows = manifest_rows(manifest, encoding=encoding) if manifest is not None else ()
    named = manifest_languages(rows) if manifest is not None else (None, None)
    if scheduler is not None:  # no Dask installed: said before a database is made
        from aligner.collection.dask_run import dask_runner

        runner = dask_runner(scheduler)
    held: list[tuple[str, str]] = []  # the collection's language pairs (none yet, or more)
    pairs_kept: dict[tuple[str, str], dict[str, Setting]] = {}  # each pair's settings
    # the languages of its documents aligned with a glossary, and of all it aligned
    glossed: list[tuple[str, str]] = []
    aligned: list[tuple[str, str]] = []
    if Path(db).exists():
        with open_collection(db) as collection, collection.guard():
            for note in collection.notes():
                warn(note)
            documents = collection.documents()
            held = list(dict.fromkeys((d.src_lang, d.tgt_lang) for d in documents))
            pairs_kept, glossed = all_remembered(collection.conn), with_glossary(collection.conn)
            aligned = [(d.src_lang, d.tgt_lang) for d in documents if d.status == "aligned"]
    one = held[0] if len(held) == 1 else (None, None)
    # why the collection cannot say a language no option or folder gave
    mute = (f"{db} holds documents of {len(held)} language pairs" if held
            else f"{db} holds no document yet to take the languages from")
    # where a language no option gave came from, for the messages that name it
    src_lang, src_said = side_language(src_lang, src_dir, one[0], "--src-lang", "SRC_DIR",
                                       db, mute, manifest=manifest, named=named[0])
    tgt_lang, tgt_said = side_language(tgt_lang, tgt_dir, one[1], "--tgt-lang", "TGT_DIR",
                                       db, mute, manifest=manifest, named=named[1])
    resolved, key = pair_settings(given, pairs_kept, (src_lang, tgt_lang), db=db,
                                  with_glossary=glossed)
    glossary = glossary or resolved.value("glossary")  # one given: by the name given
    encoder, input_format = str(resolved.value("encoder")), resolved.value("input-format")
    if srx is None and (srx_path := resolved.value("srx")) is not None:
        srx = load_srx(srx_path)
    try:
        check_encoder(encoder)
    except ConfigError as exc:
        if "encoder" in given:
            raise
        # the collection's, from a colleague's machine that has the extra
        raise ConfigError(f"the collection's --encoder {encoder} for {key[0]} -> {key[1]}: "
                          f"{exc.message}; or give --encoder to align otherwise (its pairs "
                          "are then realigned)", path=db) from None
    if manifest is not None:
        pairing = manifest_pairing(manifest, rows, src_lang=src_lang)
    else:
        assert src_dir is not None and tgt_dir is not None  # refused above
        pairing = pair_folders(src_dir, tgt_dir, src_lang=src_lang, tgt_lang=tgt_lang,
                               ignore=[db + suffix for suffix in _BESIDE_DB])
    mistagged = tag_mismatch(pairing.unpartnered, (src_dir, src_lang, "--src-lang", src_said),
                             (tgt_dir, tgt_lang, "--tgt-lang", tgt_said)
                             ) if not pairing.pairs else None
    if mistagged is not None:
        raise ConfigError(f"no document pair in {src_dir} and {tgt_dir}: {mistagged}")
    for path in pairing.unpartnered:
        warn(f"{path}: no partner in the other folder; left out")
    for same in pairing.ambiguous:
        warn(f"{' and '.join(map(str, same))} name the same document; left out (rename "
             "one, or pair them with --manifest)")
    if not pairing.pairs:
        raise ConfigError(f"no document pair in {src_dir} and {tgt_dir}: a pair is a file of "
                          "the same name on each side, a language tag left out (es/a.es.txt, "
                          "en/a.en.txt); files named otherwise are paired by --manifest "
                          "PAIRS.tsv (columns src and tgt)")
    if scheduler is None:  # at most 4 workers per core, and no more than pairs
        most = _MOST_JOBS_PER_CORE * default_jobs()
        workers = min(jobs or default_jobs(), most, len(pairing.pairs))
        runner = local_runner(workers)
        if jobs is not None and jobs > most:
            warn(f"--jobs {jobs} is more than {_MOST_JOBS_PER_CORE} worker processes per "
                 f"core; starting {workers}")
    try:
        terms = load_glossary_file(glossary, src_lang=src_lang, tgt_lang=tgt_lang,
                                   encoding=encoding, warn=warn)
    except GlossaryPairError as exc:
        if "glossary" in given:
            raise
        # the pair's: every pair of a collection upgraded from schema 10 got its one set
        raise ConfigError(
            f"the collection's --glossary {glossary} for {key[0]} -> {key[1]} is for another "
            f"language pair ({exc.message}): give --glossary FILE of this pair, or "
            f"--no-glossary; either is the collection's setting for {key[0]} -> {key[1]} "
            "from then on (its other pairs keep theirs)", path=db) from None
    settings = BatchSettings(
        src_lang, tgt_lang, terms,
        input_format, encoding, AlignOptions(encoder=encoder), srx, (src_said, tgt_said))
    refuse_read_only(db)  # before a lock file is made beside it
    tell(resolved, key, aligned=any(same_pair(p, key) for p in aligned), kept=pairs_kept)
    with batch_lock(db) as lock, open_collection(db, create=True) as collection:
        with collection.guard(), collection.transaction():  # what the next run goes on with
            remember(collection.conn, key, resolved.settings)
        # --force: the last id before this run, or before the --force run it goes on with
        forced_after = None
        if force:
            forced_after = lock.unfinished_force
            lock.note(collection.last_id() if forced_after is None else forced_after)
        finish = ("run the same command again to finish" + (
            " (--force then realigns only the pairs this run did not reach)" if force else ""))
        try:
            with first_ctrl_c_ignores_the_next():
                summary = run_batch(collection, pairing.pairs, settings, runner=runner,
                                    force=force, discard_reviews=discard_reviews,
                                    prune=prune, progress=batch_progress(),
                                    forced_after=forced_after)
        except KeyboardInterrupt:
            # the workers are ended and every pair stored is whole: what is left is
            # closing the database (a second Ctrl-C is ignored until the exit)
            click.echo(f"\naligner: interrupted; every pair stored so far is complete: "
                       f"{finish}", err=True)
            ctx.exit(130)
        except SchedulerLost as exc:
            click.echo(f"aligner: error: {exc}; every pair stored so far is complete: "
                       f"{finish}", err=True)
            ctx.exit(exc.exit_code)
        lock.note(None)  # finished: the next --force starts over
        added = added_pairs_note(db, held, [(d.src_lang, d.tgt_lang)
                                            for d in collection.documents()])
    if summary.forced_before:
        info(f"aligner: went on with the --force run that was interrupted: "
             f"{count(summary.forced_before, 'pair')} it realigned "
             f"{'was' if summary.forced_before == 1 else 'were'} not realigned again")
    rate = summary.sentences / summary.seconds if summary.seconds else 0.0
    kept = (f", {len(summary.kept_reviewed)} kept for their review"
            if summary.kept_reviewed else "")
    info(f"aligner: {count(summary.aligned, 'pair')} aligned, "
         f"{summary.skipped} unchanged{kept}, "
         f"{len(summary.failed)} failed, of {summary.pairs}; {summary.sentences:,} "
         f"sentences in {summary.seconds:.1f} s ({rate:,.0f}/s) -> {db}")
    if added is not None:
        info(f"aligner: {added}")
    for name, warnings in summary.warnings[:_SHOWN]:
        for line in warnings:
            warn(f"{name}: {line}")
    if len(summary.warnings) > _SHOWN:
        click.echo(f"aligner: and {count(len(summary.warnings) - _SHOWN, 'more pair')} "
                   "aligned with a warning: every pair's are in the warnings column of the "
                   "documents table", err=True)
    # realigned: neither kept for a review nor failed (a failed one keeps what it had)
    realigned = sorted(summary.settings_only - {name for name, _ in summary.kept_reviewed}
                       - {f.name for f in summary.failed})
    changes = Counter(summary.settings_changes.get(name, _ANY_SETTING) for name in realigned)
    for change, pairs in ([] if force else changes.most_common()):
        info(f"aligner: {count(pairs, 'pair')} realigned with unchanged files: the "
             "settings differ from those of the last run that aligned "
             f"{'it' if pairs == 1 else 'them'}: {change}")
    for name, carried, dropped in summary.carried:
        again = (f"; {count(dropped, 'reviewed bead')} whose sentences changed or moved "
                 f"{'was' if dropped == 1 else 'were'} aligned again: review "
                 f"{'it' if dropped == 1 else 'them'} again" if dropped else "")
        # a correction lost is quoted whole: the edit log keeps it, but who looks there
        lost = "".join(f"; the correction of bead {bead}'s {_SIDE_NAMES[side]} is dropped: "
                       f'"{text}" (the edit log keeps it)'
                       for bead, side, text in summary.dropped.get(name, ()))
        warn(f"{name}: its files changed: aligned again with the review of "
             f"{count(carried, 'bead')} carried over (sentences unchanged){again}{lost}")
    for name, beads in summary.kept_reviewed:
        if name in summary.review_not_found:
            warn(f"{name}: its files changed, and none of its {count(beads, 'reviewed bead')} "
                 "has its sentences in them as they were (another text?); kept as it is "
                 "(--discard-reviews realigns it and drops the review)")
        elif force or name in summary.settings_only:
            why = ("--force realigns every pair" if force and name not in
                   summary.settings_only else "its settings changed (not its files)")
            warn(f"{name}: {why}, but {count(beads, 'bead')} of it "
                 f"{'was' if beads == 1 else 'were'} reviewed; "
                 "kept as it is (--discard-reviews realigns it and drops the review)")
        else:  # a review saved while batch aligned the changed files
            warn(f"{name}: its files changed, and {count(beads, 'bead')} of it "
                 f"{'was' if beads == 1 else 'were'} reviewed while batch aligned them; "
                 "kept as it is (the next run carries the review over)")
    if summary.own_names:
        info(own_names_note(summary.own_names))
    for was, name in summary.renamed:
        info(f"aligner: {name}: renamed from {was}, whose files are gone and were byte for "
             "byte these: its review and edit log go with it")
    if summary.pruned:
        info(f"aligner: removed {count(len(summary.pruned), 'document')} whose files "
             f"are gone: {', '.join(summary.pruned)}")
    for doc in summary.gone:
        fix = ("it holds a review (--prune --discard-reviews removes it)" if doc.reviewed
               else "its other file is still there, so --prune keeps it" if doc.one_left
               else "its paths are relative to the folder an earlier run started in, so "
               "--prune keeps it (run from that folder to prune it)" if doc.relative
               else "--prune removes it")
        stays = ("the collection" if doc.status == "failed"
                 else "the collection and its exports (renamed? its new name is a document "
                 "of its own)")
        gone = "one of its files is gone" if doc.one_left else "its files are gone"
        warn(f"{doc.name}: {gone} (no {doc.missing}); it stays in {stays}; {fix}")
    for group in summary.copies:
        first = group.documents[0]
        what = (f"are one pair of files ({first.src_path}, {first.tgt_path}) stored as "
                f"{len(group.names)} documents" if group.same_files
                else "were stored from files of the same content (byte for byte)")
        times = "twice" if len(group.names) == 2 else f"{len(group.names)} times"
        names = ", ".join(group.names[:-1]) + f" and {group.names[-1]}"
        warn(f"{names} {what}: every export holds their units {times} "
             "(aligner export --unique writes each unit once)")
    for line in failure_lines(summary.failed, db):
        click.echo(f"aligner: failed: {line}", err=True)
    if summary.failed:
        ctx.exit(1)


_SHOWN = 10  # pairs whose warnings are printed; the rest are in the database
#: The collection's files, which are no documents when it is kept among them.
_SIDE_NAMES = {"src": "source", "tgt": "target"}
_BESIDE_DB = ("", "-wal", "-shm", "-journal", ".batch-lock", ".review-lock")
_MOST_JOBS_PER_CORE = 4  # --jobs above this many per core starts only this many


if __name__ == "__main__":  # pragma: no cover
    sys.exit(batch_cmd())

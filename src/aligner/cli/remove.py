"""``aligner remove``: take documents out of a collection by name."""

from __future__ import annotations

import click

from aligner.cli.paths import language_options


@click.command("remove")
@click.argument("db", type=click.Path(dir_okay=False))
@click.argument("names", nargs=-1, required=True, metavar="DOC...")
@click.option("--src-lang", help="Only the documents of this source language (with a "
                                 "pattern: 'intro*' of one language pair).")
@click.option("--tgt-lang", help="Only the documents of this target language.")
@click.option("--dry-run", is_flag=True,
              help="Say what would be removed, and remove nothing.")
@click.option("--discard-reviews", is_flag=True,
              help="Remove a document a person reviewed (aligner review) too, and its "
                   "review; without it such a document is refused and nothing is removed.")
def remove_cmd(db: str, names: tuple[str, ...], src_lang: str | None, tgt_lang: str | None,
               dry_run: bool, discard_reviews: bool) -> None:
    """Take the documents DOC... out of the collection DB: a duplicate, a memory imported
    by mistake, a pair aligned under a wrong name.

    DOC is a name as aligner list shows it, a pattern ('2021/*') or a folder (2021), as
    export --doc takes them; --src-lang/--tgt-lang keep those of one language pair.
    Each goes with its beads, sentences, search entries and edit log, all in one
    transaction: every one named, or none (a name that finds no document, or a reviewed
    document without --discard-reviews, is an error and nothing is removed).  The files
    it was read from are not touched: a later aligner batch of them stores them again.
    Exit status: 0 removed (or, with --dry-run, would be), 2 bad command line, a name
    that finds nothing or an unusable database.

    \b
    Examples:
      aligner remove team.db en/faq-billing --dry-run
      aligner remove team.db tm/old-memory.tmx
      aligner remove team.db 'drafts/*' --src-lang en --tgt-lang de
    """
    from aligner.collection.language_pairs import of_pair
    from aligner.collection.opening import refuse_read_only
    from aligner.collection.removing import described, remove_documents
    from aligner.collection.runlock import batch_lock
    from aligner.collection.store import open_collection
    from aligner.errors import InputError
    from aligner.textutil import count

    language_options(src_lang, tgt_lang)
    with open_collection(db, read_only=dry_run) as collection, collection.guard():
        docs = of_pair(collection.documents(names), src_lang, tgt_lang, path=db)
        reviewed = collection.reviewed_beads()
    held = [d.name for d in docs if d.name in reviewed]
    if held and not discard_reviews:
        raise InputError(f"{', '.join(held)}: {count(sum(reviewed[n] for n in held), 'bead')} "
                         "reviewed in aligner review: give --discard-reviews to remove "
                         f"{'it' if len(held) == 1 else 'them'} with the review (nothing was "
                         "removed)", path=db)
    lines = described(docs, reviewed)
    if dry_run:
        click.echo(f"aligner: would remove {count(len(docs), 'document')} from {db} "
                   "(--dry-run: nothing removed):", err=True)
        for line in lines:
            click.echo(f"  {line}", err=True)
        return
    refuse_read_only(db)
    with batch_lock(db), open_collection(db, write=True) as collection:
        remove_documents(collection, docs)
    click.echo(f"aligner: removed {count(len(docs), 'document')} from {db}:", err=True)
    for line in lines:
        click.echo(f"  {line}", err=True)

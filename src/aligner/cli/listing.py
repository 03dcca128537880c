"""``aligner list``: the documents of a collection, one line each."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from aligner.cli.score_option import SCORE

if TYPE_CHECKING:
    from aligner.collection.listing import Listing

#: check's DEFAULT_MIN_CONFIDENCE (a test keeps them equal), not imported: the checks
#: bring numpy, and a listing needs none of them.
BELOW = 0.5


@click.command("list")
@click.argument("db", type=click.Path(dir_okay=False))
@click.option("--doc", "docs", multiple=True, metavar="NAME",
              help="List this document, the documents a pattern matches ('legal/*') or "
                   "those of a folder (legal), as export --doc (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text",
              show_default=True)
@click.option("--sort", "order", type=click.Choice(["name", "stored", "score", "findings"]),
              default="name", show_default=True,
              help="name: as export writes them, folders together; stored: the last "
                   "aligned first; score: the lowest mean score first (documents without "
                   "one lead); findings: the documents are checked as check DB checks "
                   "them (each pair with the glossary the collection remembers for it), "
                   "and listed with their errors and warnings, the most errors first.")
@click.option("--below", type=SCORE, default=BELOW, show_default=True,
              help="Count each document's two-sided beads scored below this (the low "
                   "column; check's alignment-low-confidence threshold).")
@click.option("--kinds", is_flag=True,
              help="A column for each kind of bead (1-1, 2-1, 1-2, ... 1-0, 0-1) with its "
                   "count, after the beads (JSON and CSV always have them: bead_kinds).")
@click.option("--src-lang", metavar="LANG",
              help="List the documents of this source language only (a bare language "
                   "takes any region: es lists es-ES ones): in a collection of several "
                   "language pairs, those of one.")
@click.option("--tgt-lang", metavar="LANG",
              help="List the documents of this target language only.")
@click.option("--no-files", is_flag=True,
              help="Do not read the documents' files to tell a stale or gone document "
                   "(faster on a large archive; the state is then aligned or failed).")
def list_cmd(db: str, docs: tuple[str, ...], fmt: str, order: str, below: float,
             kinds: bool, src_lang: str | None, tgt_lang: str | None, no_files: bool
             ) -> None:
    """List the documents of the collection DB (from aligner batch and import): languages,
    sentences on each side, beads, reviewed beads, one-sided beads, mean score, beads
    scored below --below, when each was stored (UTC), and its state -- aligned;
    imported, a translation memory aligner import read; failed, with the reason; stale,
    a file changed since it was stored; kept, its files changed and failed to align,
    the alignment of the files before kept; gone, its files are not where they were --
    then a line of totals (of a collection of several language pairs, one for each
    pair first).

    The collection is only read, never written: a listing made while aligner batch
    runs shows the pairs stored so far.  --format json adds the totals as an object,
    and each document's files (src_path, tgt_path), by which a script finds the name
    of a file's document (NAME for the collection's first language pair, TGT/NAME for
    the others); csv has one row a document.

    \b
    Examples:
      aligner list corpus.db
      aligner list magazine.db --doc '2021/*' --sort score
      aligner list archive.db --sort findings
      aligner list magazine.db --format json > documents.json
      aligner list corpus.db --kinds
      aligner list team.db --src-lang en --tgt-lang es
    """
    from aligner.cli.paths import language_options
    from aligner.collection.listing import ListOrder, list_documents, to_text
    from aligner.collection.listing_files import to_csv, to_json
    from aligner.collection.store import open_collection

    language_options(src_lang, tgt_lang)

    with open_collection(db, read_only=True) as collection:
        listing = list_documents(collection, docs, below=below, order=ListOrder(order),
                                 files=not no_files, src_lang=src_lang, tgt_lang=tgt_lang)
    if ListOrder(order) is ListOrder.FINDINGS:
        listing = _with_findings(db, listing, src_lang, tgt_lang)
    text = {"json": lambda: to_json(listing, db), "csv": lambda: to_csv(listing),
            "text": lambda: to_text(listing, kinds=kinds)}[fmt]()
    click.echo(text, nl=False, color=True)  # as written


def _with_findings(db: str, listing: Listing, src_lang: str | None,
                   tgt_lang: str | None) -> Listing:
    """``listing`` with each aligned document's findings counted, as ``aligner check DB``
    finds them with the glossaries the collection remembers (said on stderr), the worst
    first."""
    from aligner.cli.remembered_glossaries import remembered_glossaries
    from aligner.collection.listing import DocState, with_findings
    from aligner.collection.qa import CollectionCheckOptions, check_collection

    aligned = [d.name for d in listing.documents if d.state is not DocState.FAILED]
    if not aligned:
        return listing
    glossaries = remembered_glossaries(db, src_lang, tgt_lang, False, docs=aligned)
    found = check_collection(db, glossary=None, options=CollectionCheckOptions(),
                             names=aligned, src_lang=src_lang, tgt_lang=tgt_lang,
                             glossaries=glossaries, warn=lambda _message: None)
    return with_findings(listing, {d["document"]: d for d in found.documents})

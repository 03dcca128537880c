"""``aligner review``: correct a saved alignment in the browser (see ``docs/editor.md``)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import click

from aligner.check.base import DEFAULT_MIN_CONFIDENCE
from aligner.cli.score_option import SCORE
from aligner.defaults import DEFAULT_GLOSSARY
from aligner.errors import ConfigError
from aligner.textutil import count

if TYPE_CHECKING:
    from aligner.editor.server import EditorServer


@click.command("review")
@click.argument("alignment", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--glossary", "glossary_path", type=click.Path(dir_okay=False),
              help="Glossary whose terms are shown and checked (default: the one a saved "
                   f"alignment was made with, which it records, else ./{DEFAULT_GLOSSARY} "
                   "when it exists); also evidence when realigning.")
@click.option("--no-glossary", is_flag=True,
              help=f"Read no glossary (neither a recorded one nor ./{DEFAULT_GLOSSARY}).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (only this machine by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port to listen on; 0 picks a free one.")
@click.option("--no-browser", is_flag=True, help="Print the address; do not open a browser.")
@click.option("--low-confidence", type=SCORE,
              default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Aligned beads scoring below this are doubtful.")
def review_cmd(alignment: Path, glossary_path: str | None, no_glossary: bool, host: str,
               port: int, no_browser: bool, low_confidence: float) -> None:
    """Correct ALIGNMENT in the browser, keyboard first: a saved alignment (.json)
    or a collection (.db, from aligner batch).

    Every edit is saved at once: into ALIGNMENT (replaced atomically) with its
    log in ALIGNMENT.log.jsonl, or into the collection database, one
    transaction per edit.  With a collection the browser first lists its
    documents.  `aligner export ALIGNMENT -o out.tmx` then writes the corrected
    translation memory.  Ctrl-C stops the server.

    \b
      aligner review chile-73.alignment.json
      aligner review corpus.db --glossary glossary.tsv
    """
    from aligner.cli.saved_glossary import saved_glossary
    from aligner.editor.server import review_path_kind
    from aligner.pipeline import default_glossary

    if review_path_kind(alignment) == "collection":
        glossary_file = default_glossary(glossary_path, use_default=not no_glossary)
        from aligner.cli.remembered_glossaries import remembered_glossaries

        own = remembered_glossaries(alignment, None, None, False, doing="reviewing",
                                    done="shown") \
            if glossary_path is None and not no_glossary else {}
        _serve_collection(alignment, glossary_file, host, port, no_browser, low_confidence,
                          own)
        behind = False  # every edit is one transaction of the database
    else:  # the glossary the alignment was made with, which it records
        glossary_file, tell, _ = saved_glossary([alignment], glossary_path, no_glossary,
                                                doing="reviewing", done="reviewed")
        tell()
        behind = _serve_json(alignment, glossary_file, host, port, no_browser, low_confidence)
    if behind:
        click.echo(f"aligner: stopped; every edit is in the log, but {alignment} is behind it "
                   "(it could not be replaced): the next aligner review of it brings it up to "
                   "date", err=True)
    else:
        click.echo("aligner: stopped; every edit is saved", err=True)


def _serve_json(alignment: Path, glossary_file: str | None, host: str, port: int,
                no_browser: bool, low_confidence: float) -> bool:
    """Serve one saved alignment; whether the file is behind its log at the end."""
    from aligner.editor.server import EditorServer, open_json_document
    from aligner.errors import OutputError
    from aligner.fileio import refuse_read_only
    from aligner.formats.alignment_json import read_alignment_json
    from aligner.pipeline import load_glossary_file

    head = read_alignment_json(alignment)  # languages, and a clear error before serving
    try:  # every edit is saved into the file: one that cannot be is said now
        refuse_read_only(alignment)
    except OutputError:
        raise OutputError("is read-only, and the editor saves every edit into it: make it "
                          "writable (chmod u+w), or review a copy", path=str(alignment)) from None
    glossary = load_glossary_file(glossary_file, src_lang=head.src_lang,
                                  tgt_lang=head.tgt_lang)
    document = open_json_document(alignment, glossary=glossary, low_confidence=low_confidence)
    try:
        _run(EditorServer({"1": document}, host=host, port=port,
                          encoder=document.session.encoder()), no_browser,
             f"{alignment} (log: {alignment}.log.jsonl)")
        return bool(getattr(document.session.store, "behind", False))
    finally:
        document.session.store.close()


def _serve_collection(db: Path, glossary_file: str | None, host: str, port: int,
                      no_browser: bool, low_confidence: float,
                      own: dict[tuple[str, str], str]) -> None:
    from aligner.cli.terminal import warn
    from aligner.editor.catalog import CollectionDocuments
    from aligner.editor.server import EditorServer
    from aligner.textutil import first_few

    documents = CollectionDocuments(db, glossary=glossary_file, low_confidence=low_confidence,
                                    glossaries=own)
    try:
        rows = documents.db.documents()
        for row in rows:  # a glossary that cannot be read: now
            documents.glossary(row.src_lang, row.tgt_lang)  # (read once per language pair)
        if documents.refused and len(documents.refused) == len(
                {(r.src_lang, r.tgt_lang) for r in rows}):
            raise next(iter(documents.refused.values()))  # of no pair: as for one
        for (src_lang, tgt_lang), _ in documents.refused.items():
            skipped = [r.name for r in rows if (r.src_lang, r.tgt_lang) == (src_lang, tgt_lang)]
            warn(f"{glossary_file} is for another language pair than {src_lang} -> "
                 f"{tgt_lang}: not used for the {count(len(skipped), 'document')} of that "
                 f"pair ({first_few(skipped, 3)})")
        if not len(documents):
            raise ConfigError("no aligned document to review (aligner batch aligns them)",
                              path=str(db))
        documents.start_making_forms()  # for the first edit: not to be waited for then
        server = EditorServer(documents, host=host, port=port, listing=documents.summaries,
                              encoder=documents.encoder())
        _run(server, no_browser, f"the {count(len(documents), 'aligned document')} of {db}")
    finally:
        documents.close()


def _run(server: EditorServer, no_browser: bool, what: str) -> None:
    def ready(url: str) -> None:
        click.echo(f"aligner: editing {what}", err=True)
        click.echo(f"aligner: open {url}", err=True)
        click.echo("aligner: Ctrl-C stops the server", err=True)

    # uvicorn shuts down cleanly on Ctrl-C and raises it again: it is how we stop.
    with contextlib.suppress(KeyboardInterrupt):
        server.run(open_browser=not no_browser, on_ready=ready)

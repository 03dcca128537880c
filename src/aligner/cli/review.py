"""``aligner review``: correct a saved alignment in the browser (see ``docs/editor.md``)."""

from __future__ import annotations

from pathlib import Path

import click

from aligner.check.base import DEFAULT_MIN_CONFIDENCE
from aligner.defaults import DEFAULT_GLOSSARY


@click.command("review")
@click.argument("alignment", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--glossary", "glossary_path", type=click.Path(dir_okay=False),
              help=f"Glossary whose terms are shown and checked (default: ./{DEFAULT_GLOSSARY} "
                   "when it exists); also evidence when realigning.")
@click.option("--no-glossary", is_flag=True, help=f"Do not read ./{DEFAULT_GLOSSARY}.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (only this machine by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port to listen on; 0 picks a free one.")
@click.option("--no-browser", is_flag=True, help="Print the address; do not open a browser.")
@click.option("--low-confidence", type=click.FloatRange(0.0, 1.0),
              default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Aligned beads scoring below this are doubtful.")
def review_cmd(alignment: Path, glossary_path: str | None, no_glossary: bool, host: str,
               port: int, no_browser: bool, low_confidence: float) -> None:
    """Correct ALIGNMENT (a saved alignment, .json) in the browser, keyboard first.

    Every edit is saved at once into ALIGNMENT (replaced atomically) and logged
    in ALIGNMENT.log.jsonl; `aligner export ALIGNMENT -o out.tmx` then writes
    the corrected translation memory.  Ctrl-C stops the server.
    """
    from aligner.editor.server import EditorServer, open_json_document, review_path_kind
    from aligner.formats.alignment_json import read_alignment_json
    from aligner.pipeline import default_glossary, load_glossary_file

    review_path_kind(alignment)
    head = read_alignment_json(alignment)  # languages, and a clear error before serving
    glossary = load_glossary_file(default_glossary(glossary_path, use_default=not no_glossary),
                                  src_lang=head.src_lang, tgt_lang=head.tgt_lang)
    document = open_json_document(alignment, glossary=glossary, low_confidence=low_confidence)
    server = EditorServer({"1": document}, host=host, port=port)

    def ready(url: str) -> None:
        click.echo(f"aligner: editing {alignment} (log: {alignment}.log.jsonl)", err=True)
        click.echo(f"aligner: open {url}", err=True)
        click.echo("aligner: Ctrl-C stops the server", err=True)

    try:
        server.run(open_browser=not no_browser, on_ready=ready)
    except KeyboardInterrupt:
        # uvicorn has shut down cleanly and raises the Ctrl-C again: it is how we stop.
        pass
    finally:
        document.session.store.close()
    click.echo("aligner: stopped; every edit is saved", err=True)

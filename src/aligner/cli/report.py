"""``aligner report``: the editors' HTML review page.

Same inputs and options as ``aligner check`` (it runs the same checks); the
output is always the HTML page, written to ``-o``.  Exit 0 once the page is
written -- unless ``--fail-on`` is given, which then behaves as in ``check``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

from aligner.cli.check import LEVELS
from aligner.cli.check import check as _check
from aligner.cli.outputs import output_not_an_input

_SHARED = [p for p in _check.params if p.name not in ("fmt", "output", "fail_on")]


@click.command(
    "report",
    params=[
        *_SHARED,
        click.Option(["-o", "--output"], required=True, type=click.Path(),
                     help="The HTML file to write (a collection: the folder to write the "
                          "index and the pages into)."),
        click.Option(["--fail-on"], type=click.Choice([*LEVELS, "never"]),
                     default="never", show_default=True,
                     help="Exit 1 when a finding is at least this severe."),
    ],
)
@click.pass_context
@output_not_an_input(reads_default_glossary=True)  # said before the extension is
def report_cmd(ctx: click.Context, /, **kwargs: Any) -> None:
    """Write a self-contained HTML review page: the texts side by side, findings, term
    renderings and an alignment map (a file of units, a TMX: its units, named as
    check names them, and no map).

    Give two documents (SRC TGT, aligned first), or alignment files
    (ALIGNMENT.json, .tmx, .xlf, .tsv, .csv; --pairs FILE, --tmx FILE), as for check.
    A collection (COLLECTION.db) gets a folder: -o DIR/ receives index.html (one
    row per document, the collection's term table, findings across documents)
    and each document's review page under DIR/docs/.

    \b
    Examples:
      aligner report corpus/es/chile-73.es.txt corpus/en/chile-73.en.txt -o review.html
      aligner report magazine.db --glossary glossary.tsv -o review/
      aligner report magazine.db --doc '2021/*' -o review-2021/
    """
    output = str(kwargs["output"])  # required
    suffix = Path(output).suffix.lower()
    folder = Path(output).is_dir() or output.endswith(("/", os.sep))
    if suffix and suffix not in (".html", ".htm") and not folder:  # r.json: no --format
        raise click.UsageError(f"report writes an HTML page: give -o NAME.html, not {suffix} "
                               "(check writes findings as .txt, .json or .csv)")
    if suffix and not folder:
        from aligner.collection.schema import looks_like_collection

        if any(looks_like_collection(d) for d in kwargs.get("documents") or ()):
            # it made a folder named review.html
            raise click.UsageError(f"a collection's report is a folder (index.html and a page "
                                   f"per document): give -o {Path(output).stem}/, not "
                                   f"{output}")
    ctx.invoke(_check, fmt="html", **kwargs)

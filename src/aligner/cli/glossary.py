"""``aligner glossary``: validate a glossary and suggest new entries.

The group is deliberately plain so that other modules can attach
sub-commands to it (``glossary.add_command(...)``), e.g. export and import.
"""

from __future__ import annotations

from collections import Counter

import click

from aligner.model import TermStatus


@click.group(name="glossary")
def glossary() -> None:
    """Work with glossary files (the TSV format of docs/glossary.md)."""


@glossary.command(name="validate")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--src-lang", default=None, help="Source language the glossary must cover.")
@click.option("--tgt-lang", default=None, help="Target language the glossary must cover.")
def validate(file: str, src_lang: str | None, tgt_lang: str | None) -> None:
    """Check FILE and print a summary; exit 2 with file:line on the first error."""
    from aligner.glossary import load_glossary

    g = load_glossary(file, src_lang=src_lang, tgt_lang=tgt_lang)
    by_status = Counter(e.status for e in g.entries)
    terms = len({e.source for e in g.entries})
    parts = ", ".join(f"{by_status[s]} {s.value}" for s in TermStatus)
    click.echo(f"{file}: {g.src_lang} -> {g.tgt_lang}: {terms} terms, "
               f"{len(g.entries)} rows ({parts})")


def _attach_exchange_commands() -> None:
    # export/import live with the exchange formats; attaching them here keeps one group.
    from aligner.cli.glossary_io import register

    register(glossary)


_attach_exchange_commands()

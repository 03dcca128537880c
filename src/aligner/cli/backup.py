"""``aligner backup``: a whole copy of a collection, safe while other commands use it."""

from __future__ import annotations

import click


@click.command("backup")
@click.argument("db", type=click.Path(dir_okay=False))
@click.argument("copy", type=click.Path(dir_okay=False))
def backup_cmd(db: str, copy: str) -> None:
    """Copy the collection DB to the file COPY, whole, while aligner batch, review or any
    other command may be using it.

    A plain cp of DB while a command has it open can miss its last changes: SQLite
    keeps them in DB-wal beside the file until the last command closes it.  This copy
    reads them too, is checked, and is one file (no -wal beside it); it is written
    under a temporary name and renamed into place, so a failed backup leaves no file
    and an older copy named COPY stays until the new one is whole.  COPY may be an
    older backup, which is replaced; any other existing file is refused.

    \b
    Examples:
      aligner backup team.db backups/team-2026-12-06.db
      aligner backup team.db /mnt/share/team.db
    """
    from aligner.collection.backup import backup
    from aligner.textutil import count

    summary = backup(db, copy)
    upgraded = (f"; upgraded from schema {summary.upgraded_from} in the copy, the "
                "collection is left as it is" if summary.upgraded_from is not None else "")
    click.echo(f"aligner: wrote {copy} ({count(summary.documents, 'document')}, "
               f"{count(summary.beads, 'bead')}, {summary.reviewed:,} reviewed, "
               f"{count(summary.edits, 'edit')}, {summary.size:,} bytes{upgraded})",
               err=True)

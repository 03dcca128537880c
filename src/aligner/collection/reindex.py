"""Keeping a collection's concordance index as the current code would write it.

Each document row records the version of the word forms its ``bead_forms`` entries
were made with (``documents.forms``; :data:`aligner.collection.forms.FORMS_VERSION`).
When the forms change -- Chinese and Japanese read character by character, new
lemma data -- the version goes up, and a collection opened by the new code remakes
the entries of each older document from the bead texts it stores -- its word forms,
and its texts folded for a substring search (``beads.src_folded``) -- one transaction per
document: ``aligner search`` then finds in a collection made by an older version
what it finds in a new one, without realigning anything.
"""

from __future__ import annotations

import sqlite3

from aligner.collection.forms import FORMS_VERSION, side_forms
from aligner.collection.schema import write_transaction
from aligner.collection.substring import stored


def stale_documents(conn: sqlite3.Connection) -> list[int]:
    """The ids of the documents whose index entries are older than the current forms."""
    return [row[0] for row in conn.execute(
        "SELECT id FROM documents WHERE forms < ? ORDER BY id", (FORMS_VERSION,))]


def refresh_forms(conn: sqlite3.Connection) -> int:
    """Remake the index entries of every stale document; the number remade.  A
    document another process remade meanwhile (or replaced) is left as it is."""
    done = 0
    for doc in stale_documents(conn):
        with write_transaction(conn):
            row = conn.execute("SELECT src_lang, tgt_lang FROM documents "
                               "WHERE id = ? AND forms < ?", (doc, FORMS_VERSION)).fetchone()
            if row is None:
                continue
            src_forms, tgt_forms = side_forms(*row)
            beads = conn.execute("SELECT id, source, target FROM beads WHERE doc = ? "
                                 "AND src_count > 0 AND tgt_count > 0", (doc,)).fetchall()
            conn.execute("DELETE FROM bead_forms WHERE rowid IN "
                         "(SELECT id FROM beads WHERE doc = ?)", (doc,))
            conn.executemany(
                "INSERT INTO bead_forms (rowid, src_forms, tgt_forms) VALUES (?,?,?)",
                ((bead, src_forms.index_text(source), tgt_forms.index_text(target))
                 for bead, source, target in beads))
            conn.executemany("UPDATE beads SET src_folded = ?, tgt_folded = ? WHERE id = ?",
                             ((stored(source), stored(target), bead)
                              for bead, source, target in beads))
            conn.execute("UPDATE documents SET forms = ? WHERE id = ?", (FORMS_VERSION, doc))
            done += 1
    return done

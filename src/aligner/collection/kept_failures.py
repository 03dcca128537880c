"""The failure of an aligned document's changed files, kept beside its alignment.

A document aligned before whose files changed and then fail to align for a reason of
their own (a file replaced by a binary one, text that no longer decodes, a scan with
no text) keeps the alignment it had (:class:`~aligner.collection.batch.FailedPair`
``kept``); its row still names the files that alignment was made of.  So that the next
run does not send those same failing files to a worker again, the failure is kept on
the row (``documents.kept_failure``, schema 18): the hashes of the files that failed,
the settings hash (:data:`LASTING` and the digest) and the
error.  While the files and settings are those, ``aligner batch`` says the pair failed
before and keeps the alignment, as it does for a document stored as failed;
``--retry-failed`` and ``--force`` try it again.  A document stored again (aligned,
or failed for good) is a new row, without it; a failure of the machine or of a file
that could not be read is not kept (the next run tries again).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from aligner.collection.store import Collection, DocumentRow, PairRecord

#: Before the settings hash of a pair stored as failed for a reason of its files' own,
#: which the same files read with the same settings (and aligner version) fail for
#: again -- an XLIFF among the documents, a binary file, undecodable text: the next run
#: says it failed before and does not try it again while they are the same (``aligner
#: batch --retry-failed`` does).  A failure of the machine -- a worker killed, out of
#: memory, the Dask cluster -- or of a file that could not be read is stored with the
#: hash alone, as every failure was before, and tried again by the next run.  (Here,
#: not in aligner.collection.work, which imports the aligner: list reads it.)
LASTING = "lasting:"


@dataclass(frozen=True, slots=True)
class KeptFailure:
    """What failed: the files (their SHA-256), the settings hash, and why."""

    src_hash: str
    tgt_hash: str
    settings_hash: str
    error: str

    def same(self, src_hash: str, tgt_hash: str, digest: str) -> bool:
        """Whether files of these hashes, with settings of this digest, are the ones
        that failed."""
        return (self.src_hash, self.tgt_hash, self.settings_hash) == (
            src_hash, tgt_hash, f"{LASTING}{digest}")


def keep_failure(collection: Collection, record: PairRecord) -> None:
    """Note on the aligned document ``record.name`` that its files, as ``record`` has
    them, failed for a reason of their own (nothing for any other failure)."""
    if not record.settings_hash.startswith(LASTING):
        return
    failed = {"src_hash": record.src_hash, "tgt_hash": record.tgt_hash,
              "settings_hash": record.settings_hash, "error": record.error or "failed"}
    with collection.guard(), collection.transaction():
        collection.conn.execute(
            "UPDATE documents SET kept_failure = ? WHERE name = ? AND status = 'aligned'",
            (json.dumps(failed, ensure_ascii=False), record.name))


def failed_files(doc: DocumentRow, failure: KeptFailure) -> bool:
    """Whether the files of ``doc`` are now those that failed (``aligner list`` shows the
    failure while they are; changed again, they are only stale)."""
    from aligner.collection.stored import content_hash

    hashes = []
    for path in (doc.src_path, doc.tgt_path):
        try:
            hashes.append(content_hash(Path(path).read_bytes()))
        except OSError:
            return False
    return (hashes[0], hashes[1]) == (failure.src_hash, failure.tgt_hash)


def kept_failures(collection: Collection) -> dict[str, KeptFailure]:
    """The kept failures of the collection's aligned documents, by name."""
    with collection.guard():
        rows = collection.conn.execute(
            "SELECT name, kept_failure FROM documents WHERE kept_failure IS NOT NULL "
            "AND status = 'aligned'").fetchall()
    out = {}
    for name, raw in rows:
        try:
            failed = json.loads(raw)
            out[name] = KeptFailure(str(failed["src_hash"]), str(failed["tgt_hash"]),
                                    str(failed["settings_hash"]), str(failed["error"]))
        except (json.JSONDecodeError, KeyError, TypeError):
            continue  # unreadable: no failure kept, the pair is tried again
    return out

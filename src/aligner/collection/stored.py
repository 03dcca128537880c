"""What a command warns of a collection's documents before it reads them: the ones
that did not align, and the ones whose files changed since ``aligner batch`` stored
them (:func:`content_hash` is what it stores of a file).  Kept apart from
:mod:`aligner.collection.findings` and :mod:`aligner.collection.work`, which import the
checks and the aligner: ``aligner export`` and ``list`` need neither
(docs/collections.md, "Start-up time").
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from aligner.collection.rows import PAIR
from aligner.collection.store import DocumentRow
from aligner.textutil import count, first_few

_SHOWN = 5  # documents a warning names; the rest it counts


def content_hash(data: bytes) -> str:
    """A file's content as the collection stores it (``documents.src_hash``)."""
    return hashlib.sha256(data).hexdigest()


def left_out(db: str | os.PathLike[str], failed: Sequence[DocumentRow]) -> str:
    """The warning for documents that did not align, which a command leaves out."""
    listed = first_few([d.name for d in failed], _SHOWN)
    return (f"{os.fspath(db)}: {count(len(failed), 'document')} did not align and "
            f"{'is' if len(failed) == 1 else 'are'} left out: {listed}")


def compare_files(doc: DocumentRow) -> tuple[list[str], list[str]]:
    """A document's files as they are now against what ``aligner batch`` stored: those
    not there (an absolute path only: an earlier version's relative path names no file
    from here, which is not known gone), and those there with other content."""
    missing, changed = [], []
    for path, stored in ((doc.src_path, doc.src_hash), (doc.tgt_path, doc.tgt_hash)):
        try:
            data = Path(path).read_bytes()
        except OSError:
            if Path(path).is_absolute():
                missing.append(path)
            continue
        if content_hash(data) != stored:
            changed.append(path)
    return missing, changed


def changed_since_stored(db: str | os.PathLike[str], docs: Sequence[DocumentRow]) -> str | None:
    """The warning for aligned documents whose files are there with other content than
    ``aligner batch`` stored (a file that is gone is batch's to tell: ``--prune``): what a
    command reads of them is the text as it was then."""
    names = [d.name for d in docs if d.status == "aligned" and compare_files(d)[1]]
    if not names:
        return None
    shown = first_few(names, _SHOWN)
    return (f"{os.fspath(db)}: the files of {count(len(names), 'document')} changed since "
            f"aligner batch stored {'it' if len(names) == 1 else 'them'} ({shown}): the "
            "units are the text as it was then (aligner batch aligns them again, keeping "
            "the review of unchanged sentences, or keeps a reviewed one as stored when it "
            "finds none of them in it: --discard-reviews)")


def gone_since_stored(db: str | os.PathLike[str], docs: Sequence[DocumentRow]) -> str | None:
    """The warning for aligned pairs a file of which is gone from where ``aligner
    batch`` stored it (an absolute path only, as :func:`compare_files`): a renamed or
    deleted pair whose units are still written."""
    pairs = [d for d in docs if d.status == "aligned" and d.kind == PAIR]
    names = [d.name for d in pairs
             if any(Path(p).is_absolute() and not Path(p).exists()
                    for p in (d.src_path, d.tgt_path))]
    if not names:
        return None
    if len(pairs) > 1 and not any(Path(p).exists() for d in pairs
                                  for p in (d.src_path, d.tgt_path)):
        # no file of any is here: a copy handed over without them, not an archive to prune
        return (f"{os.fspath(db)}: none of the files of the {len(names)} documents exported "
                "is here (a copy without them?): their units are written as stored (aligner "
                "batch on the files where they are now links them again)")
    one = len(names) == 1
    return (f"{os.fspath(db)}: {count(len(names), 'document')} of files gone since aligner "
            f"batch stored {'it' if one else 'them'} ({first_few(names, _SHOWN)}): "
            f"{'its' if one else 'their'} units are written as stored (renamed or deleted? "
            "aligner batch --prune takes out an unreviewed one)")

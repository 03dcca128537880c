"""The glossary a saved alignment was made with, recorded in it.

``aligner run`` (and ``aligner align --glossary G --format json``) writes the glossary
it read into the saved alignment, beside the beads::

    "glossary": {"path": "../museo.tsv", "absolute": "/work/museo.tsv", "sha256": "1a2b..."}

so that ``aligner review``, ``aligner check`` and ``aligner export --leave-out-flagged``
of that file, given neither ``--glossary`` nor ``--no-glossary``, use the same glossary
again rather than ``./glossary.tsv`` or none (walk6: the editor of a run's alignment
showed ``glossary: none`` and lost the forbidden-term error the run had found).

The path is written relative to the saved alignment's folder when the two share a
folder below the root (an ``out/`` folder and its glossary moved or copied together
keep finding it, whatever folder a command is run from), else absolute.  A relative
path is written with the absolute one beside it (``"absolute"``): a saved alignment
copied alone to another folder (an Arabic walk's ``cp out/report.alignment.json
edit.alignment.json``) finds no glossary at its relative path, and is read with the file
at the absolute path when that file's bytes are those recorded -- the same glossary,
said so (``RecordedGlossary.by_absolute``); other bytes there are another file, not
used.  The SHA-256 of the file's bytes says whether it has changed since: a changed
glossary at the relative path is still used (it is the one named), with a warning.  A
file written before there was a record has none and is read as before, and one written
before the absolute path was has only the relative one; :func:`recorded_glossary` reads
only this key, so a file that is no saved alignment, or no JSON at all, has no record
(its reader says what is wrong).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

#: The key of the saved alignment's top-level object that holds the record.
KEY = "glossary"


def file_sha256(path: str | os.PathLike[str]) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def glossary_record(glossary: str | os.PathLike[str], folder: str | os.PathLike[str]
                    ) -> dict[str, str]:
    """The record of ``glossary`` in a saved alignment to be written into ``folder``:
    its path relative to ``folder`` when there is one (else absolute), then its absolute
    path when the first is relative, and its SHA-256."""
    absolute, where = Path(glossary).resolve(), Path(folder).resolve()
    try:  # two folders that share only the root (/tmp/out, /work/g.tsv): no relative path
        common = Path(os.path.commonpath([absolute, where]))
        written = (absolute.as_posix() if common == common.parent
                   else Path(os.path.relpath(absolute, where)).as_posix())
    except ValueError:  # another drive (Windows)
        written = absolute.as_posix()
    record = {"path": written}
    if written != absolute.as_posix():
        record["absolute"] = absolute.as_posix()
    return {**record, "sha256": file_sha256(absolute)}


@dataclass(frozen=True, slots=True)
class RecordedGlossary:
    """A saved alignment's record: ``path`` to read it at (resolved against the saved
    alignment's folder), ``written`` as the file has it, and whether the file is still
    there and whether its bytes are those recorded.  ``by_absolute``: the relative path
    names no file, and ``path`` is the absolute one recorded beside it, whose bytes are
    those recorded; ``not_same``: the absolute path, when the relative one names no file
    and a file of other bytes is there (not used)."""

    alignment: str
    path: str
    written: str
    exists: bool
    changed: bool
    by_absolute: bool = False
    not_same: str = ""


def recorded_glossary(alignment: str | os.PathLike[str]) -> RecordedGlossary | None:
    """The glossary the saved alignment at ``alignment`` records (None: none, or the
    file cannot be read as a saved alignment -- which its reader then says)."""
    try:
        data = json.loads(Path(alignment).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, Mapping) or "beads" not in data:
        return None  # an i18n bundle's "glossary" string is no record
    raw = data.get(KEY)
    if not isinstance(raw, Mapping) or not isinstance(written := raw.get("path"), str) \
            or not written:
        return None
    path = Path(written)
    if not path.is_absolute():
        path = Path(os.path.relpath(Path(alignment).resolve().parent / path))
    exists = path.is_file()
    sha = raw.get("sha256")
    absolute = raw.get("absolute")
    not_same = ""
    if not exists and isinstance(absolute, str) and isinstance(sha, str) \
            and Path(absolute).is_absolute() and Path(absolute).is_file():
        if file_sha256(absolute) == sha:
            return RecordedGlossary(os.fspath(alignment), absolute, written, True, False,
                                    by_absolute=True)
        not_same = absolute
    changed = exists and isinstance(sha, str) and sha != file_sha256(path)
    return RecordedGlossary(os.fspath(alignment), os.fspath(path), written, exists, changed,
                            not_same=not_same)

"""Whether a pair of ``aligner batch`` may replace the stored document of its name: not
when that is another pair whose files are still there, one an earlier version stored
with paths that name nothing from here, or a memory ``aligner import`` read."""

from __future__ import annotations

from pathlib import Path

from aligner.collection.pairing import Pair
from aligner.collection.rows import MEMORY, DocumentRow


def name_clash(old: DocumentRow, pair: Pair, *, force: bool = False) -> str | None:
    """Why ``pair`` must not replace the stored document of its name, if it must not:
    that document's files are still there and are others (y2024/es/manual.es.txt beside
    y2025/es/manual.es.txt), or its paths are an earlier version's relative ones and name
    nothing from here (no telling whether the pair is that document changed); with
    ``force``, only when it is a memory ``aligner import`` read, which no pair replaces."""
    if old.kind == MEMORY:
        return (f"the collection holds a translation memory named {pair.name!r}, imported "
                f"from {old.src_path}: give this pair a name of its own (a --manifest with "
                "a name column)")
    if force:
        return None
    if _elsewhere(old.src_path, old.tgt_path, pair):
        return (f"the collection holds another document named {pair.name!r}, from "
                f"{old.src_path} and {old.tgt_path}, which are still there: give this "
                "pair a name of its own (batch the folders' parent folder, or a --manifest "
                "with a name column), or --force to replace that document")
    if old.status == "aligned" and _unplaced(old.src_path, old.tgt_path):
        return (f"the collection holds a document named {pair.name!r} whose paths "
                f"({old.src_path}, {old.tgt_path}) are relative to the folder an earlier "
                "run started in, and not found from here: run batch from that folder, "
                "or --force to replace that document with this pair")
    return None


def _elsewhere(src_path: str, tgt_path: str, pair: Pair) -> bool:
    """Whether a stored document's files are still there and are not ``pair``'s (a path
    an earlier version stored relative is read from the folder this run started in)."""
    return (Path(src_path).is_file() and Path(tgt_path).is_file()
            and not (same_file(src_path, pair.src) or same_file(tgt_path, pair.tgt)))


def _unplaced(src_path: str, tgt_path: str) -> bool:
    """Whether a stored document's paths are relative (an earlier version's) and name no
    file from the folder this run started in."""
    return not (Path(src_path).is_absolute() and Path(tgt_path).is_absolute()) and not (
        Path(src_path).exists() or Path(tgt_path).exists())


def same_file(stored: str, given: Path) -> bool:
    """Whether a stored path names the file given now: ``es/a.txt``, ``./es/a.txt`` and
    its absolute path are one file (a pair is not realigned for a spelling)."""
    return stored == str(given) or Path(stored).resolve() == given.resolve()

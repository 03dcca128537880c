"""Whether a pair of ``aligner batch`` may replace the stored document of its name: not
when that is another pair whose files are still there, one an earlier version stored
with paths that name nothing from here, or a memory ``aligner import`` read; and the
name a pair takes when its own is a document of another language pair."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from aligner.collection.language_pairs import same_pair
from aligner.collection.pairing import Pair
from aligner.collection.rows import MEMORY, PAIR, DocumentRow
from aligner.textutil import first_few


def own_names(pairs: Sequence[Pair], stored: Mapping[str, DocumentRow], src_lang: str,
              tgt_lang: str) -> tuple[tuple[Pair, ...], list[tuple[str, str, str]]]:
    """``pairs``, each that translates the source of the stored document of its name
    into another language named with its target language (``fr/nota``; ``es-fr/nota``
    when that too is another pair's), and ``(name, its stored pair, new name)`` for each
    so named that is not stored under that name yet (a later run says nothing new).

    One original with several translations is one name in each folder pairing
    (``es/nota.es.txt`` with ``en/`` and then with ``fr/``): the French pair is not the
    English document changed, and replacing it lost the English alignment and its review.
    A pair of the same two files keeps its name (a run that gives them other languages
    realigns that document in them), and so does one of other files (a document changed,
    or another that :func:`name_clash` refuses: ``batch en/ es/`` over the folders of an
    ``es -> en`` run stores nothing twice the other way round)."""
    out, named = [], []
    for pair in pairs:
        old = stored.get(pair.name)
        if old is not None and old.kind == PAIR and not same_pair(
                (old.src_lang, old.tgt_lang), (src_lang, tgt_lang)) and same_file(
                old.src_path, pair.src) and not same_file(old.tgt_path, pair.tgt):
            name = f"{tgt_lang}/{pair.name}"
            other = stored.get(name)
            if other is not None and not same_pair((other.src_lang, other.tgt_lang),
                                                   (src_lang, tgt_lang)):
                name = f"{src_lang}-{tgt_lang}/{pair.name}"
                other = stored.get(name)
            if other is None or not same_pair((other.src_lang, other.tgt_lang),
                                              (src_lang, tgt_lang)):
                # said once: the run that first stores it under that name
                named.append((pair.name, f"{old.src_lang} -> {old.tgt_lang}", name))
            pair = replace(pair, name=name)
        out.append(pair)
    return tuple(out), named


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


def own_names_note(named: Sequence[tuple[str, str, str]]) -> str:
    """What a run says of the pairs :func:`own_names` named: each of a few, else how
    many, and the first names taken."""
    if len(named) <= 3:
        return "\n".join(f"aligner: {name} is a document of {other} in the collection: this "
                         f"pair is stored as {taken}" for name, other, taken in named)
    return (f"aligner: {len(named)} pairs translate the source of a document of another "
            "language pair into another language: each is stored as a document of its own, "
            f"named with its language ({first_few([t for _, _, t in named], 3)})")

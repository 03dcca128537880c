"""Which stored document a pair of ``aligner batch`` is, and whether it may replace it.

:func:`own_names` finds a pair's document by its language pair -- never another pair's of
the same name, wherever the files went -- and names a new one (``NAME`` for the
collection's first language pair, ``TGT/NAME`` for the others); :func:`name_clash` says
why a pair must not replace the stored document of its name: another pair of files
still there, paths an earlier version stored relative that name nothing from here, a
memory ``aligner import`` read, or a document of another language pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from aligner.collection.language_pairs import same_pair
from aligner.collection.pairing import Pair
from aligner.collection.rows import MEMORY, PAIR, DocumentRow
from aligner.collection.stored import content_hash
from aligner.textutil import first_few


@dataclass(frozen=True, slots=True)
class Names:
    """The pairs of a run as :func:`own_names` names them, and what it says of them."""

    pairs: tuple[Pair, ...]
    #: ``(name, the pair of the stored document of that name, name taken)`` for each
    #: pair named with its language that is not stored under that name yet; the pair
    #: None for a pair of another language pair than the collection's first.
    named: list[tuple[str, str | None, str]] = field(default_factory=list)
    #: ``(name, stored name)``: pairs whose two files are a stored document of their
    #: language pair under another name (a manifest's ``en/a`` for a folder run's ``a``).
    found: list[tuple[str, str]] = field(default_factory=list)


def own_names(pairs: Sequence[Pair], stored: Mapping[str, DocumentRow], src_lang: str,
              tgt_lang: str) -> Names:
    """``pairs`` named as the documents of their language pair are, so that a run never
    takes another pair's document for its own (a name is the collection's key, one pair's
    document is found by its language pair, never by its name alone):

    1. the stored document of this language pair named ``NAME``, ``TGT/NAME`` or
       ``SRC-TGT/NAME`` (``fr/nota``, ``es-fr/nota``) -- wherever its files are now (a
       moved folder finds its documents, of every language pair);
    2. ``NAME`` when the stored document of that name in other languages is of the same
       two files (a run that gives them other languages realigns that document in them),
       or of them the other way round (which :func:`name_clash` refuses);
    3. the stored document of this language pair whose two files these are, under
       another name (a manifest row without a name cell names ``en/a`` the files a
       folder run stored as ``a``): that document, not a second one of the same files;
       a row's own name is another document, which the run names as a copy;
    4. a new document: ``NAME`` for the collection's first language pair
       (:func:`_home_pair`) and for a manifest row's own name, else -- and when
       ``NAME`` is another pair's -- ``TGT/NAME``, else ``SRC-TGT/NAME``.  So every
       document of a pair but the first is named with its target language, whichever
       language was batched first, and keeps that name.

    A collection an earlier aligner named otherwise (``legacy-export`` of ``en -> fr``,
    before ``en -> es`` had one) keeps its names: rule 1 finds them."""
    langs = (src_lang, tgt_lang)
    home = _home_pair(stored.values()) or langs
    bases = {pair.name for pair in pairs}
    taken: set[str] = set()
    by_files: dict[tuple[Path, Path], DocumentRow] | None = None
    out: list[Pair] = []
    names = Names(())
    for pair in pairs:
        candidates = [pair.name, f"{tgt_lang}/{pair.name}",
                      f"{src_lang}-{tgt_lang}/{pair.name}"]
        name = next((c for c in candidates if (d := stored.get(c)) is not None
                     and same_pair((d.src_lang, d.tgt_lang), langs)), None)
        old = stored.get(pair.name)
        if name is None and old is not None and old.kind == PAIR and (
                _same_files(old, pair) or _same_files(old, pair, swapped=True)):
            name = pair.name
        if name is None and not pair.named:
            if by_files is None:
                by_files = {(Path(d.src_path).resolve(), Path(d.tgt_path).resolve()): d
                            for d in stored.values() if d.kind == PAIR
                            and same_pair((d.src_lang, d.tgt_lang), langs)}
            mine = by_files.get((pair.src.resolve(), pair.tgt.resolve()))
            if mine is not None and mine.name not in bases | taken:
                name = mine.name
                names.found.append((pair.name, name))
        if name is None:
            first = same_pair(home, langs)
            free = [c for c in candidates[0 if pair.named or first else 1:]
                    if c not in stored and c not in taken]
            name = free[0] if free else pair.name  # none: name_clash says whose it is
            if name != pair.name:  # the first pair's, for a name another pair's took
                names.named.append((pair.name, None if old is None or not first else
                                    f"{old.src_lang} -> {old.tgt_lang}", name))
        taken.add(name)
        out.append(pair if name == pair.name else replace(pair, name=name))
    return replace(names, pairs=tuple(out))


def _home_pair(documents: Iterable[DocumentRow]) -> tuple[str, str] | None:
    """The collection's first language pair, whose documents keep the names their files
    give them: the pair of the most documents so named (not ``TGT/NAME``), the one of the
    earliest document among equals -- not the pair of the first document now, which a
    realigned document (a new id) would change; None for a collection of no pair."""
    held: dict[tuple[str, str], tuple[int, int]] = {}
    for d in documents:
        if d.kind == PAIR:
            own = not d.name.startswith((f"{d.tgt_lang}/", f"{d.src_lang}-{d.tgt_lang}/"))
            n, first = held.get((d.src_lang, d.tgt_lang), (0, d.id))
            held[d.src_lang, d.tgt_lang] = (n + own, min(first, d.id))
    return max(held, key=lambda k: (held[k][0], -held[k][1]), default=None)


def _same_files(old: DocumentRow, pair: Pair, *, swapped: bool = False) -> bool:
    """Whether a stored document is of ``pair``'s two files (``swapped``: the other way
    round), at the same paths or of the same content (its folder moved)."""
    src, tgt = (pair.tgt, pair.src) if swapped else (pair.src, pair.tgt)
    if same_file(old.src_path, src) and same_file(old.tgt_path, tgt):
        return True
    hashes = file_hash(src), file_hash(tgt)
    return None not in hashes and hashes == (old.src_hash, old.tgt_hash)


def file_hash(path: Path) -> str | None:
    """The content hash of a file, None when it cannot be read (the run says why)."""
    try:
        return content_hash(path.read_bytes())
    except OSError:
        return None


def name_clash(old: DocumentRow, pair: Pair, langs: tuple[str, str], *,
               force: bool = False) -> str | None:
    """Why ``pair`` must not replace the stored document of its name, if it must not:
    that document's files are still there and are others (y2024/es/manual.es.txt beside
    y2025/es/manual.es.txt), or its paths are an earlier version's relative ones and name
    nothing from here (no telling whether the pair is that document changed); with
    ``force``, only when it is a memory ``aligner import`` read, which no pair replaces,
    or a document of another language pair (``langs`` is the pair's) of other files
    than these -- these the other way round, when the folders moved: a pair never
    replaces another language pair's document, which is no earlier version of it."""
    if old.kind == MEMORY:
        return (f"the collection holds a translation memory named {pair.name!r}, imported "
                f"from {old.src_path}: give this pair a name of its own (a --manifest with "
                "a name column)")
    if not same_pair((old.src_lang, old.tgt_lang), langs) and not _same_files(old, pair):
        return (f"the collection holds a document of {old.src_lang} -> {old.tgt_lang} "
                f"named {pair.name!r}, from {old.src_path} and {old.tgt_path}: a pair of "
                f"{langs[0]} -> {langs[1]} never replaces a document of another language "
                "pair, with --force neither; give this pair a name of its own (a "
                "--manifest with a name column), or aligner remove that document first")
    elsewhere = _elsewhere(old.src_path, old.tgt_path, pair)
    if elsewhere and not force:
        return (f"the collection holds another document named {pair.name!r}, from "
                f"{old.src_path} and {old.tgt_path}, which are still there: give this "
                "pair a name of its own (batch the folders' parent folder, or a --manifest "
                "with a name column), or --force to replace that document")
    if force:
        return None
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


def own_names_note(named: Sequence[tuple[str, str | None, str]], pair: tuple[str, str]
                   ) -> str:
    """What a run of the language pair ``pair`` says of the pairs :func:`own_names`
    named: each of a few, else how many, and the first names taken; those whose name
    is no other document in one line (named so as every document of a language pair
    but the collection's first)."""
    lines = []
    if plain := [taken for _, other, taken in named if other is None]:
        lines.append(f"aligner: {pair[0]} -> {pair[1]} is not the collection's first language "
                     f"pair: its new documents are named with their target language "
                     f"({first_few(plain, 3)})")
    named = [(name, other, taken) for name, other, taken in named if other is not None]
    if not named:
        return "\n".join(lines)
    if len(named) <= 3:
        return "\n".join([*lines, *(f"aligner: {name} is a document of {other} in the "
                                    f"collection: this pair is stored as {taken}"
                                    for name, other, taken in named)])
    lines.append(f"aligner: {len(named)} pairs have the names of documents of other language "
                 "pairs: each is stored as a document of its own, named with its language "
                 f"({first_few([t for _, _, t in named], 3)})")
    return "\n".join(lines)

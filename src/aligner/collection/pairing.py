"""Which source file goes with which target file.

Two folders: a pair is the same relative path on both sides once a language
tag in the file name is left out -- ``es/2021/allende.es.md`` and
``en/2021/allende.en.md`` are the document ``2021/allende``; ``foo.txt`` and
``foo.txt`` are ``foo``.  A file left without a partner pairs with the one of
the same name in another format (``foo.es.docx`` and ``foo.en.pdf``) when each
is the only one of that name on its side.  A tag is a dot-separated part of
the name after the first that names the side's language (``es``, ``es-CL``,
``ES``).  Files still without a partner pair when their names are the same once
a tag joined to the stem by a space, ``_`` or ``-``, or in brackets, at its end
or start, is left out on *both* sides (``informe_ES.docx`` and
``informe_EN.docx``, ``carta-es`` and ``carta-en``, ``Manual (ES)``, ``ES_boletin``)
-- never such a name with an untagged one, where ``_es`` may be part of a name --
and each name is one file on its side.  Hidden files (a name starting with a
dot), Office lock files (``~$...``), ``Thumbs.db`` and ``desktop.ini`` are not
documents.  A manifest names the pairs itself: a TSV file with a header line naming the
columns ``src``, ``tgt`` and, optionally, ``name``; relative paths are
relative to the manifest.  Its files' names may say the languages, as the names of the
two files ``aligner align`` is given do (:func:`manifest_languages`).
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from aligner.errors import InputError
from aligner.fileio import read_text
from aligner.lang import lang_matches


@dataclass(frozen=True, slots=True)
class Pair:
    """A document of the collection: its name and its two files."""

    name: str
    src: Path
    tgt: Path


@dataclass(frozen=True, slots=True)
class Pairing:
    """The pairs found, by name, and the files that have no partner."""

    pairs: tuple[Pair, ...]
    unpartnered: tuple[Path, ...] = ()
    # files of one side that name the same document (dup.es.txt and dup.txt): left out
    ambiguous: tuple[tuple[Path, ...], ...] = ()


def pair_key(rel: PurePosixPath, lang: str) -> PurePosixPath:
    """``rel`` with a language tag for ``lang`` left out of the file name, in Unicode
    NFC: ``año`` written by macOS (``n`` + combining tilde) pairs with ``año``."""
    rel = PurePosixPath(unicodedata.normalize("NFC", str(rel)))
    parts = rel.name.split(".")
    kept = [parts[0]] + [p for p in parts[1:-1] if not _is_tag(p, lang)]
    if len(parts) > 1:
        last = parts[-1]
        # allende.es (no extension): the last part is the tag
        if len(parts) == 2 and _is_tag(last, lang):
            return rel.with_name(parts[0])
        kept.append(last)
    return rel.with_name(".".join(kept))


def _is_tag(part: str, lang: str) -> bool:
    return bool(part) and part[0].isalpha() and lang_matches(part, lang) and len(part) <= 12


def loose_key(key: PurePosixPath, lang: str) -> PurePosixPath | None:
    """``key`` without a language tag for ``lang`` that ends or starts the file name's
    stem, joined to it by a space, ``_`` or ``-`` or in brackets (``informe_ES.txt``,
    ``carta-es.txt``, ``Manual (ES).docx``, ``ES_boletin.txt`` -> ``informe.txt``...);
    None when it has none.  Such a tag pairs only with one on the other side (the
    module docstring); ``align`` and ``check`` read two names so too
    (:func:`aligner.lang.tags.joined_tags`)."""
    from aligner.lang.tags import joined_tags

    stem, suffix = (key.stem, key.suffix) if key.suffix else (key.name, "")
    for tag, rest in joined_tags(stem):
        if _is_tag(tag, lang):
            return key.with_name(rest + suffix)
    return None


def document_name(key: PurePosixPath) -> str:
    """A document's name: its key without the extension (``2021/allende``)."""
    return str(key.with_suffix("")) if key.suffix else str(key)


#: Files a desktop leaves in folders, which are no documents (besides hidden files).
_NOISE = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini"})


def is_document_file(name: str) -> bool:
    """Whether a file of that name may be a document: not hidden (``.DS_Store``), not an
    Office lock file (``~$informe.docx``), not Windows' ``Thumbs.db`` or ``desktop.ini``."""
    return not name.startswith((".", "~$")) and name.lower() not in _NOISE


def _files(root: Path, ignore: frozenset[Path] = frozenset()) -> list[PurePosixPath]:
    if not root.is_dir():
        raise InputError("no such folder", path=str(root))
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if is_document_file(f) and Path(dirpath, f).resolve() not in ignore:
                found.append(PurePosixPath(Path(dirpath, f).relative_to(root).as_posix()))
    return found


def pair_folders(src_dir: str | os.PathLike[str], tgt_dir: str | os.PathLike[str], *,
                 src_lang: str, tgt_lang: str,
                 ignore: Iterable[str | os.PathLike[str]] = ()) -> Pairing:
    """The pairs of two folders (see the module's docstring), by name; files in
    ``ignore`` (the collection's own database, kept beside the documents) are none."""
    src_root, tgt_root = Path(src_dir), Path(tgt_dir)
    skip = frozenset(Path(p).resolve() for p in ignore)
    src, src_same = _keyed(src_root, src_lang, skip)
    tgt, tgt_same = _keyed(tgt_root, tgt_lang, skip)
    matched = [(k, k, k) for k in sorted(src.keys() & tgt.keys())  # not its own pair
               if (src_root / src[k]).resolve() != (tgt_root / tgt[k]).resolve()]
    matched += [(s, t, s) for s, t in _across_formats(src.keys() - tgt.keys(),
                                                      tgt.keys() - src.keys())]
    matched += _loosely(src.keys() - {s for s, _, _ in matched},
                        tgt.keys() - {t for _, t, _ in matched}, src_lang, tgt_lang)
    paired_src, paired_tgt = {s for s, _, _ in matched}, {t for _, t, _ in matched}
    names = [document_name(key) for _, _, key in matched]
    # foo.txt and foo.md in one folder: the extension tells the two documents apart
    clash = {n for n in names if names.count(n) > 1}
    pairs = tuple(sorted(
        (Pair(str(key) if n in clash else n, src_root / src[s], tgt_root / tgt[t])
         for (s, t, key), n in zip(matched, names, strict=True)), key=lambda p: p.name))
    lonely = [src_root / src[k] for k in sorted(src.keys() - paired_src)]
    lonely += [tgt_root / tgt[k] for k in sorted(tgt.keys() - paired_tgt)]
    # one folder for both languages: a.en.txt has no Spanish partner, being English
    used = {p.src.resolve() for p in pairs} | {p.tgt.resolve() for p in pairs}
    lonely = list(dict.fromkeys(f for f in lonely if f.resolve() not in used))
    return Pairing(pairs, tuple(lonely), (*src_same, *tgt_same))


def _keyed(root: Path, lang: str, ignore: frozenset[Path]
           ) -> tuple[dict[PurePosixPath, PurePosixPath], list[tuple[Path, ...]]]:
    """A side's files by pair key, and the groups of files that share one key: which of
    them is the document is not for us to guess, so none of them pairs."""
    by_key: dict[PurePosixPath, list[PurePosixPath]] = {}
    for rel in _files(root, ignore):
        by_key.setdefault(pair_key(rel, lang), []).append(rel)
    single = {k: rels[0] for k, rels in by_key.items() if len(rels) == 1}
    same = [tuple(root / r for r in rels) for rels in by_key.values() if len(rels) > 1]
    return single, same


def _across_formats(src: set[PurePosixPath], tgt: set[PurePosixPath]
                    ) -> list[tuple[PurePosixPath, PurePosixPath]]:
    """Pairs of files left unpaired whose names differ in the extension alone
    (``informe.es.docx`` and ``informe.en.pdf``: the translation came back in
    another format), where that name is one file on each side."""
    def by_name(keys: set[PurePosixPath]) -> dict[str, list[PurePosixPath]]:
        found: dict[str, list[PurePosixPath]] = {}
        for key in keys:
            found.setdefault(document_name(key), []).append(key)
        return found

    src_names, tgt_names = by_name(src), by_name(tgt)
    return sorted((src_names[n][0], tgt_names[n][0]) for n in src_names.keys() & tgt_names.keys()
                  if len(src_names[n]) == len(tgt_names[n]) == 1)


def _loosely(src: set[PurePosixPath], tgt: set[PurePosixPath], src_lang: str, tgt_lang: str
             ) -> list[tuple[PurePosixPath, PurePosixPath, PurePosixPath]]:
    """Pairs of files left unpaired whose names are the same once a tag of each side's
    language is left out where it ends or starts the stem (:func:`loose_key`) --
    ``informe_ES.docx`` and ``informe_EN.docx``; then, as :func:`_across_formats`,
    ``informe_ES.docx`` and ``informe_EN.pdf`` -- where that name is one file on each
    side: ``(source key, target key, the key the document is named after)``."""
    src_loose = {key: loose for key in src if (loose := loose_key(key, src_lang))}
    tgt_loose = {key: loose for key in tgt if (loose := loose_key(key, tgt_lang))}
    found: list[tuple[PurePosixPath, PurePosixPath, PurePosixPath]] = []
    for any_format in (False, True):  # the same extension first
        src_by = _unique((loose.with_suffix("") if any_format else loose, key)
                         for key, loose in src_loose.items())
        tgt_by = _unique((loose.with_suffix("") if any_format else loose, key)
                         for key, loose in tgt_loose.items())
        for name in sorted(src_by.keys() & tgt_by.keys()):
            found.append((src_by[name], tgt_by[name], name))
            del src_loose[src_by[name]], tgt_loose[tgt_by[name]]
    return found


def _unique(items: Iterable[tuple[PurePosixPath, PurePosixPath]]
            ) -> dict[PurePosixPath, PurePosixPath]:
    """The items whose key no other item has."""
    seen: dict[PurePosixPath, list[PurePosixPath]] = {}
    for key, value in items:
        seen.setdefault(key, []).append(value)
    return {key: values[0] for key, values in seen.items() if len(values) == 1}


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """A row of a manifest: its line number, and its cells as written (``name``: "" when
    it gives none)."""

    line: int
    src: str
    tgt: str
    name: str = ""


def read_manifest(path: str | os.PathLike[str], *, src_lang: str,
                  encoding: str = "utf-8") -> Pairing:
    """The pairs a manifest lists (``src``, ``tgt``, optional ``name`` columns; a header):
    :func:`manifest_pairing` of :func:`manifest_rows`."""
    return manifest_pairing(path, manifest_rows(path, encoding=encoding), src_lang=src_lang)


def manifest_rows(path: str | os.PathLike[str], *, encoding: str = "utf-8"
                  ) -> tuple[ManifestRow, ...]:
    """The rows of the manifest at ``path``, blank lines left out; an error naming the
    line for a header without the columns ``src`` and ``tgt``, a row without their cells."""
    name = os.fspath(path)
    lines = read_text(name, encoding=encoding).splitlines()
    if not lines or not lines[0].strip():
        raise InputError("empty manifest: expected a header line 'src<TAB>tgt[<TAB>name]'",
                         path=name)
    header = [h.strip().lower() for h in lines[0].split("\t")]
    if "src" not in header or "tgt" not in header:
        raise InputError("the header line must name the columns src and tgt (and optionally "
                         f"name), tab-separated; it has {lines[0]!r}", path=name, line=1)
    col = {h: i for i, h in enumerate(header)}
    needed = max(col["src"], col["tgt"]) + 1  # the name is optional, its cell too
    rows: list[ManifestRow] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) < needed:
            raise InputError(f"expected {needed} tab-separated columns, found "
                             f"{len(cells)}", path=name, line=number)
        given = cells[col["name"]].strip() if col.get("name", len(cells)) < len(cells) else ""
        rows.append(ManifestRow(number, cells[col["src"]].strip(), cells[col["tgt"]].strip(),
                                given))
    if not rows:
        raise InputError("lists no pair under its header line", path=name)
    return tuple(rows)


def manifest_pairing(path: str | os.PathLike[str], rows: Iterable[ManifestRow], *,
                     src_lang: str) -> Pairing:
    """The pairs of a manifest's ``rows``, paths relative to the manifest at ``path``.  A
    pair without a name -- an empty cell, or a row that ends before the column -- is named
    after its source file, language tag and extension left out."""
    name = os.fspath(path)
    base = Path(name).parent
    pairs: list[Pair] = []
    seen: dict[str, int] = {}
    for row in rows:
        doc = row.name or document_name(PurePosixPath(pair_key(
            PurePosixPath(Path(row.src).as_posix()), src_lang)))
        if doc in seen:
            raise InputError(f"document name {doc!r} already used on line {seen[doc]}",
                             path=name, line=row.line)
        seen[doc] = row.line
        pairs.append(Pair(doc, base / row.src, base / row.tgt))
    return Pairing(tuple(sorted(pairs, key=lambda p: p.name)))


@dataclass(frozen=True, slots=True)
class NamedLanguage:
    """A side's language as the names of a manifest's files say it, as ``aligner align``
    reads a name (:func:`aligner.lang.tags.file_languages`: ``a.es.txt``,
    ``Bericht_DE.txt`` beside ``Bericht_EN.txt``): ``lang`` when every row's file of
    that side carries the same tag, with the first such file (``example``); else None,
    with what stands in the way (``problem``) and the ``line`` of the row it is on."""

    lang: str | None
    example: str = ""
    problem: str = ""
    line: int = 0
    #: The problem is two rows' tags that disagree (not a name without a tag).
    conflict: bool = False


def manifest_languages(rows: Iterable[ManifestRow]) -> tuple[NamedLanguage, NamedLanguage]:
    """Each side's :class:`NamedLanguage`: the tag every row's file carries; or, at the
    first row that has none or another one, why there is none."""
    from aligner.lang.tags import file_languages

    sides: list[NamedLanguage | None] = [None, None]
    for row in rows:
        for side, (path, lang) in enumerate(zip((row.src, row.tgt),
                                                file_languages(row.src, row.tgt), strict=True)):
            first = sides[side]
            if first is not None and first.lang is None:
                continue  # its problem is found already
            if lang is None:
                sides[side] = NamedLanguage(None, problem=f"the name of {path} has no "
                                            "language tag in it (as chile.es.txt has es)",
                                            line=row.line)
            elif first is None:
                sides[side] = NamedLanguage(lang, example=path, line=row.line)
            elif lang != first.lang:
                sides[side] = NamedLanguage(None, problem=(
                    f"the names of its files do not agree on one language: {path} is tagged "
                    f"{lang}, {first.example} (line {first.line}) {first.lang}"),
                    line=row.line, conflict=True)
    return (sides[0] or NamedLanguage(None), sides[1] or NamedLanguage(None))

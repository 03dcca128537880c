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
relative to the manifest; optional columns ``src_lang`` and ``tgt_lang`` give a row's
languages, which its files' names may say too (``aligner batch`` reads them).
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from aligner.errors import InputError
from aligner.fileio import read_text
from aligner.lang import lang_matches
from aligner.textutil import count


@dataclass(frozen=True, slots=True)
class Pair:
    """A document of the collection: its name and its two files."""

    name: str
    src: Path
    tgt: Path
    #: Named by a manifest's name cell, not after its files: the name is kept as given
    #: (:func:`aligner.collection.clashes.own_names` does not prefix its language).
    named: bool = False


@dataclass(frozen=True, slots=True)
class Pairing:
    """The pairs found, by name, and the files that have no partner."""

    pairs: tuple[Pair, ...]
    unpartnered: tuple[Path, ...] = ()
    # files of one side that name the same document (dup.es.txt and dup.txt): left out
    ambiguous: tuple[tuple[Path, ...], ...] = ()
    # documents of one name in several formats on both sides (ch01.docx and ch01.md, a
    # draft beside its export): each pairs as a document of its own, named with its
    # extension, which a user may not expect
    formats: tuple[str, ...] = ()


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
    return Pairing(pairs, tuple(lonely), (*src_same, *tgt_same),
                   tuple(p.name for p in pairs if document_name(PurePosixPath(p.name)) in clash))


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
    """A row of a manifest: its line number, and its cells as written (``name``,
    ``src_lang``, ``tgt_lang``: "" when it gives none)."""

    line: int
    src: str
    tgt: str
    name: str = ""
    src_lang: str = ""
    tgt_lang: str = ""


#: A manifest's columns, by the names its header may give them (``src-lang`` as the
#: option is spelt).
_COLUMNS = {"src": "src", "tgt": "tgt", "name": "name", "src_lang": "src_lang",
            "src-lang": "src_lang", "tgt_lang": "tgt_lang", "tgt-lang": "tgt_lang"}


def read_manifest(path: str | os.PathLike[str], *, src_lang: str,
                  encoding: str = "utf-8") -> Pairing:
    """The pairs a manifest lists (``src``, ``tgt``, optional ``name`` columns; a header),
    its source files in ``src_lang``: :func:`manifest_pairing` of :func:`manifest_rows`."""
    rows = manifest_rows(path, encoding=encoding)
    return manifest_pairing(path, rows, [(src_lang, "")] * len(rows))[0][1]


def manifest_rows(path: str | os.PathLike[str], *, encoding: str = "utf-8"
                  ) -> tuple[ManifestRow, ...]:
    """The rows of the manifest at ``path``, blank lines left out; an error naming the
    line for a header without the columns ``src`` and ``tgt``, a row without their
    cells, a language cell that names no language."""
    from aligner.errors import ConfigError
    from aligner.lang.tags import validate_tag

    name = os.fspath(path)
    lines = read_text(name, encoding=encoding).splitlines()
    if not lines or not lines[0].strip():
        raise InputError("empty manifest: expected a header line 'src<TAB>tgt[<TAB>name]'",
                         path=name)
    header = [h.strip().lower() for h in lines[0].split("\t")]
    if "src" not in header or "tgt" not in header:
        raise InputError("the header line must name the columns src and tgt (and optionally "
                         f"name, src_lang, tgt_lang), tab-separated; it has {lines[0]!r}",
                         path=name, line=1)
    col = {_COLUMNS[h]: i for i, h in enumerate(header) if h in _COLUMNS}
    needed = max(col["src"], col["tgt"]) + 1  # the others are optional, their cells too
    rows: list[ManifestRow] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) < needed:
            raise InputError(f"expected {needed} tab-separated columns, found "
                             f"{len(cells)}", path=name, line=number)
        given = {c: cells[i].strip() if i < len(cells) else "" for c, i in col.items()}
        for column in ("src_lang", "tgt_lang"):
            if given.get(column):
                try:
                    given[column] = validate_tag(given[column], what=f"its {column} cell")
                except ConfigError as exc:
                    raise InputError(exc.message, path=name, line=number) from None
        rows.append(ManifestRow(number, given["src"], given["tgt"], given.get("name", ""),
                                given.get("src_lang", ""), given.get("tgt_lang", "")))
    if not rows:
        raise InputError("lists no pair under its header line", path=name)
    return tuple(rows)


def check_manifest_files(path: str | os.PathLike[str], rows: Sequence[ManifestRow]) -> None:
    """An error naming the manifest's line for the first row whose source or target file
    is not there (or is a folder), before anything is stored: a typo in a path is bad
    input (exit 2), not a pair that fails in every run; the rows after it are named by
    count."""
    base = Path(os.fspath(path)).parent
    bad = [(row, cell) for row in rows for cell in (row.src, row.tgt)
           if not (base / cell).is_file()]
    if bad:
        row, cell = bad[0]
        why = "is a folder, not a file" if (base / cell).is_dir() else "no such file"
        more = len({r.line for r, _ in bad}) - 1
        also = f"; and {count(more, 'more row')} with a file not there" if more else ""
        raise InputError(f"{cell}: {why} ({base / cell}){also}",
                         path=os.fspath(path), line=row.line)


LanguagePair = tuple[str, str]


def manifest_pairing(path: str | os.PathLike[str], rows: Sequence[ManifestRow],
                     languages: Sequence[LanguagePair]
                     ) -> list[tuple[LanguagePair, Pairing]]:
    """The pairs of a manifest's ``rows`` by language pair (each row's in ``languages``),
    in the order of each pair's first row; paths relative to the manifest at ``path``.
    A pair without a name -- an empty cell, or a row that ends before the column -- is
    named after its source file, language tag and extension left out.  Two rows of one
    name are an error naming the line, but for rows of one source file in several
    language pairs named so (one original, several translations): ``aligner batch``
    stores each pair of a name it holds in another pair as ``fr/NAME``
    (:func:`aligner.collection.clashes.own_names`)."""
    name = os.fspath(path)
    base = Path(name).parent
    groups: dict[LanguagePair, list[Pair]] = {}
    seen: dict[str, list[tuple[ManifestRow, LanguagePair]]] = {}
    for row, langs in zip(rows, languages, strict=True):
        doc = row.name or document_name(PurePosixPath(pair_key(
            PurePosixPath(Path(row.src).as_posix()), langs[0])))
        for other, other_langs in seen.get(doc, ()):
            if row.name or other.name or other_langs == langs or not _same_path(
                    base / row.src, base / other.src):
                raise InputError(f"document name {doc!r} already used on line {other.line}"
                                 + ("" if row.name else ": give the row a name of its own "
                                    "in a name column"), path=name, line=row.line)
        seen.setdefault(doc, []).append((row, langs))
        groups.setdefault(langs, []).append(Pair(doc, base / row.src, base / row.tgt,
                                                  bool(row.name)))
    return [(langs, Pairing(tuple(sorted(pairs, key=lambda p: p.name))))
            for langs, pairs in groups.items()]


def _same_path(a: Path, b: Path) -> bool:
    return a == b or a.resolve() == b.resolve()

"""Where ``aligner batch`` takes each side's language from, when no option gives it, and
what it says when the files' tags speak against the languages taken."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from aligner.errors import ConfigError

if TYPE_CHECKING:
    from aligner.collection.pairing import ManifestRow


def tag_mismatch(files: Sequence[Path], *sides: tuple[str | None, str, str, str | None]
                 ) -> str | None:
    """When no pair was found: what the files' language tags say against the languages
    used (``(folder, language, option, said)`` per side, ``said`` being where a language
    no option gave came from) -- the files of a folder tagged ``.de`` all, read as
    ``fr`` -- else None."""
    from aligner.lang import same_language
    from aligner.lang.tags import file_language

    said = []
    for folder, lang, option, origin in sides:
        if folder is None:
            continue
        root = Path(folder).resolve()
        tagged = [(Path(f).name, file_language(str(f))) for f in files
                  if Path(f).resolve().is_relative_to(root)]
        tags = Counter(tag for _, tag in tagged)
        tag, n = tags.most_common(1)[0] if tags else (None, 0)
        if tag is not None and n * 2 > len(tagged) and not same_language(tag, lang):
            example = next(name for name, t in tagged if t == tag)
            # "or leave it out" only to an option given: else there is none to leave out
            fix = (f"{lang}: give {option} {tag}, or leave it out" if origin is None
                   else f"{lang}, {origin}: give {option} {tag}")
            said.append(f"the files of {folder} are tagged {tag} (as in {example}), not "
                        f"{fix}")
    return "; ".join(said) or None


def side_language(given: str | None, folder: str | None, held: str | None, option: str,
                  what: str, db: str, mute: str) -> tuple[str, str | None]:
    """A side's language: ``given``, else its folder's name when that is a language
    tag, else the collection's (``held``); else an error asking for ``option`` that
    ends with ``mute``, why the collection does not say it.  With where it came from
    when no option gave it, for the messages that name it (``the name of its folder
    (en/)``, ``the collection's (c.db)``); None: the option."""
    from aligner.lang.tags import name_language, suggest_code

    name = Path(folder).resolve().name if folder else ""
    if given:
        return given, None
    if (from_name := name_language(name)) is not None:
        return from_name, f"the name of its folder ({name}/)"
    if held is not None:
        return held, f"the collection's ({db})"
    hint = suggest_code(name)
    where = (f"{what}'s name is no language tag (as es/ is"
             + (f"; {name}: {option} {hint}?" if hint else "") + ")")
    raise ConfigError(f"give {option}: {where}, and {mute}")


#: A row's languages, and where each came from when no option gave it (None: the option).
RowLanguages = tuple[tuple[str, str], tuple[str | None, str | None]]


def row_languages(rows: Sequence[ManifestRow], given: tuple[str | None, str | None],
                  held: tuple[str | None, str | None], *, manifest: str, db: str,
                  mute: str) -> list[RowLanguages]:
    """Each manifest row's languages, side by side: its ``src_lang``/``tgt_lang`` cell,
    else the option ``given``, else the tag its file's name carries (read as ``aligner
    align`` reads two names: ``a.es.txt``, ``Bericht_DE.txt`` beside ``Bericht_EN.txt``),
    else the collection's pair (``held``, when it holds one); else an error naming the
    row's line, which ends with ``mute``, why the collection does not say it.  Rows of
    several language pairs are several runs of ``aligner batch`` in one.

    An option is for the rows that say no language of that side: one whose file's name
    says another (``--src-lang es`` beside ``j09.en.docx``) is an error listing every
    such row (:func:`_overruled`), as an option meant for one pair of a mixed manifest
    would else relabel and realign the documents of every other pair."""
    from aligner.lang import same_language
    from aligner.lang.tags import file_languages

    found: list[RowLanguages] = []
    against: list[tuple[str, ManifestRow, str, str]] = []  # (flag, row, its name, its tag)
    for row in rows:
        langs: list[str] = []
        said: list[str | None] = []
        names = file_languages(row.src, row.tgt)
        for side, (cell, option, tag, kept, path, column) in enumerate(zip(
                (row.src_lang, row.tgt_lang), given, names, held, (row.src, row.tgt),
                ("src_lang", "tgt_lang"), strict=True)):
            flag = ("--src-lang", "--tgt-lang")[side]
            if cell:
                langs.append(cell)
                said.append(f"its {column} cell in {manifest}")
            elif option:
                if tag is not None and not same_language(tag, option):
                    against.append((flag, row, Path(path).name, tag))
                langs.append(option)
                said.append(None)
            elif tag is not None:
                langs.append(tag)
                said.append(f"the tag of its file's name in {manifest}")
            elif kept is not None:
                langs.append(kept)
                said.append(f"the collection's ({db})")
            else:
                raise ConfigError(
                    f"give {flag} or a {column} column: the name of {path} has no language "
                    f"tag in it (as chile.es.txt has es), and {mute}", path=manifest,
                    line=row.line)
        found.append(((langs[0], langs[1]), (said[0], said[1])))
    if against:
        raise _overruled(against, given, manifest)
    return found


def _overruled(against: Sequence[tuple[str, ManifestRow, str, str]],
               given: tuple[str | None, str | None], manifest: str) -> ConfigError:
    """The error for rows whose names say another language than an option: each such
    row's line and what its names say (the first five, and how many more), and the two
    ways out."""
    flags = list(dict.fromkeys(flag for flag, *_ in against))
    options = " ".join(f"{flag} {given[0 if flag == '--src-lang' else 1]}" for flag in flags)
    rows: dict[int, tuple[ManifestRow, list[str]]] = {}
    for _, row, name, tag in against:
        rows.setdefault(row.line, (row, []))[1].append(f"{name} is {tag}")
    shown = [f"line {line} ({', '.join(said)})" for line, (_, said) in list(rows.items())[:5]]
    more = f" and {len(rows) - 5} more" if len(rows) > 5 else ""
    cells = " or ".join(("src_lang" if flag == "--src-lang" else "tgt_lang")
                        for flag in flags)
    return ConfigError(
        f"{options} is for the rows whose names say no language, but the names of "
        f"{len(rows)} row{'s' if len(rows) != 1 else ''} say another: {'; '.join(shown)}"
        f"{more}; leave {' and '.join(flags)} out (each row is then read in the language "
        f"its names say), or give a row a {cells} cell to read it in another language",
        path=manifest)

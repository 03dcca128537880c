"""Which way a glossary is read for the checks, and what it cannot check that way.

A forbidden row forbids a rendering in the glossary's *target* language; read
backwards it would forbid the right source term, so a reversed glossary leaves
its forbidden rows out (:func:`aligner.glossary.orient_glossary`; a TBX leaves out
its deprecated terms in the source language).  Read so, a memory full of forbidden
terms passes clean.  :func:`forbidden_lost` counts what a direction leaves
unchecked; :func:`glossary_direction` reads a TMX, whose variants are peers,
the way that checks them, and says it when no input can be read so.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from aligner.errors import AlignerError
from aligner.model import Glossary, TermStatus
from aligner.textutil import count

if TYPE_CHECKING:
    from aligner.formats import AlignmentFormat
    from aligner.inputs import ReadFiles
    from aligner.pipeline.steps import Log


def forbidden_count(glossary: Glossary | None) -> int:
    """The forbidden rows of ``glossary`` as read (0 for none)."""
    if glossary is None:
        return 0
    return sum(e.status is TermStatus.FORBIDDEN for e in glossary.entries)


def forbidden_lost(path: str | os.PathLike[str], *, src_lang: str, tgt_lang: str,
                   encoding: str = "utf-8") -> int:
    """The forbidden terms of the glossary at ``path`` that go unchecked when it is
    read ``src_lang`` -> ``tgt_lang``: those it forbids read ``tgt_lang`` ->
    ``src_lang`` (renderings in ``src_lang``), which this direction leaves out.
    0 for a glossary that cannot be read that way (its error is said when it is read
    for the checks)."""
    from aligner.formats import read_glossary

    try:
        other = read_glossary(path, src_lang=tgt_lang, tgt_lang=src_lang, encoding=encoding)
    except AlignerError:
        return 0
    return forbidden_count(other)


def reversed_note(path: str | os.PathLike[str], *, lost: int, names: str, old: tuple[str, str],
                  new: tuple[str, str]) -> str:
    """The line that says a memory (``names``) was read ``new``, the glossary's way,
    rather than ``old``, as the file says, so that ``lost`` forbidden terms are checked."""
    return (f"{names}: read {new[0]} -> {new[1]}, not {old[0]} -> {old[1]} as the file "
            f"says, so that {os.fspath(path)} checks its {count(lost, 'forbidden term')} "
            "(--src-lang and --tgt-lang choose)")


def unchecked_note(path: str | os.PathLike[str], *, lost: int, src_lang: str, tgt_lang: str,
                   fix: str) -> str:
    """The warning that ``lost`` forbidden terms of a glossary go unchecked in the
    direction ``src_lang`` -> ``tgt_lang`` the input is read, with ``fix``, what
    checks them."""
    return (f"{os.fspath(path)}: {count(lost, 'forbidden term')} not checked: "
            f"{'they forbid renderings' if lost > 1 else 'it forbids a rendering'} in "
            f"{src_lang}, and the input is read {src_lang} -> {tgt_lang}; {fix}")


def unchecked_forbidden(path: str | os.PathLike[str], glossary: Glossary, *, src_lang: str,
                        tgt_lang: str, fix: str, encoding: str = "utf-8") -> str | None:
    """The warning of :func:`unchecked_note` when ``glossary``, read from ``path`` for
    ``src_lang`` -> ``tgt_lang``, leaves out forbidden terms the other way would check;
    None when it does not."""
    lost = forbidden_lost(path, src_lang=src_lang, tgt_lang=tgt_lang, encoding=encoding)
    if lost <= forbidden_count(glossary):
        return None
    return unchecked_note(path, lost=lost, src_lang=src_lang, tgt_lang=tgt_lang, fix=fix)


def glossary_direction(files: Sequence[tuple[str, AlignmentFormat]], read: ReadFiles,
                        loaded: Glossary, glossary: str | os.PathLike[str], *, encoding: str,
                        asked: bool, warn: Log) -> tuple[ReadFiles, Glossary]:
    """``read`` and ``loaded`` as they are, unless the glossary read their way leaves
    forbidden terms out (it is written the other way round): memories (TMX, whose
    variants are peers) whose every unit holds both languages, read in no direction
    asked for, are then read the other way, with a line that says so; any other input
    gets a warning that names what checks those terms."""
    from aligner.formats import AlignmentFormat
    from aligner.inputs import read_files
    from aligner.pipeline.steps import load_glossary_file

    src, tgt = read.src_lang, read.tgt_lang
    lost = forbidden_lost(glossary, src_lang=src, tgt_lang=tgt, encoding=encoding)
    if not lost or lost <= forbidden_count(loaded):
        return read, loaded
    memories = all(fmt is AlignmentFormat.TMX for _, fmt in files)
    if memories and not asked and not read.notes:
        other = read_files(files, src_lang=tgt, tgt_lang=src, encoding=encoding)
        if not other.notes and len(other.units) == len(read.units):
            warn(reversed_note(glossary, lost=lost, names=", ".join(p for p, _ in files),
                               old=(src, tgt), new=(other.src_lang, other.tgt_lang)))
            turned = load_glossary_file(glossary, src_lang=other.src_lang,
                                        tgt_lang=other.tgt_lang, encoding=encoding)
            assert turned is not None  # read the other way just above
            return other, turned
    fix = (f"--src-lang {tgt} --tgt-lang {src} reads the memory the other way round"
           if memories else "only a TMX is read the other way round (aligner export "
           "writes one)")
    warn(unchecked_note(glossary, lost=lost, src_lang=src, tgt_lang=tgt, fix=fix))
    return read, loaded

"""Rows of a glossary that repeat an earlier row's terms (:mod:`aligner.glossary` reads
them): a duplicate, or a contradiction when the statuses differ -- terms compared as the
matcher finds them (ignoring case and accents, but the accents of a language whose
marks make other words).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from aligner.check.lemmas import word_endings
from aligner.errors import GlossaryError
from aligner.model import Glossary, GlossaryEntry

Fold = Callable[[str], str]


def _folds(src_lang: str, tgt_lang: str) -> tuple[Fold, Fold]:
    """How the matcher folds the words of each language of a glossary: without accents,
    or with them where they make other words (Vietnamese ``thuốc``, ``thuộc``;
    :mod:`aligner.check.folding`)."""
    return word_endings(src_lang).fold, word_endings(tgt_lang).fold


def _same_term(a: str, a_case_sensitive: bool, b: str, b_case_sensitive: bool,
               fold: Fold) -> bool:
    """Whether the matcher finds ``a`` and ``b`` in the same words: they are equal, or
    both match ignoring case and accents and fold alike (lower case, then ``fold``, as
    ``TermMatcher._term_class`` has a case-insensitive term's words).  Separators are
    kept: ``knight errant`` and ``knight-errant`` are told apart by the matcher, but any
    run of white space is one space (``notice\u00a0period`` is ``notice period``)."""
    a, b = " ".join(a.split()), " ".join(b.split())
    return a == b or (not a_case_sensitive and not b_case_sensitive
                      and fold(a.lower()) == fold(b.lower()))


def _same_row(a: GlossaryEntry, b: GlossaryEntry, folds: tuple[Fold, Fold]) -> bool:
    # a capitalised term is told apart from one ignoring case, as a case-sensitive one
    # is (Acuerdo forbidden and capitalised, acuerdo preferred)
    return (_same_term(a.source, a.case_sensitive or a.capitalised,
                       b.source, b.case_sensitive or b.capitalised, folds[0])
            and _same_term(a.target, a.target_case_sensitive or a.target_capitalised,
                           b.target, b.target_case_sensitive or b.target_capitalised, folds[1]))


def _repeats(entry: GlossaryEntry, seen: dict[tuple[str, str], list[GlossaryEntry]], *,
             folds: tuple[Fold, Fold], path: str,
             duplicates: bool = False) -> GlossaryEntry | None:
    """None when ``entry`` repeats no earlier row's terms (it is recorded in ``seen``);
    the earlier row when it repeats one with the same status and ``duplicates`` are
    let through (the caller drops it); any other repeat -- a duplicate where none may
    be, a contradiction -- is a :class:`GlossaryError` on its line."""
    earlier = seen.setdefault((folds[0](" ".join(entry.source.lower().split())),
                               folds[1](" ".join(entry.target.lower().split()))), [])
    first = next((e for e in earlier if _same_row(e, entry, folds)), None)
    if first is None:
        earlier.append(entry)
        return None
    if duplicates and first.status is entry.status:
        return first
    raise GlossaryError(_repeated_row(entry, first), path=path, line=entry.line or None)


def keep_or_raise(error: GlossaryError, errors: list[GlossaryError] | None) -> None:
    """Raise ``error``, or put it into ``errors`` when the caller collects them."""
    if errors is None:
        raise error
    errors.append(error)


def without_repeats(glossary: Glossary, *, duplicates: bool = False,
                    errors: list[GlossaryError] | None = None) -> Glossary:
    """``glossary`` checked as the TSV reader checks its rows: a row whose terms repeat
    an earlier row's is an error (a contradiction when the statuses differ); with
    ``duplicates``, one with the same status is dropped instead (TBX and OmegaT files
    from other tools repeat entries).  Given ``errors``, the errors go there and their
    rows are left out."""
    seen: dict[tuple[str, str], list[GlossaryEntry]] = {}
    folds = _folds(glossary.src_lang, glossary.tgt_lang)
    kept = []
    for e in glossary.entries:
        try:
            if _repeats(e, seen, folds=folds, path=glossary.path,
                        duplicates=duplicates) is None:
                kept.append(e)
        except GlossaryError as exc:
            keep_or_raise(exc, errors)
    return glossary if len(kept) == len(glossary.entries) else replace(
        glossary, entries=tuple(kept))


def _repeated_row(entry: GlossaryEntry, first: GlossaryEntry) -> str:
    """The error for ``entry`` repeating the terms of the earlier row ``first``."""
    what = "is a duplicate of" if first.status is entry.status else "contradicts"
    where = f"line {first.line}" if first.line else "an earlier entry"
    message = (f"row {entry.source!r} -> {entry.target!r} ({entry.status.value}) "
               f"{what} {where}")
    if (first.source, first.target) != (entry.source, entry.target):
        message += (f" ({first.source!r} -> {first.target!r}, {first.status.value}; "
                    f"terms match ignoring {_ignoring(first, entry)}")
        if first.status is not entry.status:  # prêmio preferred, prémio forbidden
            message += ("; to tell spellings apart by their accents, mark both rows "
                        "case sensitive: they then match exactly as written")
        message += ")"
    return message


def _ignoring(a: GlossaryEntry, b: GlossaryEntry) -> str:
    """What two rows whose terms match differ in: case and accents, and maybe spacing
    (``notice\u00a0period``)."""
    spaced = any(" ".join(x.split()) != x for x in (a.source, a.target, b.source, b.target))
    return "case, accents and spacing" if spaced else "case and accents"

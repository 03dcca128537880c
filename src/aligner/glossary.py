"""Read a glossary TSV file into a :class:`~aligner.model.Glossary`.

The format is documented in ``docs/glossary.md``.  In short: UTF-8 TSV, a
header whose first two cells are language codes, optional ``status``,
``note`` and ``case`` columns, ``#`` comment lines and blank lines ignored.
Every problem raises :class:`~aligner.errors.GlossaryError` naming the file
and line, so the CLI can say exactly where to look.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable
from dataclasses import replace

from aligner.errors import GlossaryError, GlossaryPairError
from aligner.fileio import decode, read_bytes, read_text
from aligner.glossary_case import case_cell as case_cell  # re-exported
from aligner.glossary_case import case_rule as case_rule  # re-exported
from aligner.glossary_case import is_acronym as is_acronym  # re-exported
from aligner.glossary_languages import (
    LANG_CODE,
    Picked,
    forbids_other_term,
    pick_cells,
    pick_header,
    picked_languages,
)
from aligner.glossary_repeats import _folds, _repeats
from aligner.glossary_repeats import keep_or_raise as keep_or_raise  # re-exported
from aligner.glossary_repeats import without_repeats as without_repeats  # re-exported
from aligner.glossary_words import (
    case_of,
    column_of,
    pos_of,
    refuse_unread_statuses,
    status_of,
)
from aligner.lang import same_language
from aligner.lang.tags import fold_name
from aligner.model import Glossary, GlossaryEntry, TermStatus

_HEADER_EXAMPLE = "expected e.g. 'es<TAB>en<TAB>status<TAB>note'"


def load_glossary(
    path: str | os.PathLike[str],
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    encoding: str = "utf-8",
    errors: list[GlossaryError] | None = None,
) -> Glossary:
    """Read the glossary TSV at ``path`` for the pair ``src_lang`` -> ``tgt_lang``.

    Either language may be omitted; the file's own orientation is then taken
    where it fits.  A file written the other way round is read reversed.  Other
    glossary formats (CSV, TBX, OmegaT TSV, .xlsx) are read by
    :func:`aligner.formats.read_glossary`, which calls this for TSV.  The first bad
    row raises its :class:`GlossaryError`; given ``errors``, every bad row's error is
    put there instead and the row left out (what ``glossary validate`` lists).
    """
    name = os.fspath(path)
    data = read_bytes(name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _parse_excel_text(decode(data, path=name), path=name, src_lang=src_lang,
                                 tgt_lang=tgt_lang, errors=errors)
    return parse_glossary(read_text(name, encoding=encoding), path=name, src_lang=src_lang,
                          tgt_lang=tgt_lang, errors=errors)


def _parse_excel_text(text: str, *, path: str, src_lang: str | None,
                      tgt_lang: str | None, errors: list[GlossaryError] | None) -> Glossary:
    """A glossary saved by Excel as "Unicode Text": UTF-16 with a byte-order mark,
    tab-separated, and a cell that holds a tab, a line break or a ``"`` written in
    quotes with its quotes doubled (``5" screen`` is ``"5"" screen"``).  Excel quotes every
    cell with a ``"``, so in such a file a cell that starts with one is quoted;
    a UTF-8 TSV, which has no quoting, keeps a leading ``"`` as text.  A cell keeps
    its line breaks, as one of a CSV glossary does."""
    from aligner.formats.csvfmt import csv_rows

    return _parse_rows(csv_rows(text, "\t", path=path, error=GlossaryError), text=text,
                       path=path, src_lang=src_lang, tgt_lang=tgt_lang, errors=errors)


def is_header(cells: list[str]) -> bool:
    """Whether ``cells`` look like a glossary TSV header: two language codes, then
    known column names (:func:`~aligner.glossary_words.column_of`: ``status``,
    ``Estado``, ``Remarque``); or two languages named in words (``English (UK)``), then
    one known column name or more (two names alone may be a row of terms)."""
    from aligner.lang.regions import named_language

    if len(cells) < 2 or not all(column_of(c) is not None for c in cells[2:]):
        return False
    codes = [LANG_CODE.fullmatch(c.strip()) is not None for c in cells[:2]]
    return all(codes) or (len(cells) > 2 and all(
        code or named_language(c) is not None for code, c in zip(codes, cells, strict=False)))


def parse_glossary(
    text: str,
    *,
    path: str = "<glossary>",
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    errors: list[GlossaryError] | None = None,
) -> Glossary:
    """Parse glossary TSV ``text`` (see :func:`load_glossary`)."""
    text = text.removeprefix("\ufeff")
    rows = ((lineno, raw.rstrip("\r").split("\t"))
            for lineno, raw in enumerate(text.splitlines(), start=1))
    return _parse_rows(rows, text=text, path=path, src_lang=src_lang, tgt_lang=tgt_lang,
                       errors=errors)


def _parse_rows(rows: Iterable[tuple[int, list[str]]], *, text: str, path: str,
                src_lang: str | None, tgt_lang: str | None,
                errors: list[GlossaryError] | None) -> Glossary:
    """The glossary of TSV ``rows`` (the line each starts on, its cells) of ``text``."""
    header: list[str] | None = None
    header_line = 0
    columns: dict[str, int] = {}
    picked: Picked | None = None  # several languages
    languages: tuple[str, ...] = ()
    entries: list[GlossaryEntry] = []
    data: list[tuple[int, list[str]]] = []  # every row after the header, bad ones too
    # Earlier rows by their terms as matching folds them (see _same_row).
    seen: dict[tuple[str, str], list[GlossaryEntry]] = {}
    for lineno, raw_cells in rows:
        if not "".join(raw_cells).strip() or "\t".join(raw_cells).lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw_cells]
        if header is None:
            langs, columns = _parse_header(cells, path=path, line=lineno)
            header, header_line = [*langs, *cells[2:]], lineno
            picked = picked_languages(header, columns, src_lang, tgt_lang)
            header, columns, languages = pick_header(header, columns, picked)
            continue
        pair_cells = pick_cells(cells, picked)
        if pair_cells is None:
            continue  # no term in one of the two languages: not this pair's row
        cells = pair_cells
        data.append((lineno, cells))
        try:
            entry = parse_row(cells, columns, ncols=len(header), path=path, line=lineno)
            if entry.status is TermStatus.FORBIDDEN and forbids_other_term(picked):
                continue  # it forbids a rendering of the first column's term, not this one's
            if _repeats(entry, seen, folds=_folds(header[0], header[1]), path=path) is None:
                entries.append(entry)
        except GlossaryError as exc:
            keep_or_raise(exc, errors)
    if header is None:
        what = "has only blank and comment lines" if text.strip() else "is empty"
        raise GlossaryError(f"no header line: the file {what} ({_HEADER_EXAMPLE})",
                            path=path, line=1)
    refuse_unread_statuses(header, columns, data, path=path, line=header_line)
    return orient_glossary(Glossary(header[0], header[1], tuple(entries), path=path,
                                    ignored=ignored_names(columns), languages=languages),
                           src_lang=src_lang, tgt_lang=tgt_lang, line=header_line)


def with_case_rule(glossary: Glossary) -> Glossary:
    """Entries of a format without a ``case`` column (CSV, TBX, OmegaT, .xlsx) match as
    the TSV's do without one: a term in capitals case-sensitively (:func:`is_acronym`)."""
    return replace(glossary, entries=tuple(
        replace(e, case_sensitive=is_acronym(e.source),
                target_case_sensitive=is_acronym(e.target))
        for e in glossary.entries))


def orient_glossary(glossary: Glossary, *, src_lang: str | None, tgt_lang: str | None,
                    line: int | None = None) -> Glossary:
    """``glossary`` for the pair ``src_lang`` -> ``tgt_lang``: as it is, or reversed
    when it is written the other way round; a :class:`GlossaryError` (on ``line``,
    the header) when it fits neither way."""
    path = glossary.path
    entries = list(glossary.entries)
    file_src, file_tgt = glossary.src_lang, glossary.tgt_lang
    reverse = _orientation(file_src, file_tgt, src_lang, tgt_lang, path=path, line=line)
    if reverse:
        # A forbidden row names a wrong *target* rendering in the file's own
        # direction; read backwards it would forbid the correct source-language
        # term, so forbidden rows are left out of a reversed glossary.
        entries = [
            replace(
                e,
                source=e.target,
                target=e.source,
                case_sensitive=e.target_case_sensitive,
                target_case_sensitive=e.case_sensitive,
                capitalised=e.target_capitalised,
                target_capitalised=e.capitalised,
            )
            for e in entries
            if e.status is not TermStatus.FORBIDDEN
        ]
        file_src, file_tgt = file_tgt, file_src
    return Glossary(src_lang=file_src, tgt_lang=file_tgt, entries=tuple(entries), path=path,
                    ignored=glossary.ignored, languages=glossary.languages)


def known_language(code: str, *, path: str, line: int) -> None:
    """Refuse a glossary header's language code that names no language (``foo``),
    with the code it may have meant (``spanish`` -> ``es``)."""
    from aligner.lang.tags import is_valid_tag, suggest_code

    if is_valid_tag(code):
        return
    hint = suggest_code(code)
    see = f"did you mean {hint}?" if hint else "see docs/languages.md"
    raise GlossaryError(f"the header's {code!r} is not a known language code such as es, "
                        f"en-GB or zh-Hans; {see}", path=path, line=line)


def header_language(cell: str, *, path: str, line: int) -> str:
    """The language of a header cell: a code, as written (:func:`known_language`), or a
    language named in words, as its tag (``English`` -> ``en``, ``English (UK)`` ->
    ``en-GB``, :mod:`aligner.lang.regions`); brackets that name no region or script
    the reader knows are an error, on ``line``."""
    from aligner.lang.regions import named_language

    named = None if LANG_CODE.fullmatch(cell) else named_language(cell)
    if named is None:
        known_language(cell, path=path, line=line)
        return cell
    if named.tag is None:
        example = _REGION_EXAMPLES.get(named.language, "GB")  # (es-GB was no help)
        raise GlossaryError(f"the header's {cell!r}: {named.unknown!r} is no region or "
                            f"script this reader knows by name; write a language tag such "
                            f"as {named.language}-{example} instead", path=path, line=line)
    return named.tag


#: A region the error for an unknown one shows as an example, by language.
_REGION_EXAMPLES = {"es": "419", "pt": "BR", "fr": "CA", "de": "AT", "zh": "TW", "ar": "EG"}


def _parse_header(cells: list[str], *, path: str,
                  line: int) -> tuple[tuple[str, str], dict[str, int]]:
    """The languages of a TSV header (tags, :func:`header_language`) and its other
    columns (:func:`optional_columns`)."""
    # The first line that is not blank or a comment is the header; when it does
    # not start with two language codes the file has none (docs/glossary.md, Errors).
    if len(cells) < 2 and LANG_CODE.fullmatch(cells[0]):
        raise GlossaryError(f"no header line: {cells[0]!r} is not followed by a tab and "
                            f"the target language code (a header starts with two language "
                            f"codes, {_HEADER_EXAMPLE})", path=path, line=line)
    if len(cells) < 2:
        raise GlossaryError(f"no header line: {cells[0]!r} is one cell, not two language "
                            f"codes separated by a tab ({_HEADER_EXAMPLE})", path=path, line=line)
    if not cells[0] or not cells[1]:
        side = "source" if not cells[0] else "target"
        raise GlossaryError(f"no header line: the {side} language code is empty "
                            f"(a header starts with two language codes, {_HEADER_EXAMPLE})",
                            path=path, line=line)
    from aligner.lang.regions import named_language
    from aligner.lang.tags import suggest_code

    # a language's name where its code belongs (Japanese, deutsch, English (UK)) is a
    # header all the same when the other cell is a code or a name too: it is read as the
    # tag it names, and a near miss (japanse) gets the code it may mean in an error (any
    # other cell of several words is a term: a file without a header)
    named = [LANG_CODE.fullmatch(c) is not None or named_language(c) is not None
             or (len(c.split()) == 1 and suggest_code(c) is not None) for c in cells[:2]]
    if not all(named):  # the cell to blame names no language; its peer may
        raise GlossaryError(f"no header line: header cell {cells[named.index(False)]!r} is "
                            f"not a language code ({_HEADER_EXAMPLE})", path=path, line=line)
    src, tgt = (header_language(code, path=path, line=line) for code in cells[:2])
    return (src, tgt), optional_columns(cells, path=path, line=line)


def optional_columns(cells: list[str], *, path: str, line: int) -> dict[str, int]:
    """The header's columns after the two languages, by what they name (``status``,
    ``note``, ``case``, in any order, in English or another language of
    :mod:`aligner.glossary_words`: ``Estado``, ``Remarque``); a name given twice, or two
    names of the status or case column, are an error on ``line``.  Any other column (a
    client's ``domain``, a second note column) is left out, under its name after ``?``
    (:func:`ignored_names`)."""
    columns: dict[str, int] = {}
    first: dict[str, str] = {}  # a column read -> the name that heads it
    for i, cell in enumerate(cells[2:], start=2):
        name = cell.strip()
        if not name:
            continue  # an empty header cell: nothing to read there
        column = column_of(name)
        if column is not None and column in columns:
            if fold_name(first[column]) == fold_name(name):
                raise GlossaryError(f"column {name!r} appears twice", path=path, line=line)
            if column != "note":
                raise GlossaryError(f"columns {first[column]!r} and {name!r} both name the "
                                    f"{column} column; keep one", path=path, line=line)
            column = None  # a second note column (note, comment): left out, and said
        key = column or f"?{name}"
        if key in columns:
            raise GlossaryError(f"column {name!r} appears twice", path=path, line=line)
        columns[key] = i
        if column is not None:
            first[column] = name
    return columns


def ignored_names(columns: dict[str, int]) -> tuple[str, ...]:
    """The columns :func:`optional_columns` left out, as the header names them."""
    return tuple(k[1:] for k in columns if k.startswith("?"))


def parse_row(
    cells: list[str], columns: dict[str, int], *, ncols: int, path: str, line: int,
    separator: str = "tab",
) -> GlossaryEntry:
    """One row of a glossary with a header (``columns`` from :func:`optional_columns`);
    ``separator`` names what separates cells, for the message of a row of one cell."""
    if len(cells) > ncols or len(cells) < 2:
        have = f"1 cell (no {separator})" if len(cells) == 1 else f"{len(cells)} cells"
        raise GlossaryError(
            f"row has {have}, the header has {ncols} "
            "(trailing empty cells may be omitted, the two terms may not)",
            path=path, line=line,
        )

    def cell(name: str) -> str:
        i = columns.get(name)
        return cells[i] if i is not None and i < len(cells) else ""

    source, target = cells[0], cells[1]
    if not source or not target:
        side = "source" if not source else "target"
        raise GlossaryError(f"empty {side} term", path=path, line=line)
    status = status_of(cell("status")) if cell("status") else TermStatus.PREFERRED
    if status is None:
        raise GlossaryError(
            f"unknown status {cell('status')!r} (expected preferred, allowed or forbidden)",
            path=path, line=line,
        )
    case_text = cell("case").strip()
    rule = case_of(case_text) if case_text else None
    if case_text and rule is None:
        raise GlossaryError(
            f"unknown case {cell('case')!r} (expected sensitive, insensitive or capitalised)",
            path=path, line=line,
        )
    pos_text = cell("pos").strip()
    pos = pos_of(pos_text) if pos_text else ""
    if pos is None:
        raise GlossaryError(f"unknown part of speech {pos_text!r} (expected noun, verb, "
                            "adjective, adverb, properNoun or other)", path=path, line=line)
    if rule is not None:
        src_cs = tgt_cs = rule == "sensitive"
        capitalised = rule == "capitalised"
    else:
        src_cs, tgt_cs = is_acronym(source), is_acronym(target)
        capitalised = False
    return GlossaryEntry(
        source=source,
        target=target,
        status=status,
        note=cell("note"),
        case_sensitive=src_cs,
        target_case_sensitive=tgt_cs,
        capitalised=capitalised,
        target_capitalised=capitalised,
        line=line,
        pos=pos,
    )


def _orientation(
    file_src: str,
    file_tgt: str,
    src_lang: str | None,
    tgt_lang: str | None,
    *,
    path: str,
    line: int | None,
) -> bool:
    """Return True when the file must be read reversed for the requested pair."""
    def fits(a: str, b: str) -> bool:
        return (src_lang is None or same_language(src_lang, a)) and (
            tgt_lang is None or same_language(tgt_lang, b)
        )

    if fits(file_src, file_tgt):
        return False
    if fits(file_tgt, file_src):
        return True
    from aligner.lang.tags import code_warnings

    wanted = f"{src_lang or '*'} -> {tgt_lang or '*'}"
    notes = "; ".join(code_warnings(file_src, file_tgt))  # kr is Kanuri; Korean is ko
    raise GlossaryPairError(
        f"glossary is for {file_src} -> {file_tgt}, not {wanted}" + (f" ({notes})" if notes
                                                                       else ""),
        path=path, line=line,
    )

"""The languages a glossary TSV's header names: the shape of a language code, and the
two columns of the pair asked for in a glossary of several languages."""

from __future__ import annotations

import re

from aligner.lang import lang_matches, primary
from aligner.lang.tags import is_valid_tag

LANG_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*")
# column names that are language codes too: a row's identifier, its number (not
# Indonesian and Norwegian)
_NOT_LANGUAGES = frozenset({"id", "no"})


def picked_languages(header: list[str], columns: dict[str, int], src_lang: str | None,
                     tgt_lang: str | None) -> tuple[tuple[int, int], frozenset[int]] | None:
    """For a header that names more than two languages (``es  en  fr  pt-BR  status``: a
    glossary of one source and several targets, a row a concept), the columns of the
    pair asked for -- each language asked for where the header has it (``zh-TW`` in a
    ``zh-Hant`` column, not a ``zh-Hans`` one: :func:`aligner.lang.lang_matches`; else
    a column of its script, ``zh-TW`` for ``zh-HK``), the source the
    first column when only the target is asked for -- and every language column after
    the first two (read as no other column); None for a glossary of two languages.  A
    pair none of whose languages is there is the first two columns', which
    :func:`aligner.glossary.orient_glossary` refuses as for any glossary of another pair."""
    extra = {i for key, i in columns.items() if key.startswith("?")
             and column_language(header[i]) is not None}
    if not extra:
        return None
    langs = [(i, column_language(header[i]) or header[i]) for i in (0, 1, *sorted(extra))]

    def find(lang: str | None) -> int | None:
        if lang is None:
            return None
        exact = [i for i, code in langs if code.casefold() == lang.casefold()]
        near = (exact or [i for i, code in langs if lang_matches(lang, code)]
                or [i for i, code in langs if _same_script(lang, code)])
        return near[0] if near else None

    s, t = find(src_lang), find(tgt_lang)
    if t is not None and s is None and src_lang is None:
        s = 0 if t != 0 else 1
    if s is not None and t is None and tgt_lang is None:
        t = 1 if s == 0 else 0
    if s is None or t is None or s == t:
        s, t = 0, 1
    return (s, t), frozenset(extra)


def _same_script(lang: str, code: str) -> bool:
    """Whether two Chinese tags name one script (``zh-HK`` and ``zh-TW``)."""
    from aligner.lang.chinese_tags import chinese_script

    return primary(lang) == primary(code) and chinese_script(lang) is not None and (
        chinese_script(lang) == chinese_script(code))


def column_language(cell: str) -> str | None:
    """The language a header column after the first two names: a code (``zh-Hant``) or
    a language named in words, as its tag (``Chinese (Traditional)``, ``繁體中文``:
    :mod:`aligner.lang.regions`); None for any other column (``status``, ``id``)."""
    from aligner.lang.regions import named_language

    if LANG_CODE.fullmatch(cell):
        return cell if is_valid_tag(cell) and cell.casefold() not in _NOT_LANGUAGES else None
    named = named_language(cell)
    return named.tag if named is not None else None


#: The pair a term base's header gives (:func:`picked_languages`): the columns read, and
#: every language column after the first two.
Picked = tuple[tuple[int, int], frozenset[int]]


def pick_header(header: list[str], columns: dict[str, int], picked: Picked | None
                ) -> tuple[list[str], dict[str, int], tuple[str, ...]]:
    """The header as the pair ``picked`` reads it: its two languages first, the columns
    without the other languages'; and every language of the header, in order (empty for
    a glossary of two languages)."""
    if picked is None:
        return header, columns, ()
    (s, t), others = picked
    header = [column_language(cell) or cell if i in others else cell
              for i, cell in enumerate(header)]
    languages = tuple(header[i] for i in (0, 1, *sorted(others)))
    return ([header[s], header[t], *header[2:]],
            {k: i for k, i in columns.items() if i not in others}, languages)


def pick_cells(cells: list[str], picked: Picked | None) -> list[str] | None:
    """A row's cells as the pair ``picked`` reads them (the pair's two terms first), or
    None for a row with no term in one of the two languages: no row of the pair."""
    if picked is None:
        return cells
    s, t = picked[0]
    if not (s < len(cells) and t < len(cells) and cells[s] and cells[t]):
        return None
    return [cells[s], cells[t], *cells[2:]]


def forbids_other_term(picked: Picked | None) -> bool:
    """Whether a forbidden row is left out of the pair ``picked``: a row forbids the
    renderings of the first column's term, so it is read for a pair whose source is the
    first column only (as a glossary read the other way round leaves it out)."""
    return picked is not None and picked[0][0] != 0

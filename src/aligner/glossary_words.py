"""The words of a glossary's header and status cells, in the languages people write
their glossaries in.

A publisher's spreadsheet heads its columns in its own language (``Inglés``,
``Español``, ``Estado``, ``Nota``) and fills the status column with its own words
(``prohibido``, ``préféré``, ``verboten``).  The names of the columns after the two
languages are those of ``aligner/lang/glossary_columns.tsv``, the status words those
of ``glossary_statuses.tsv``, the case words those of ``glossary_cases.tsv``, the
part-of-speech words those of ``glossary_pos.tsv``: English, Spanish, French, German,
Italian, Portuguese, Dutch, Polish and Arabic (its header and status words), letter case,
accents and runs of spaces aside (:func:`fold_name`; for Arabic, harakat and the hamza on
alef aside too).

A column the header names otherwise is left out, but not when its cells are status
words (:func:`refuse_unread_statuses`): a status column under a name this list lacks
would otherwise be dropped, and its forbidden renderings read as preferred.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from aligner.errors import ConfigError, GlossaryError
from aligner.lang.base import read_data
from aligner.lang.tags import fold_name
from aligner.model import TermStatus

COLUMNS = ("status", "note", "case", "pos")
_COLUMNS_FILE = "glossary_columns.tsv"
_STATUSES_FILE = "glossary_statuses.tsv"
_CASES_FILE = "glossary_cases.tsv"
_POS_FILE = "glossary_pos.tsv"
#: the rules a ``case`` cell gives (:func:`case_of`)
CASE_RULES = ("sensitive", "insensitive", "capitalised")
#: the parts of speech a ``pos`` cell gives (:func:`pos_of`), TBX's ``partOfSpeech`` values
PARTS_OF_SPEECH = ("noun", "verb", "adjective", "adverb", "properNoun", "other", "person")
_LANGS = re.compile(r"[a-z]{2,3}(?: [a-z]{2,3})*")


def _table(name: str, meanings: Iterable[str]) -> dict[str, str]:
    """A data file of ``word TAB meaning TAB languages`` lines: the folded word ->
    its meaning, one of ``meanings``; a malformed line or a word given twice is a
    :class:`ConfigError`."""
    text = read_data("aligner.lang", name)
    if text is None:
        raise ConfigError(f"{name} is missing from the aligner.lang package")
    allowed = set(meanings)
    out: dict[str, str] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 3 or not cells[0].strip() or cells[1] not in allowed \
                or not _LANGS.fullmatch(cells[2]):
            raise ConfigError(f"{name}:{lineno}: expected a word, a tab, one of "
                              f"{', '.join(sorted(allowed))}, a tab and language codes; "
                              f"got {line!r}")
        word = fold_name(cells[0])
        if word in out:
            raise ConfigError(f"{name}:{lineno}: {cells[0]!r} is listed twice")
        out[word] = cells[1]
    return out


@cache
def column_names() -> dict[str, str]:
    """``glossary_columns.tsv``: a header name, folded -> the column it names."""
    return _table(_COLUMNS_FILE, COLUMNS)


@cache
def status_words() -> dict[str, TermStatus]:
    """``glossary_statuses.tsv``: a status word, folded -> the status it gives."""
    return {word: TermStatus(status)
            for word, status in _table(_STATUSES_FILE, (s.value for s in TermStatus)).items()}


@cache
def case_words() -> dict[str, str]:
    """``glossary_cases.tsv``: a case cell's word, folded -> the rule it gives."""
    return _table(_CASES_FILE, CASE_RULES)


@cache
def pos_words() -> dict[str, str]:
    """``glossary_pos.tsv``: a part-of-speech cell's word, folded -> the part of speech."""
    return _table(_POS_FILE, PARTS_OF_SPEECH)


def pos_of(cell: str) -> str | None:
    """The part of speech (``noun``, ``verb``, ...: :data:`PARTS_OF_SPEECH`) a cell's
    word gives (``Noun``, ``sustantivo``, ``Verb``, ``adj``), or None."""
    return pos_words().get(fold_name(cell))


def case_of(cell: str) -> str | None:
    """The rule (``sensitive``, ``insensitive``, ``capitalised``) a case cell's word
    gives (``Capitalized``, ``mayúscula inicial``), or None."""
    return case_words().get(fold_name(cell))


def column_of(name: str) -> str | None:
    """The column (``status``, ``note``, ``case``, ``pos``) a header cell names (``Estado``,
    ``Remarque``, ``Hinweis``), or None."""
    return column_names().get(fold_name(name))


def status_of(cell: str) -> TermStatus | None:
    """The status a cell's word gives (``forbidden``, ``Prohibido``, ``interdite``,
    ``nicht verwenden``), or None."""
    return status_words().get(fold_name(cell))


def refuse_unread_statuses(header: list[str], columns: dict[str, int],
                           rows: Iterable[tuple[int, list[str]]], *, path: str,
                           line: int) -> None:
    """Refuse, with a :class:`GlossaryError` on the header's ``line``, a column of
    ``header`` that ``columns`` (:func:`aligner.glossary.optional_columns`) does not read
    -- a name no reader knows, or none -- whose cells are status words: most of its
    cells that are not empty, or any when it is the third column of a glossary without
    a status column, where the status belongs.  ``rows``: the glossary's rows, ``(line,
    cells)``."""
    read = {i for key, i in columns.items() if not key.startswith("?")}
    unread = [i for i in range(2, len(header)) if i not in read]
    cells: dict[int, list[tuple[int, str]]] = {i: [] for i in unread}
    for lineno, row in rows:
        for i in unread:
            if i < len(row) and row[i].strip():
                cells[i].append((lineno, row[i].strip()))
    for i in unread:
        words = [(lineno, c) for lineno, c in cells[i] if status_of(c) is not None]
        in_place = i == 2 and "status" not in columns
        if words and (in_place or 2 * len(words) > len(cells[i])):
            name = f"({header[i]!r})" if header[i].strip() else "(no name)"
            first_line, first = words[0]
            raise GlossaryError(
                f"column {i + 1} {name} is not read, but its cells are statuses ({first!r} "
                f"on line {first_line}; {len(words)} of its {len(cells[i])} filled cells): "
                f"expected a status column headed 'status' or its name in another "
                f"language of docs/glossary.md (Estado, Statut, Stato, ...); rename the "
                f"header cell so that the rows' statuses are read", path=path, line=line)

"""The words of a glossary's header and status cells, in the languages people write
their glossaries in.

A publisher's spreadsheet heads its columns in its own language (``Inglés``,
``Español``, ``Estado``, ``Nota``) and fills the status column with its own words
(``prohibido``, ``préféré``, ``verboten``).  The names of the columns after the two
languages are those of ``aligner/lang/glossary_columns.tsv``, the status words those
of ``glossary_statuses.tsv``: English, Spanish, French, German, Italian, Portuguese
and Dutch, letter case, accents and runs of spaces aside (:func:`fold_name`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from aligner.errors import ConfigError
from aligner.lang.base import read_data
from aligner.lang.tags import fold_name
from aligner.model import TermStatus

COLUMNS = ("status", "note", "case")
_COLUMNS_FILE = "glossary_columns.tsv"
_STATUSES_FILE = "glossary_statuses.tsv"
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


def column_of(name: str) -> str | None:
    """The column (``status``, ``note``, ``case``) a header cell names (``Estado``,
    ``Remarque``, ``Hinweis``), or None."""
    return column_names().get(fold_name(name))


def status_of(cell: str) -> TermStatus | None:
    """The status a cell's word gives (``forbidden``, ``Prohibido``, ``interdite``,
    ``nicht verwenden``), or None."""
    return status_words().get(fold_name(cell))


"""The symbols of units of measure (``aligner/lang/generic/unit_symbols.txt``: ``mg``,
``km``, ``°C``), the same in every language, and a unit symbol right after a number,
which the number checks read: a decimal sign before one is a decimal sign
(:mod:`aligner.check.numbers`, :mod:`aligner.check.number_format`).  The table also
gives a unit's quantity and size (``mg``: mass, 1e-3 grams), which tells a changed
amount from a unit written otherwise (:func:`unit_scales`)."""

from __future__ import annotations

import re
from functools import cache

from aligner.errors import ConfigError
from aligner.lang import PERCENT_BASES_DATA, UNIT_SYMBOLS_DATA, generic_data
from aligner.lang.base import word_list

#: The letters of the scripts that write the next word, or a particle, right onto a unit
#: symbol: Han, kana and Hangul (Japanese ``0.12mmの``, ``1.5m/sで``, Chinese ``5mm的``,
#: Korean ``5mm의``).  A unit symbol ends before one of them as it ends before a space.
GLUED_SCRIPTS = ("\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
                 "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af")
#: After a unit symbol: no letter of a script that spaces its words (``2.5 mgs`` has no
#: ``mg``; ``5 mm``, ``5mm.``, ``5mm2`` and ``5mmの`` have it).
UNIT_END = rf"(?![^\W\d_{GLUED_SCRIPTS}])"
#: After a unit symbol: no digit either (``mg2`` is no ``mg``).
UNIT_END_NO_DIGIT = rf"(?![^\W_{GLUED_SCRIPTS}])"


@cache
def _table() -> tuple[tuple[str, ...], ...]:
    text = generic_data(UNIT_SYMBOLS_DATA)
    if text is None:
        raise ConfigError(f"aligner/lang/generic/{UNIT_SYMBOLS_DATA} is missing")
    rows = tuple(tuple(line.split()) for line in word_list(text))
    for row in rows:
        if len(row) not in (1, 3) or (len(row) == 3 and row[2] != "-"
                                      and not _is_size(row[2])):
            raise ConfigError(f"aligner/lang/generic/{UNIT_SYMBOLS_DATA}: '{' '.join(row)}' "
                              "is neither a symbol nor a symbol, its quantity and its size "
                              "(a number, or - for a scale)")
    return rows


def _is_size(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@cache
def unit_symbols() -> frozenset[str]:
    """Symbols of units of measure (``aligner/lang/generic/unit_symbols.txt``)."""
    return frozenset(row[0] for row in _table())


@cache
def unit_scales() -> dict[str, tuple[str, float]]:
    """The quantity a unit symbol measures and its size in the quantity's base unit
    (``mg``: ``("mass", 0.001)``), for the symbols the table gives them: units that are
    multiples of one another.  ``°C`` and ``°F`` have none: no factor turns one into
    the other (:func:`unit_quantities` gives them their quantity)."""
    return {row[0]: (row[1], float(row[2])) for row in _table()
            if len(row) == 3 and row[2] != "-"}


@cache
def unit_quantities() -> dict[str, str]:
    """The quantity each unit symbol measures, for the symbols the table gives one,
    scales without a size included (``°C``: ``"temperature"``)."""
    return {row[0]: row[1] for row in _table() if len(row) == 3}


@cache
def unit_after() -> re.Pattern[str]:
    """A unit symbol right after a number, to match at the number's end (``2.5 mg``,
    ``0.5%``, ``37.5 °C``, ``0.12mmの``; not ``2.5 mgs``)."""
    units = "|".join(map(re.escape, sorted(unit_symbols(), key=len, reverse=True)))
    return re.compile(rf"[ \u00a0\u202f]?(?:{units}|° ?[CF]){UNIT_END}")


def percent_key(form: str) -> str:
    """A percentage of a basis as :func:`percent_bases` keys it: lower case, no space,
    ``％`` written ``%`` (``Gew.-%``, ``gew.- ％``: ``gew.-%``)."""
    return "".join(form.split()).replace("\uff05", "%").lower()


@cache
def percent_bases() -> dict[str, str]:
    """The percentages of a stated basis (``aligner/lang/generic/percent_bases.txt``),
    each form's :func:`percent_key` and its basis: ``wt.%``, ``gew.-%``: ``mass``."""
    text = generic_data(PERCENT_BASES_DATA)
    if text is None:
        raise ConfigError(f"aligner/lang/generic/{PERCENT_BASES_DATA} is missing")
    bases: dict[str, str] = {}
    for line in word_list(text):
        basis, _, form = line.partition("\t")
        if not form.strip() or "%" not in form:
            raise ConfigError(f"aligner/lang/generic/{PERCENT_BASES_DATA}: '{line}' is not "
                              "a basis, a tab and a form with %")
        bases[percent_key(form)] = basis.strip()
    return bases


@cache
def percent_forms() -> str:
    """A regular expression of the forms of :func:`percent_bases`, longest first: a space
    of a form matches any space or none, ``%`` the full-width ``％`` too, and case is
    ignored."""
    percent_bases()  # the file is there and well formed
    forms = []
    for line in word_list(generic_data(PERCENT_BASES_DATA)):
        words = line.partition("\t")[2].split()
        forms.append("[ \u00a0\u202f]*".join(
            re.escape(word).replace("%", "[%\uff05]") for word in words))
    return "(?i:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"

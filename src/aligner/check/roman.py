"""Roman numerals, for number-mismatch: ``el capítulo II`` / ``Chapter III``, ``el siglo
XIX`` / ``the 18th century``, ``Felipe II`` / ``Philip III``.

Any well-formed Roman numeral in capitals on one side answers the same number on the
other (``CHAPTER 2`` / ``CAPÍTULO II``: :data:`ROMAN`).  A numeral is read as a number of
its own -- to be answered by the other side's digits, Roman numeral or number word
(``Chapter 2``, ``the nineteenth century``, ``la Segunda Guerra Mundial``) -- only where
it can be nothing else, in a language whose ``numbers.tsv`` has a ``roman_after`` list:

* after one of those words (chapter, part, volume, book, act, scene, century, formula:
  ``Chapter III``, ``el siglo XIX``, ``CAPÍTULO IV``, ``formula II``), or before a
  ``roman_before`` one (French ``XIXe siècle``);
* in parentheses after one of those words (``formula (II)``, ``der Formel (III)``,
  ``式（III）``, ``化学式(I)``), a letter that is a word too included (``formula (I)``:
  in parentheses it is no pronoun), the full-width capitals (``式（ＩＩ）``) and the
  numeral signs (``式（Ⅱ）``) too; in Chinese and Japanese, which write the words
  before it onto the word (``化合物は式（I）``, ``具有通式(I)``), the listed word ends
  the run of letters, and one of a single character (``式``) stands after no other
  Han character (``方式（I）``, a system, is no formula; the words before it that make
  one are listed: ``化学式``, ``下記式``);
* after a capitalised word, as a sovereign's or a pope's number or a war's (``Felipe
  II``, ``John Paul II``, ``World War II``, ``Apollo XI``): of the letters I, V and X
  alone (not ``DC``, ``CD``, ``MIX``, ``LCD``), at most ``XXXIX``.

A letter the language writes as a word (the ``roman_not`` list: English ``I``) is read
only after a capitalised ``roman_after`` word (``Part I``, not ``in part I agree``) or
in parentheses after one, and never after a name (``Then I``, ``Miss Bennet I assure
you``).  A numeral in parentheses after any other word is a list's label or a pronoun
(``(I) the first``, ``as (I) said``), no number.
"""

from __future__ import annotations

import re
from functools import cache

from aligner.check.folding import strip_accents

#: A number of a unit: value, start, end and kind, as :mod:`aligner.check.dates` has it.
Item = tuple[str, int, int, str]

#: A Roman numeral, or a French one made ordinal (XIXe, XIXᵉ, Ier, IIe siècle).
ROMAN = re.compile(r"\b([IVXLCDM]+)(?:\b|(?:e|è|ème|ᵉ|er|ère|re)\b)")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# a numeral after a word and spaces (a dot: Cap. II), standing alone
_AFTER_WORD = re.compile(r"([^\W\d_]+)\.?[ \u00a0]+([IVXLCDM]+)(?![\w\-])")
# a numeral, perhaps made ordinal (XIXe), before a word
_BEFORE_WORD = re.compile(r"(?<![\w\-])([IVXLCDM]+)(?:e|è|ème|ᵉ|er|ère|re)?[ \u00a0]+"
                          r"([^\W\d_]+)")
# a numeral in parentheses (formula (II), 式（III）, 式（Ⅲ）), and the word before it,
# spaces or none between, looked for back from the parenthesis
_IN_PARENS = re.compile(r"[(（]([IVXLCDM]+|[\u2160-\u216b])[)）]")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \u00a0]*\Z")
_LOOK_BACK = 60
# the full-width capitals a Japanese text may write a numeral with (式（ＩＩＩ）)
_FULL_WIDTH = str.maketrans("ＩＶＸＬＣＤＭ", "IVXLCDM")
# a numeral sign (Ⅰ-Ⅻ) or a numeral in full-width capitals: the quick look's too
_NUMERAL_SIGN = re.compile("[\u2160-\u216bＩＶＸＬＣＤＭ]")
# Han characters and kana: a run of them is words written together
_HAN_OR_KANA = re.compile("[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN = re.compile("[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_REGNAL = re.compile(r"[IVX]+")
# any numeral standing as a word: a text without one has none to read (a quick look);
# (?<![\w\-])[IVXLCDM]+..., its first letter put first so that the search skips to
# the letters, three times as fast on benchmarks/check_speed.py's units
_NUMERAL = re.compile(r"[IVXLCDM](?<![\w\-].)[IVXLCDM]*(?:e|è|ème|ᵉ|er|ère|re)?(?![\w\-])")
_MAX_REGNAL = 39


def roman_value(numeral: str) -> int | None:
    """Value of a well-formed Roman numeral in capitals (``XIX`` -> 19), else None."""
    total = 0
    for i, ch in enumerate(numeral):
        v = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -v if v < nxt else v
    return total if total > 0 and to_roman(total) == numeral else None


def to_roman(n: int) -> str:
    """``n`` (1 or more) as a Roman numeral in capitals."""
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _fold(word: str) -> str:
    return strip_accents(word.lower())


@cache
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    """A language's list of words, folded once (not again for every text)."""
    return frozenset(map(_fold, words))


def _after_listed(run: str, after: frozenset[str]) -> bool:
    """Whether a run of letters ends with one of the words ``after`` (folded): the word
    itself, or, where Chinese or Japanese write words together (``化合物は式``), its last
    word -- one of a single Han character standing after no other (``は式``, not
    ``方式``)."""
    folded = _fold(run)
    if folded in after:
        return True
    if not _HAN_OR_KANA.match(run[-1]):
        return False
    return any(folded.endswith(word) and (len(word) > 1 or not _HAN.match(run[-2]))
               for word in after)


def _in_parens(text: str, after: frozenset[str]) -> dict[int, Item]:
    """The numerals in parentheses after a word of ``after`` (``formula (II)``,
    ``式（Ⅲ）``), by their start."""
    found: dict[int, Item] = {}
    for m in _IN_PARENS.finditer(text.translate(_FULL_WIDTH)):
        numeral = m.group(1)
        value = (ord(numeral) - 0x215f if "\u2160" <= numeral <= "\u216b"
                 else roman_value(numeral))
        word = _WORD_BEFORE.search(text, max(0, m.start() - _LOOK_BACK), m.start())
        if value is not None and word is not None and _after_listed(word.group(1), after):
            found[m.start(1)] = (str(value), m.start(1), m.end(1), "number")
    return found


def roman_numbers(text: str, lists: dict[str, tuple[str, ...]]) -> list[Item]:
    """The Roman numerals of ``text`` read as numbers (the module docstring); ``lists``
    are the language's ``numbers.tsv`` lists."""
    if not lists.get("roman_after") or not (_NUMERAL.search(text)
                                            or _NUMERAL_SIGN.search(text)):
        return []
    after = _folded(lists["roman_after"])
    before = _folded(lists.get("roman_before", ()))
    words_too = set(lists.get("roman_not", ()))
    found: dict[int, Item] = {}
    for m in _AFTER_WORD.finditer(text):
        word, numeral = m.group(1), m.group(2)
        value = roman_value(numeral)
        if value is None:
            continue
        if _after_listed(word, after):
            if numeral in words_too and not word[:1].isupper():
                continue
        elif (numeral in words_too or not _REGNAL.fullmatch(numeral) or value > _MAX_REGNAL
              or not word[:1].isupper() or word.isupper()):
            continue
        found[m.start(2)] = (str(value), m.start(2), m.end(2), "number")
    if "(" in text or "（" in text:
        found.update(_in_parens(text, after))
    if before:
        for m in _BEFORE_WORD.finditer(text):
            value = roman_value(m.group(1))
            if value is not None and _fold(m.group(2)) in before:
                found[m.start(1)] = (str(value), m.start(1), m.end(1), "number")
    return [found[k] for k in sorted(found)]

"""name-mismatch where a ``person_names.txt`` marks the name (German): two changes that
the rest of name-mismatch takes for one name translated or inflected.

:mod:`aligner.check.person_names` takes a word that begins with the letter of a name of
the other side, or is much like it, for that name (``Juan``, ``John``; ``Jón``,
``Jóni``), so ``Thomas Schmidt`` / ``Thomas Schneider`` and ``Müller Maschinenbau GmbH``
/ ``Müller Anlagenbau GmbH`` pass.  Where a side's language marks its names (its
``person_names.txt``: a first name, a title, a company's legal form), two places are
safer:

- *a surname after a first name or title*: the marked side has a name word right after
  a first name or a title (``Thomas Schmidt``, ``Dr. Schmidt``), the other side the same
  word before a name word of its own, and each of the two is in no form on the other
  side -- no word there is it or a case form of it (``Schmidts``) -- and they are spelled
  apart: a difflib ratio below :data:`SPELLED_APART` (``Schmidt``, ``Schneider`` 0.43;
  ``Müller``, ``Mueller`` 0.92 is one name spelled two ways; for a name in Cyrillic
  the better of its letters and its sound, as person_names compares them).  A first
  name is not translated beside its surname here: the same word stands before both.
- *a company's name before its legal form*: both sides write the same legal form
  (``GmbH``, ``AG``) after capitalised words (up to :data:`_COMPANY_WORDS`), one of
  which both share (``Müller``, ``Antriebstechnik``), and before it or after it each
  side has a word in no form on the other (``Maschinenbau``, ``Anlagenbau``; ``Kessler
  Antriebstechnik GmbH`` / ``Kettler Antriebstechnik GmbH``): a registered name is
  carried over, not translated.  Of the words before the shared one, a function
  word of its side's stop words (``Die``, ``The`` opening a sentence) is none, and two
  words the word tables both know are taken for a word translated (``Firma Kessler
  GmbH`` / ``Company Kessler GmbH``) -- so is a changed name that is a word too
  (``Müller``, ``Weber``), which stays unreported before the shared word.

Not read here: a surname after a title that the other side translates (``Herrn
Hübner`` / ``Mr Becker``: no same word before; :mod:`aligner.check.titled_names` reads
it), a company name with
no word shared (``Müller GmbH`` / ``Schmidt GmbH``), and a word of a company's name
that a translator did translate (``Allianz Deutschland AG`` / ``Allianz Germany AG``
is reported).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache
from typing import NamedTuple

from aligner.check.completeness import common_word
from aligner.check.name_words import NameSide, fold, name_marks, one_word, sound
from aligner.lang import NOUN_CAPITALS, STOPWORDS_DATA, get_profile, primary

#: a surname and another this much alike (difflib ratio) or more may be one name spelled
#: two ways (``Mueller``, ``Müller``); below, two names.  On the DEV sets' published
#: translations the surnames after a same first name that differ are spelled 0.86 to
#: 0.94 alike (``Cerbellon``, ``Cervellón``; ``Aufscknaiter``, ``Aufschnaiter``)
SPELLED_APART = 0.8
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: the most words of a company's name before its legal form (as person_names.txt says)
_COMPANY_WORDS = 3


class Changed(NamedTuple):
    """A name of the source in no form in the target, and the target's in its place."""

    missing: str
    missing_span: tuple[int, int]
    extra: str
    extra_span: tuple[int, int]


def _marks(lang: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The first names and titles, and the legal forms, of ``lang``'s person_names.txt."""
    marks = name_marks(lang) if primary(lang) in NOUN_CAPITALS else None
    return None if marks is None else (marks.first | marks.titles, marks.forms)


def _in_no_form(key: str, words: frozenset[str]) -> bool:
    return key not in words and not any(one_word(key, w) for w in words)


def _apart(a: str, b: str) -> bool:
    ratio = SequenceMatcher(None, a, b).ratio()
    if not (a.isascii() and b.isascii()):
        ratio = max(ratio, SequenceMatcher(None, sound(a), sound(b)).ratio())
    return ratio < SPELLED_APART and not one_word(a, b)


def _surname(marked: NameSide, other: NameSide, before: frozenset[str],
             marked_is_source: bool) -> Changed | None:
    for n in marked.names:
        if n.before not in before or not _in_no_form(n.key, other.words):
            continue
        for e in other.names:
            if (e.before == n.before and _in_no_form(e.key, marked.words)
                    and _apart(n.key, e.key)):
                return (Changed(n.written, (n.start, n.end), e.written, (e.start, e.end))
                        if marked_is_source else
                        Changed(e.written, (e.start, e.end), n.written, (n.start, n.end)))
    return None


def _companies(text: str, forms: frozenset[str]) -> list[tuple[str, list[re.Match[str]]]]:
    """Each legal form of ``text`` (folded) with the capitalised words right before it,
    one space apart (at most :data:`_COMPANY_WORDS`)."""
    tokens = list(_WORD.finditer(text))
    found = []
    for i, m in enumerate(tokens):
        if not (m.group()[0].isupper() and fold(m.group()) in forms):
            continue
        run: list[re.Match[str]] = []
        for j in range(i - 1, max(i - 1 - _COMPANY_WORDS, -1), -1):
            gap = text[tokens[j].end():tokens[j + 1].start()]
            word = tokens[j].group()
            if gap != " " or not word[0].isupper() or fold(word) in forms:
                break
            run.insert(0, tokens[j])
        if run:
            found.append((fold(m.group()), run))
    return found


@cache
def _function_words(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in get_profile(lang).word_list(STOPWORDS_DATA))


def _company(src_text: str, tgt_text: str, src: NameSide, tgt: NameSide,
             forms: frozenset[str], langs: tuple[str, str]) -> Changed | None:
    stops = (_function_words(langs[0]), _function_words(langs[1]))
    targets = _companies(tgt_text, forms)
    for form, run in _companies(src_text, forms):
        for other_form, other in targets:
            keys = [fold(w.group()) for w in other]
            shared = next((k for k, w in enumerate(run) if fold(w.group()) in keys), None)
            if other_form != form or shared is None:
                continue
            at = keys.index(fold(run[shared].group()))
            # the words before the shared one (no function word: not a sentence's
            # capitalised article, Die / The), then those after it
            for before, (mine, theirs) in zip((True, False), (
                    ([w for w in run[:shared] if w.group().lower() not in stops[0]],
                     [w for w in other[:at] if w.group().lower() not in stops[1]]),
                    (run[shared + 1:], other[at + 1:])), strict=True):
                missing = [w for w in mine if _in_no_form(fold(w.group()), tgt.words)]
                extra = [w for w in theirs if _in_no_form(fold(w.group()), src.words)]
                if missing and extra and before and all(
                        common_word(w[0].group(), lang)
                        for w, lang in ((missing, langs[0]), (extra, langs[1]))):
                    continue  # Firma / Company: a word before the name translated
                if missing and extra:
                    return Changed(missing[0].group(), missing[0].span(),
                                   extra[0].group(), extra[0].span())
    return None


def marked_change(src_text: str, tgt_text: str, src: NameSide, tgt: NameSide,
                  src_lang: str, tgt_lang: str) -> Changed | None:
    """A surname or a company's name changed where a side's language marks its names
    (module docstring), or None."""
    src_marks, tgt_marks = _marks(src_lang), _marks(tgt_lang)
    if src_marks is not None and (found := _surname(src, tgt, src_marks[0], True)):
        return found
    if tgt_marks is not None and (found := _surname(tgt, src, tgt_marks[0], False)):
        return found
    forms = (src_marks or (frozenset(), frozenset()))[1] | \
        (tgt_marks or (frozenset(), frozenset()))[1]
    return _company(src_text, tgt_text, src, tgt, forms, (src_lang, tgt_lang)) \
        if forms else None

"""repeated-word: the same word twice in a row in the target (``the the``, ``el el``).

A slip of the keyboard or of an edit that Xbench-style QA tools report: two
words equal but for letter case, separated by whitespace only.  Not reported
when the source has a repeated word too (an emphatic ``very very`` the
translation keeps), when the second word is capitalised (a name: ``Bora Bora``,
Chinese ``Zhen Zhen``), nor for the pairs a language
writes on purpose: English ``had had``, ``that that``; French ``nous nous``,
``vous vous``; German and Dutch relative pronouns after an article
(``die die``, ``das das``, ``dat dat``); Italian ``ci ci`` is no such pair.  In
German a capital inside a sentence makes a noun of the first word: ``Die Waren waren``
is the goods and the verb.
A repetition across punctuation (``no, no``) is none, nor are the last letter of one
word and the first of the next (a word keeps its combining marks: Indic vowel signs).
Not checked in languages that repeat words as grammar (Hindi ``धीरे धीरे``, Bengali,
Tamil, Persian ``کم کم``, Vietnamese ``từ từ``, Swahili ``pole pole``, Indonesian, Thai,
...): there a repeated word is no slip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aligner.check.base import Context, is_blank
from aligner.check.repeated_marks import check_repeated_marks
from aligner.check.repeated_translation import check_repeated_translation
from aligner.lang import NOUN_CAPITALS, get_profile, primary
from aligner.model import Finding
from aligner.textutil import MARKS, WORD

# A word is whole: no letter, digit or combining mark (an Indic vowel sign or virama)
# either side -- the last consonant of बाद and the first of दिखाई are no words.
_REPEATED = re.compile(rf"(?<![^\W_])(?<![{MARKS}])((?>{WORD}))(\s+)(\1)(?![^\W_]|[{MARKS}])",
                       re.IGNORECASE)
# Pairs a language writes on purpose (lower case), by primary language subtag.
_ON_PURPOSE: dict[str, frozenset[str]] = {
    "en": frozenset({"had", "that"}),
    "fr": frozenset({"nous", "vous"}),
    "de": frozenset({"die", "der", "das", "dem", "den"}),
    "nl": frozenset({"die", "dat"}),
}


_SENTENCE_START = re.compile(r"(?:^|[.!?:;«»\"“”„(\[—–-])\s*$")


def _repeats(text: str, lang: str) -> Iterator[re.Match[str]]:
    code = primary(lang)
    allowed = _ON_PURPOSE.get(code, frozenset())
    for m in _REPEATED.finditer(text):
        # a capital on the second word: a name (Zhen Zhen, Bora Bora), not a slip
        if m.group(1).lower() in allowed or m.group(3)[:1].isupper():
            continue
        if (code in NOUN_CAPITALS and m.group(1)[:1].isupper()
                and not _SENTENCE_START.search(text, 0, m.start())):
            continue  # a noun, then the verb or adjective spelled alike
        yield m


def check_repeats(ctx: Context) -> Iterator[Finding]:
    """The family's pass: repeated-word, then repeated-mark
    (:mod:`aligner.check.repeated_marks`), then repeated-translation
    (:mod:`aligner.check.repeated_translation`)."""
    yield from _repeated_words(ctx)
    yield from check_repeated_marks(ctx)
    yield from check_repeated_translation(ctx)


def _repeated_words(ctx: Context) -> Iterator[Finding]:
    """repeated-word in the target, unless the source repeats a word too."""
    if get_profile(ctx.tgt_lang).reduplicates:
        return  # Hindi धीरे धीरे, Vietnamese từ từ, Swahili pole pole: no slip
    for u, unit in enumerate(ctx.units):
        if is_blank(unit.target):
            continue
        found = next(_repeats(unit.target, ctx.tgt_lang), None)
        if found is None or next(_repeats(unit.source, ctx.src_lang), None) is not None:
            continue
        word = found.group(1)
        yield Finding("repeated-word", ctx.severity("repeated-word"), u,
                      f"{word!r} twice in a row in the target",
                      found=found.group(), tgt_span=found.span())

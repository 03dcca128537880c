"""Thai: no spaces between words, a space (not a mark) between sentences, words repeated
as grammar; the words that make a sentence a question without a question mark
(``questions.txt``), the words that say whether a space ends a sentence (``spaces.txt``,
read by :mod:`aligner.segment.unmarked`), its magnitude words (``ล้าน``), the Gregorian
months and the years of the Buddhist Era (``numbers.tsv``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="th", reduplicates=True, unmarked_sentences=True,
                          data_package=__name__)

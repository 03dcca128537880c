"""Lao: as Thai, no spaces between words, a space (not a mark) between sentences, words
repeated as grammar; its question words (``questions.txt``) and the words that say
whether a space ends a sentence (``spaces.txt``, read by :mod:`aligner.segment.unmarked`)
beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="lo", reduplicates=True, unmarked_sentences=True,
                          data_package=__name__)

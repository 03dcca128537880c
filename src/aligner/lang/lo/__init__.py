"""Lao: as Thai, no spaces between words, a space (not a mark) between sentences, words
repeated as grammar; its question words (``questions.txt``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="lo", reduplicates=True, unmarked_sentences=True,
                          data_package=__name__)

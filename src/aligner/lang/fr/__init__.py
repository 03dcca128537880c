"""French: the decimal comma, a space before ``; : ! ?`` and inside ``« »``; its function
words (``stopwords.txt``) beside this module."""

from __future__ import annotations

from aligner.lang.base import LanguageProfile

PROFILE = LanguageProfile(code="fr", decimal_comma=True, spaced_marks=";:!?«»",
                          data_package=__name__)
